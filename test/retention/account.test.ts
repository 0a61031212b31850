import { afterEach, describe, expect, it } from "vitest";
import { readAudit } from "../../src/audit/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { AccountClosureError, closeAccount } from "../../src/retention/index.js";
import { type Fixture, lifecycleFixture } from "../requests/fixture.js";

/** The demo register with a rule under which closing an account counts as the erasure request. */
const withClosureRule =
  (extra: Record<string, unknown> = {}, approval?: []) =>
  (register: Register): Register => ({
    ...register,
    rights: approval ? { ...register.rights, approval } : register.rights,
    retention: {
      ...register.retention,
      account_closure: {
        period: "1 month",
        after: "account_deleted",
        erasure_request: true,
        action: "delete",
        holds: [],
        ...extra,
      },
    },
  });

describe("closing an account where the register counts it as the erasure request", () => {
  let f: Fixture | undefined;
  afterEach(() => f?.close());

  const userOf = async (email: string) =>
    f!.demo.db.selectFrom("users").select(["id", "name"]).where("email", "=", email).executeTakeFirstOrThrow();

  it("opens an erasure request through the request lifecycle, and waits for the approval the register wants", async () => {
    f = await lifecycleFixture({ register: withClosureRule(), subjects: 10 });
    const email = f.emails[2]!;
    const before = await userOf(email);
    const result = await closeAccount(f.ctx, {
      identities: [{ type: "email", value: email }],
      lang: "en",
      actor: "app",
    });
    expect(result).toMatchObject({ rule: "account_closure", status: "awaiting_approval" });
    const request = await f.store.db
      .selectFrom("requests")
      .select(["type", "status"])
      .where("id", "=", result.requestId)
      .executeTakeFirstOrThrow();
    expect(request).toEqual({ type: "erasure", status: "awaiting_approval" });
    expect(await userOf(email)).toEqual(before);
    const audit = await readAudit(f.store);
    const opened = audit.filter((e) => e.action === "retention.account_erasure_opened");
    expect(opened.map((e) => [e.actor, e.subject_id, JSON.parse(e.data)])).toEqual([
      ["app", result.requestId, { rule: "account_closure", after: "account_deleted" }],
    ]);
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it("carries the erasure out at once where no approval is needed", async () => {
    f = await lifecycleFixture({ register: withClosureRule({}, []), subjects: 10 });
    const email = f.emails[1]!;
    const { id } = await userOf(email);
    const result = await closeAccount(f.ctx, {
      identities: [{ type: "email", value: email }],
      lang: "nl",
      actor: "app",
    });
    expect(result.status).toMatch(/completed/);
    const erased = await f.demo.db
      .selectFrom("users")
      .select(["email", "name"])
      .where("id", "=", id)
      .executeTakeFirst();
    expect(erased?.email ?? null).not.toBe(email);
  });

  it("refuses without such a rule, and for a rule with an undo window, filing nothing", async () => {
    f = await lifecycleFixture({ subjects: 10 });
    const input = { identities: [{ type: "email", value: f.emails[0]! }], lang: "en" as const, actor: "app" };
    await expect(closeAccount(f.ctx, input)).rejects.toThrow(/no retention rule says erasure_request: true/);
    await f.close();
    f = await lifecycleFixture({ register: withClosureRule({ undo_window: "14 days" }), subjects: 10 });
    await expect(
      closeAccount(f.ctx, { ...input, identities: [{ type: "email", value: f.emails[0]! }] }),
    ).rejects.toThrow(AccountClosureError);
    expect(await f.store.db.selectFrom("requests").selectAll().execute()).toEqual([]);
  });
});
