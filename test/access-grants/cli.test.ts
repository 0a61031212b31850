import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readAudit } from "../../src/audit/index.js";
import { createUser } from "../../src/auth/index.js";
import { runCli } from "../helpers/cli.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { signingKeyText } from "./fixture.js";

/** The seed whose statement lets external parties in during an open project only. */
const REGISTER = fileURLToPath(new URL("../../examples/platform-assen/privacy.yaml", import.meta.url));
const PASSWORD = "a long enough password";

await describeEachStore("waarborg access-grant", (kind) => {
  const testStore = useTestStore(kind);
  const saved = { ...process.env };
  const run = (args: string[]) => runCli(["access-grant", ...args, "--register", REGISTER, ...testStore().cliArgs]);

  beforeAll(async () => {
    await testStore().empty();
    process.env.WAARBORG_GRANT_SIGNING_KEY = signingKeyText();
    process.env.WAARBORG_PUBLIC_URL = "https://privacy.example.nl";
    for (const [email, role] of [
      ["support@example.nl", "support"],
      ["po@example.nl", "privacy_officer"],
    ] as const)
      await createUser(testStore().store, { email, name: role, role, password: PASSWORD }, { actor: "system" });
  });
  afterAll(() => {
    process.env = saved;
  });

  it("asks, approves, prints a token and revokes, as console users with the right role", async () => {
    const asked = await run([
      "request",
      "--as",
      "support@example.nl",
      "--tenant",
      "tenant-42",
      "--reason",
      "export fails",
      "--grantee",
      "staff-7",
      "--ticket",
      "SUP-1",
      "--minutes",
      "30",
    ]);
    expect(asked, asked.stderr).toMatchObject({ code: 0 });
    const id = asked.stdout.split(" ")[0]!;
    expect(asked.stdout).toContain("requested");

    const self = await run(["approve", id, "--as", "support@example.nl"]);
    expect(self).toMatchObject({ code: 2, stderr: expect.stringContaining("may not do this") });
    const approved = await run(["approve", id, "--as", "po@example.nl"]);
    expect(approved).toMatchObject({ code: 0, stdout: expect.stringContaining("active until") });

    const token = await run(["token", id, "--as", "support@example.nl"]);
    expect(token.code).toBe(0);
    expect(token.stdout.trim().split(".")).toHaveLength(3);

    expect((await run(["revoke", id, "--as", "po@example.nl", "--reason", "solved"])).stdout).toContain("revoked");
    const list = await run(["list", "--as", "support@example.nl", "--format", "json"]);
    expect(JSON.parse(list.stdout).grants).toMatchObject([{ id, state: "revoked", revokeReason: "solved" }]);
    const trail = await readAudit(testStore().store, { subjectType: "access_grant", subjectId: id });
    expect(trail.map((e) => e.action)).toEqual([
      "access_grant.requested",
      "access_grant.approved",
      "access_grant.token_issued",
      "access_grant.revoked",
    ]);
  });

  it("refuses the helpdesk without an open project, and ends its grant when the project closes", async () => {
    const helpdesk = [
      "request",
      "--as",
      "support@example.nl",
      "--tenant",
      "tenant-42",
      "--reason",
      "migration check",
      "--grantee",
      "hd-1",
      "--party",
      "helpdesk",
      "--project",
      "PRJ-1",
    ];
    const refused = await run(helpdesk);
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("only while the project it names is open"),
    });
    const open = await run([
      "engagement",
      "open",
      "--project",
      "PRJ-1",
      "--title",
      "migration",
      "--as",
      "po@example.nl",
    ]);
    expect(open.code, open.stderr).toBe(0);
    const asked = await run(helpdesk);
    expect(asked.code, asked.stderr).toBe(0);
    const closed = await run(["engagement", "close", "--project", "PRJ-1", "--as", "po@example.nl"]);
    expect(closed.stdout).toBe("closed project PRJ-1; grants revoked: 1\n");
  });
});
