import { afterAll, beforeAll, expect, it } from "vitest";
import { fileTenantRequest } from "../../src/requests/operations/file-tenant-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestDetail } from "../../src/requests/operations/request-detail.js";
import { requeueStranded } from "../../src/requests/operations/requeue-stranded.js";
import { retryRequest } from "../../src/requests/operations/retry-request.js";
import { registerFrom } from "../datasets/live.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

/**
 * A tenant's request the engine refuses before it reads a row: two systems record nothing about the
 * tenants, so no database is needed to see the refusal.
 */
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: WB_ONCE_URL }
  collections:
    members:
      connection: app
      table: members
      tenant: tenant_id
      erasure: delete
      fields:
        email: { category: contact.email, identity: email }
  systems:
    archive:
      kind: manual
      name: Paper archive
      owner: { name: Archivist, email: archief@example.nl, lang: en }
      requests: [erasure]
      instructions: { general: Look in the folders. }
    mailing:
      kind: manual
      name: Own mailing list
      owner: { name: Marketing, email: marketing@example.nl, lang: en }
      requests: [erasure]
      instructions: { general: Strike the address. }
`;

await describeEachStore("an engine refusal rerun by jobs", (kind) => {
  let f: Fixture;
  const useRegister = async (yaml: string) => {
    f.ctx.register = { ...f.ctx.register, datasets: (await registerFrom(yaml)).datasets };
  };
  const refusals = async (id: string) =>
    (await requestDetail(f.ctx, id)).events
      .filter((e) => e.kind === "refused_by_engine")
      .map((e) => String((e.data as { message: string }).message));

  beforeAll(async () => {
    f = await lifecycleFixture({
      store: kind,
      register: (r) => ({ ...r, rights: { ...r.rights, approval: [] } }),
      start: new Date().toISOString(),
    });
  });
  afterAll(() => f?.close());

  it("records an engine refusal once across job runs, and again when the register or the officer changes something", async () => {
    await useRegister(YAML);
    const { requestId: id } = await fileTenantRequest(
      f.ctx,
      { type: "erasure", identities: [{ type: "email", value: "jan@example.nl" }], lang: "en" },
      { tenant: "a", token: { id: "t-1", name: "customer app" } },
    );
    expect((await processRequest(f.ctx, id)).status).toBe("in_progress");
    expect((await processRequest(f.ctx, id)).status).toBe("in_progress");
    expect(await refusals(id)).toEqual([expect.stringMatching(/reach the systems archive, mailing, which record/)]);

    // The sweep queues the refused request again once its job is gone; that run finds the same refusal.
    await f.store.db.deleteFrom("jobs").execute();
    f.clock.advance(60 * 60_000);
    expect((await requeueStranded(f.ctx)).requeued).toBe(1);
    await processRequest(f.ctx, id);
    expect(await refusals(id)).toHaveLength(1);

    // Half fixed: the message changes, so the run records the new refusal, once.
    await useRegister(
      YAML.replace(
        "      requests: [erasure]\n      instructions: { general: Strike",
        "      requests: [erasure]\n      tenants: none\n      instructions: { general: Strike",
      ),
    );
    await processRequest(f.ctx, id);
    await processRequest(f.ctx, id);
    const changed = await refusals(id);
    expect(changed).toHaveLength(2);
    expect(changed[1]).toMatch(/reach the systems archive, which record/);

    // The officer's "run again" is a new attempt: its outcome is recorded even if it is the same.
    await retryRequest(f.ctx, { requestId: id, actor: "user:officer-1" });
    await processRequest(f.ctx, id);
    const events = (await requestDetail(f.ctx, id)).events.map((e) => e.kind);
    expect(events.slice(-2)).toEqual(["retried", "refused_by_engine"]);
    expect(await refusals(id)).toHaveLength(3);
  });
});
