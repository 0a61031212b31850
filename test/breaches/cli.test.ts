import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { readAudit } from "../../src/audit/index.js";
import { createUser } from "../../src/auth/index.js";
import { runCli } from "../helpers/cli.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { FULL_FACTS } from "./fixture.js";

const REGISTER = fileURLToPath(new URL("../../examples/demo/privacy.yaml", import.meta.url));
const PASSWORD = "a long enough password";

await describeEachStore("waarborg breach", (kind) => {
  const testStore = useTestStore(kind);
  const run = (args: string[]) => runCli(["breach", ...args, "--register", REGISTER, ...testStore().cliArgs]);

  beforeAll(async () => {
    await testStore().empty();
    for (const [email, role] of [
      ["po@example.nl", "privacy_officer"],
      ["auditor@example.nl", "auditor"],
    ] as const)
      await createUser(testStore().store, { email, name: role, role, password: PASSWORD }, { actor: "system" });
  });

  it("records, updates, lists, drafts and exports breaches as a console user with the right role", async () => {
    const as = ["--as", "po@example.nl"];
    const recorded = await run([
      "record",
      ...as,
      "--title",
      "Open recipient list",
      "--aware-at",
      "2026-03-02T09:00:00Z",
    ]);
    expect(recorded, recorded.stderr).toMatchObject({ code: 0 });
    expect(recorded.stdout).toMatch(
      /^2026-001 {2}unassessed {2}\w+ {2}deadline 2026-03-05T09:00:00.000Z {2}Open recipient list/,
    );
    const none = await run([
      "record",
      ...as,
      "--title",
      "Returned letter",
      "--aware-at",
      "2026-03-01T09:00:00Z",
      "--risk",
      "none",
    ]);
    expect(none.stdout).toContain("2026-002  none  not_required");

    const refused = await run([
      "record",
      "--as",
      "auditor@example.nl",
      "--title",
      "x",
      "--aware-at",
      "2026-03-02T09:00:00Z",
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("may not do this");

    const facts = join(testStore().dir, "facts.json");
    await writeFile(facts, JSON.stringify(FULL_FACTS));
    const updated = await run(["update", "2026-001", ...as, "--risk", "risk", "--facts", facts]);
    expect(updated, updated.stderr).toMatchObject({ code: 0 });
    const bad = join(testStore().dir, "bad.json");
    await writeFile(bad, JSON.stringify({ records: { count: "many" } }));
    const badRun = await run(["update", "2026-001", ...as, "--facts", bad]);
    expect(badRun).toMatchObject({ code: 2 });
    expect(badRun.stderr).toContain("facts.records.count");

    const listed = await run(["list", "--as", "auditor@example.nl"]);
    expect(listed.stdout.trim().split("\n")).toHaveLength(2);

    const draft = await run(["draft", "2026-001", "--as", "auditor@example.nl", "--lang", "en"]);
    expect(draft.stdout).toContain("Draft breach notification 2026-001");
    expect(draft.stderr).toContain("ready to send");
    const gap = await run(["draft", "2026-002", "--as", "auditor@example.nl"]);
    expect(gap.stdout).toContain("niet vastgelegd");
    expect(gap.stderr).toContain("not ready to send; not recorded: basis");
    const message = await run(["draft", "2026-001", "--as", "auditor@example.nl", "--people", "--lang", "nl"]);
    expect(message.stdout).toContain("Informatie over een datalek bij Klantwijs B.V.");

    const csv = await run(["export", "--as", "auditor@example.nl"]);
    expect(csv.stdout.trim().split("\r\n")).toHaveLength(3);
    expect(csv.stdout).toContain("Returned letter");
    const json = await run(["export", "--as", "auditor@example.nl", "--format", "json"]);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(2);

    const actions = (await readAudit(testStore().store, { subjectType: "breach" })).map((e) => e.action);
    expect(actions).toEqual(["breach.recorded", "breach.recorded", "breach.updated"]);
  });
});
