import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox } from "../../src/mail/index.js";
import { runCli } from "../helpers/cli.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";

const saved = { ...process.env };

/** The demo register with the hosting agreement's review long past, so the command has something to remind. */
function overdueRegister(): string {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-processors-"));
  cpSync("examples/demo", dir, { recursive: true });
  const text = readFileSync(join(dir, "privacy.yaml"), "utf8").replace(
    "review_every: 2 years,",
    "review_due: 2020-01-01,",
  );
  const file = join(dir, "privacy.yaml");
  writeFileSync(file, text);
  return file;
}

await describeEachStore("waarborg processors", (kind) => {
  const testStore = useTestStore(kind);
  let register: string;

  beforeAll(async () => {
    await testStore().empty();
    process.env.WAARBORG_DATA_KEY = randomBytes(32).toString("base64");
    delete process.env.DATABASE_URL;
    delete process.env.WAARBORG_SMTP_URL;
    register = overdueRegister();
  });
  afterAll(() => {
    process.env = saved;
  });

  it("lists every processor with its agreement and review, and exits 1 when one is overdue", async () => {
    const listed = await runCli(["processors", "list", "--register", register]);
    expect(listed.stdout).toContain("hosting  overdue  signed 2025-03-01  review 2020-01-01  CloudNL Hosting B.V.\n");
    expect(listed.stdout).toContain("email_delivery  no_review  signed  no review recorded");
    expect(listed.code).toBe(1);
    const json = await runCli(["processors", "list", "--json", "--register", "examples/demo/privacy.yaml"]);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ id: "hosting", reviewDue: "2027-03-01" }));
  });

  it("reminds once per due date: a dry run sends nothing, a second run nothing more", async () => {
    const args = ["processors", "remind", "--register", register, ...testStore().cliArgs];
    const dry = await runCli([...args, "--dry-run"]);
    expect(dry, dry.stderr).toMatchObject({ code: 0 });
    expect(dry.stdout).toBe("would remind overdue review of hosting due 2020-01-01\n");
    expect(await listOutbox(testStore().store)).toEqual([]);
    expect((await runCli(args)).stdout).toBe("reminded overdue review of hosting due 2020-01-01\n");
    expect((await runCli(args)).stdout).toBe("already reminded: overdue review of hosting due 2020-01-01\n");
    const mails = await listOutbox(testStore().store);
    expect(mails.map((m) => m.to_address)).toEqual(["fg@klantwijs.example"]);
  });
});
