import { afterEach, beforeEach, expect, it } from "vitest";
import type { Store } from "../../../src/store/open.js";
import { failOn } from "../../helpers/inject-failure.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { type ApiHarness, apiHarness } from "./harness.js";
import { openDsrBody } from "./routes.js";

/** Everything a filing writes: the request and its trail, the link, the queued job, the mail. */
const WRITTEN = ["requests", "request_events", "audit_log", "opendsr_links", "jobs", "outbox"] as const;

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of WRITTEN) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

await describeEachStore("filing an OpenDSR request", (kind) => {
  const testStore = useTestStore(kind);
  let h: ApiHarness;
  beforeEach(async () => {
    h = await apiHarness(testStore());
  });
  afterEach(() => h.close());

  it.each([
    { step: "filing the request", table: "requests", on: "insert" },
    { step: "saving the link", table: "opendsr_links", on: "update" },
    { step: "queueing the first status look", table: "jobs", on: "insert" },
  ] as const)("leaves nothing behind when $step fails, and the id stays free", async ({ table, on }) => {
    const body = openDsrBody("atomic@example.nl", { status_callback_urls: ["http://127.0.0.1:9/cb"] });
    const before = await counts(h.store);
    const undo = await failOn(h.store, table, on);
    try {
      const failed = await h.call("POST", "/v1/requests", h.tokens["requests:write"], body);
      expect(failed.statusCode).toBe(500);
      expect(failed.json().error.code).toBe("internal");
    } finally {
      await undo();
    }
    // No reserved id without a request, no request without its link, no link without its job, no code.
    expect(await counts(h.store)).toEqual(before);
    const status = await h.call("GET", `/v1/requests/${body.subject_request_id}`, h.tokens["requests:read"]);
    expect(status.statusCode).toBe(404);

    const filed = await h.call("POST", "/v1/requests", h.tokens["requests:write"], body);
    expect(filed.statusCode).toBe(201);
    const after = await counts(h.store);
    expect(after.requests).toBe(before.requests! + 1);
    expect(after.opendsr_links).toBe(before.opendsr_links! + 1);
    expect(after.jobs).toBe(before.jobs! + 1);
    expect(after.outbox).toBe(before.outbox! + 1);
  });

  it("refuses a right the register does not offer, says so in discovery, and keeps nothing", async () => {
    h.ctx.register = {
      ...h.ctx.register,
      rights: { ...h.ctx.register.rights, supported: h.ctx.register.rights.supported.filter((r) => r !== "erasure") },
    };
    const discovery = await h.call("GET", "/v1/discovery");
    expect(discovery.json().supported_subject_request_types).toEqual(["access", "portability"]);
    const before = await counts(h.store);
    const body = openDsrBody("unoffered@example.nl", { subject_request_type: "erasure" });
    const refused = await h.call("POST", "/v1/requests", h.tokens["requests:write"], body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toEqual({
      code: "invalid_request",
      message: "the register does not offer this right (rights.supported)",
      field: "subject_request_type",
    });
    expect(await counts(h.store)).toEqual(before);
    // The same id files once the right is asked for that the register offers.
    const access = await h.call("POST", "/v1/requests", h.tokens["requests:write"], {
      ...body,
      subject_request_type: "access",
    });
    expect(access.statusCode).toBe(201);
  });
});
