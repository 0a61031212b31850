import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatRequestReport } from "../../src/cli/commands/request-report.js";
import { runOperatorRequest } from "../../src/requests/operations/operator-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { readEvents } from "../../src/requests/records.js";
import { tasksOfRequest } from "../../src/tasks/index.js";
import { runCli } from "../helpers/cli.js";
import { type Fixture, lifecycleFixture } from "../requests/fixture.js";
import { verified, withManualSystems } from "./fixture.js";

describe("waarborg tasks", () => {
  let f: Fixture;
  let cli: (args: string[]) => ReturnType<typeof runCli>;
  beforeAll(async () => {
    f = await lifecycleFixture({ register: withManualSystems });
    const saved = { ...process.env };
    cli = async (args) => {
      // The command opens the store with the service's key, as a worker on the same machine would.
      process.env.WAARBORG_DATA_KEY = f.ctx.keys.data.toString("base64");
      process.env.DEMO_DATABASE_URL = f.ctx.env.DEMO_DATABASE_URL;
      try {
        return await runCli([...args, "--register", "examples/demo/privacy.yaml", ...f.cliStore]);
      } finally {
        process.env = { ...saved };
      }
    };
  });
  afterAll(() => f.close());

  it("lists the open tasks and records an answer with a file as the operator's", async () => {
    const filed = await verified(f, "access", f.emails[1]!);
    await processRequest(f.ctx, filed.requestId);
    const [archive, sheet] = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-02");
    // The command runs on the machine's clock, long past the fixture's March: the tasks are overdue.
    expect((await cli(["tasks", "list"])).stdout).toBe("No open tasks.\n");
    const listed = await cli(["tasks", "list", "--state", "overdue"]);
    expect(listed).toMatchObject({ code: 0, stderr: "" });
    expect(listed.stdout).toContain(
      `${archive!.id}  overdue  due 2026-03-12  paper_archive  request ${filed.requestId}`,
    );

    const dir = mkdtempSync(join(tmpdir(), "waarborg-task-"));
    writeFileSync(join(dir, "scan.pdf"), "%PDF-1.4 scan");
    const answered = await cli(["tasks", "answer", archive!.id, "--answer", "files", "--file", join(dir, "scan.pdf")]);
    expect(answered).toMatchObject({ code: 0, stdout: "Answered. The request waits for 1 more task(s).\n" });
    const refused = await cli(["tasks", "answer", sheet!.id, "--answer", "files"]);
    expect(refused).toMatchObject({
      code: 2,
      stderr: "waarborg: refused: files: an answer with files needs at least one file\n",
    });
    const last = await cli(["tasks", "answer", sheet!.id, "--answer", "nothing_found", "--note", "no rows"]);
    expect(last.stdout).toContain("handed to the workers");
    const again = await cli(["tasks", "answer", sheet!.id, "--answer", "done"]);
    expect(again).toMatchObject({ code: 1, stderr: "waarborg: refused: the task was answered already\n" });

    const events = await readEvents(f.store.db, filed.requestId);
    expect(events.filter((e) => e.kind === "task_answered").map((e) => e.actor)).toEqual(["operator", "operator"]);
    const answeredList = await cli(["tasks", "list", "--state", "answered", "--json"]);
    expect((JSON.parse(answeredList.stdout) as { system: string }[]).map((t) => t.system).sort()).toEqual([
      "paper_archive",
      "sales_sheet",
    ]);
    expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "completed" });
  });

  it("sends the reminders and escalations that are due, once", async () => {
    const filed = await verified(f, "access", f.emails[2]!);
    await processRequest(f.ctx, filed.requestId);
    expect(await cli(["tasks", "remind"])).toMatchObject({
      code: 0,
      stdout: "Reminders sent: 2; escalations sent: 2.\n",
    });
    expect((await cli(["tasks", "remind"])).stdout).toBe("Reminders sent: 0; escalations sent: 0.\n");
  });
});

describe("an operator's request that reaches manual systems", () => {
  let f: Fixture;
  beforeAll(async () => {
    // No approval first: the operator's erasure runs right away.
    f = await lifecycleFixture({ register: (r) => withManualSystems({ ...r, rights: { ...r.rights, approval: [] } }) });
  });
  afterAll(() => f.close());

  it("reports that it waits for the tasks instead of a package", async () => {
    const result = await runOperatorRequest(f.ctx, {
      type: "access",
      identities: [{ type: "email", value: f.emails[5]! }],
      lang: "en",
      notify: false,
    });
    expect(result).toMatchObject({ status: "in_progress", openTasks: 2 });
    expect(formatRequestReport("access", result)).toContain("Waiting for 2 task(s) of systems without a connection");
  });

  it("reports what an erasure did in the database while it waits for its task", async () => {
    const result = await runOperatorRequest(f.ctx, {
      type: "erasure",
      identities: [{ type: "email", value: f.emails[6]! }],
      lang: "en",
      notify: false,
    });
    expect(result).toMatchObject({ status: "in_progress", openTasks: 1 });
    const report = formatRequestReport("erasure", result);
    expect(report).toContain("Done in the databases and the systems with a connection:");
    expect(report).toMatch(/^ {2}users: 1 found, 1 (deleted|masked), 0 kept$/m);
    expect(report).toContain("Waiting for 1 task(s) of systems without a connection");
  });
});
