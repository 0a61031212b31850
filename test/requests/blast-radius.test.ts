import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { reachesText } from "../../src/http/admin/labels.js";
import { runOperatorRequest } from "../../src/requests/operations/operator-request.js";
import { runCli } from "../helpers/cli.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import {
  createPeopleSchema,
  employeeEmail,
  fillPeople,
  PEOPLE_DATASETS,
  PEOPLE_HEADER,
  PEOPLE_TABLES,
  peopleRegister,
} from "../datasets/people-fixture.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

async function snapshot(db: Connector["db"]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of PEOPLE_TABLES) out[table] = await db.selectFrom(table).selectAll().execute();
  return out;
}

for (const dialect of dialectsUnderTest()) {
  describe(`a request the register would spread to other people, on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let music: Connector;
    let f: Fixture;
    const dir = mkdtempSync(join(tmpdir(), "waarborg-blast-"));
    const registerFile = join(dir, "privacy.yaml");
    const urlEnv = `WB_BLAST_${dialect.toUpperCase()}_URL`;

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      music = await openConnector(database.url);
      await createPeopleSchema(music.db);
      await fillPeople(music.db);
      const datasets = (await peopleRegister(urlEnv)).datasets;
      f = await lifecycleFixture({
        register: (r) => ({ ...r, datasets, rights: { ...r.rights, approval: [] } }),
      });
      f.ctx.env[urlEnv] = database.url;
      writeFileSync(registerFile, PEOPLE_HEADER + PEOPLE_DATASETS(urlEnv));
      process.env[urlEnv] = database.url;
    });
    afterAll(async () => {
      delete process.env[urlEnv];
      await f?.close();
      await music?.close();
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it.runIf(run)("is refused before anything changes, and the request record says so", async () => {
      const before = await snapshot(music.db);
      const result = await runOperatorRequest(f.ctx, {
        type: "erasure",
        identities: [{ type: "email", value: employeeEmail(3) }],
        lang: "en",
      });
      expect(result.status).toBe("in_progress");
      expect(result.handedOver).toBeUndefined();
      expect(result.refused).toContain("reaches 8 other people through customer.support_rep_id");
      const refused = result.events.find((e) => e.kind === "refused_other_people");
      expect(refused?.data.reaches).toEqual([
        { path: "customer.support_rep_id", people: 8 },
        { path: "employee.reports_to", people: 3 },
      ]);
      expect(JSON.stringify(result.events)).not.toContain("@music.example");
      expect(await snapshot(music.db)).toEqual(before);
      const audit = await f.store.db
        .selectFrom("audit_log")
        .selectAll()
        .where("subject_id", "=", result.requestId)
        .execute();
      expect(audit.map((a) => a.action)).toContain("request.refused_other_people");
    });

    it.runIf(run)("is shown in Dutch and English in the request's history", () => {
      const escape = { path: "customer.support_rep_id", people: 8 };
      expect(reachesText(escape, "nl")).toBe("bereikt 8 andere personen via customer.support_rep_id");
      expect(reachesText(escape, "en")).toBe("reaches 8 other people through customer.support_rep_id");
    });

    it.runIf(run)("is refused by the dry run and by plan --count, which change nothing", async () => {
      const before = await snapshot(music.db);
      const identity = `email=${employeeEmail(3)}`;
      const dry = await runCli(["erase", "--dry-run", "--register", registerFile, "--identity", identity]);
      expect(dry.code).toBe(1);
      expect(dry.stderr).toContain("reaches 8 other people through customer.support_rep_id");
      expect(dry.stderr).not.toContain("@music.example");
      const plan = await runCli([
        "plan",
        "--register",
        registerFile,
        "--identity",
        identity,
        "--type",
        "erasure",
        "--count",
      ]);
      expect(plan.code).toBe(1);
      expect(plan.stdout).toContain("Refused: refused before anything changed");
      expect(plan.stdout).toContain("reaches 3 other people through employee.reports_to");
      expect(await snapshot(music.db)).toEqual(before);
    });

    it.runIf(run)("plan warns about the references between people without connecting", async () => {
      const plan = await runCli([
        "plan",
        "--register",
        registerFile,
        "--identity",
        "email=x@y.nl",
        "--type",
        "erasure",
      ]);
      expect(plan.stdout).toMatch(
        /Warning: Reference customer\.support_rep_id -> employee\.employee_id links two collections/,
      );
      expect(plan.stdout).toMatch(/Warning: Reference employee\.reports_to -> employee\.employee_id/);
    });
  });
}
