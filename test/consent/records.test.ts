import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { verifyStoredAudit } from "../../src/audit/index.js";
import { consentProof, consentState, sealAll, verifyConsent } from "../../src/consent/index.js";
import { available } from "../helpers/databases.js";
import { type ConsentService, consentRegister, consentService, PUBLIC_URL, SITE } from "./harness.js";

type Service = ConsentService;

/** The configuration hashes the served script carries, by language. */
async function hashes(service: ConsentService): Promise<Record<string, string>> {
  const script = await service.app.inject({ url: "/consent.js" });
  return Object.fromEntries([...script.body.matchAll(/"(nl|en)":\{"hash":"([0-9a-f]{64})"/g)].map((m) => [m[1], m[2]]));
}

function post(service: ConsentService, body: unknown, headers: Record<string, string> = {}) {
  return service.app.inject({
    method: "POST",
    url: "/consent",
    headers: { origin: SITE, "content-type": "text/plain", ...headers },
    payload: JSON.stringify(body),
  });
}

for (const dialect of ["sqlite", "postgres"] as const) {
  describe.runIf(await available(dialect))(`consent records on ${dialect}`, () => {
    let service: Service;
    let nl: string;
    let en: string;
    beforeAll(async () => {
      service = await consentService(dialect);
      ({ nl, en } = (await hashes(service)) as { nl: string; en: string });
    });
    afterAll(async () => service?.close());

    it("serves the banner to any page, with both languages' configurations kept in the store", async () => {
      const script = await service.app.inject({ url: "/consent.js" });
      expect(script.statusCode).toBe(200);
      expect(script.headers["content-type"]).toMatch(/^text\/javascript/);
      expect(script.headers["cross-origin-resource-policy"]).toBe("cross-origin");
      expect(script.body).toContain(`"endpoint":"${PUBLIC_URL}/consent"`);
      const again = await service.app.inject({
        url: "/consent.js",
        headers: { "if-none-match": script.headers.etag! },
      });
      expect(again.statusCode).toBe(304);
      const kept = await service.store.db.selectFrom("consent_configs").select(["hash", "lang", "version"]).execute();
      expect(kept.sort((a, b) => a.lang.localeCompare(b.lang))).toEqual([
        { hash: en, lang: "en", version: 3 },
        { hash: nl, lang: "nl", version: 3 },
      ]);
    });

    it("answers 201 with a new consent id once the decision is committed, and lets the site's origin read it", async () => {
      const response = await post(service, { config: nl, action: "accept_all" });
      expect(response.statusCode).toBe(201);
      expect(response.headers["access-control-allow-origin"]).toBe(SITE);
      const body = response.json() as { id: string; at: string; choices: Record<string, boolean> };
      expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.choices).toEqual({ analytics: true, advertising: true });
      const row = await service.store.db
        .selectFrom("consent_records")
        .selectAll()
        .where("consent_id", "=", body.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        action: "accept_all",
        version: 3,
        config_hash: nl,
        lang: "nl",
        origin: SITE,
        gpc: 0,
      });
      const state = await service.app.inject({ url: `/consent/${body.id}`, headers: { origin: SITE } });
      expect(state.json()).toMatchObject({ id: body.id, action: "accept_all", granted: { analytics: true } });
    });

    it("appends a withdrawal beside the consent it ends, never over it", async () => {
      const first = (await post(service, { config: en, action: "accept_all" })).json() as { id: string };
      const second = await post(service, {
        id: first.id,
        config: en,
        action: "withdraw",
        choices: { analytics: false, advertising: false },
      });
      expect(second.statusCode).toBe(201);
      const rows = await service.store.db
        .selectFrom("consent_records")
        .select(["action", "choices"])
        .where("consent_id", "=", first.id)
        .orderBy("seq")
        .execute();
      expect(rows).toEqual([
        { action: "accept_all", choices: '{"advertising":true,"analytics":true}' },
        { action: "withdraw", choices: '{"advertising":false,"analytics":false}' },
      ]);
      expect((await consentState(service.ctx, first.id)).granted).toEqual({ advertising: false, analytics: false });
    });

    it("keeps advertising off under the Sec-GPC header for accept all, but lets a ticked box win", async () => {
      const all = (await post(service, { config: nl, action: "accept_all" }, { "sec-gpc": "1" })).json() as {
        choices: Record<string, boolean>;
      };
      expect(all.choices).toEqual({ analytics: true, advertising: false });
      const ticked = await post(service, { config: nl, action: "custom", choices: { advertising: true }, gpc: true });
      expect(ticked.json().choices).toEqual({ analytics: false, advertising: true });
      // Only the exact value "1" is the signal.
      const other = await post(service, { config: nl, action: "accept_all" }, { "sec-gpc": "true" });
      expect(other.json().choices.advertising).toBe(true);
    });

    it("records the GPC signal on its own, keeping what was granted before and turning advertising off", async () => {
      const first = (await post(service, { config: nl, action: "accept_all" })).json() as { id: string };
      const signal = await post(service, { id: first.id, config: nl, action: "gpc", choices: {} }, { "sec-gpc": "1" });
      expect(signal.statusCode).toBe(201);
      expect(signal.json().choices).toEqual({ analytics: true, advertising: false });
      const without = await post(service, { config: nl, action: "gpc" });
      expect(without.statusCode).toBe(400);
      expect(without.json().error.field).toBe("action");
    });

    it("refuses an unknown configuration, an unknown purpose and another site's page, repeating nothing sent", async () => {
      const unknown = await post(service, { config: "0".repeat(64), action: "accept_all" });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error).toMatchObject({ code: "invalid_request", field: "config" });
      const purpose = await post(service, { config: nl, action: "custom", choices: { tracking_pixel: true } });
      expect(purpose.statusCode).toBe(400);
      expect(purpose.json().error.field).toBe("choices.tracking_pixel");
      const broken = await service.app.inject({
        method: "POST",
        url: "/consent",
        headers: { origin: SITE, "content-type": "text/plain" },
        payload: "{not json",
      });
      expect(broken.statusCode).toBe(400);
      const elsewhere = await post(service, { config: nl, action: "accept_all" }, { origin: "https://evil.example" });
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.headers["access-control-allow-origin"]).toBeUndefined();
      const preflight = await service.app.inject({ method: "OPTIONS", url: "/consent", headers: { origin: SITE } });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe(SITE);
    });

    it("seals the batches into the audit log a segment at a time, and proves each decision", async () => {
      const decided = (await post(service, { config: en, action: "reject_all" })).json() as { id: string };
      const records = Number(
        (
          await service.store.db
            .selectFrom("consent_records")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
      const before = (await verifyStoredAudit(service.store)).checked;
      const segments = await sealAll(service.ctx);
      expect(segments).toHaveLength(1);
      expect(segments[0]!.records).toBe(records);
      const audit = await verifyStoredAudit(service.store);
      expect(audit.ok).toBe(true);
      // One audit entry for the whole segment, not one per record.
      expect(audit.checked).toBe(before + 1);
      expect(await sealAll(service.ctx)).toEqual([]);
      expect(await verifyConsent(service.store)).toMatchObject({ ok: true, records, problems: [] });

      const proof = await consentProof(service.ctx, decided.id);
      expect(proof).toMatchObject({ consentId: decided.id, intact: true, sealed: true });
      expect(proof.records).toHaveLength(1);
      expect(proof.records[0]!.sealed.segment).toMatchObject({ segment: segments[0]!.id, root: segments[0]!.root });
      expect(proof.records[0]!.sealed.segment!.audit!.seq).toBe(segments[0]!.auditSeq);
      // What the person saw, in the words they saw it.
      expect(proof.configs[en]!.texts.rejectAll).toBe("Reject all");
      expect(proof.configs[en]!.purposes.map((p) => p.id)).toEqual(["analytics", "advertising"]);
    });

    it("notices a record changed behind the trigger's back", async () => {
      const decided = (await post(service, { config: nl, action: "accept_all" })).json() as { id: string };
      await sealAll(service.ctx);
      await withoutTrigger(service, dialect, () =>
        service.store.db
          .updateTable("consent_records")
          .set({ choices: '{"advertising":false,"analytics":false}' })
          .where("consent_id", "=", decided.id)
          .execute(),
      );
      const result = await verifyConsent(service.store);
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.kind)).toContain("record-changed");
      const proof = await consentProof(service.ctx, decided.id);
      expect(proof.intact).toBe(false);
    });
  });
}

/** Changes the store as someone with direct database access could: the append-only trigger set aside. */
async function withoutTrigger(service: ConsentService, dialect: string, change: () => Promise<unknown>) {
  if (dialect === "postgres") {
    await sql`alter table consent_records disable trigger consent_records_append_only`.execute(service.store.db);
    await change();
    await sql`alter table consent_records enable trigger consent_records_append_only`.execute(service.store.db);
    return;
  }
  await sql`drop trigger consent_records_no_update`.execute(service.store.db);
  await change();
}

describe("a register whose GPC choice does not give way", () => {
  let service: Service;
  beforeAll(async () => {
    const register = await consentRegister((r) => {
      r.consent!.gpc = { honour: true, explicit_choice_wins: false };
      r.minors = { minimum_age: 16, targets_children: false, parental_consent: true };
      return r;
    });
    service = await consentService("sqlite", register);
  });
  afterAll(async () => service?.close());

  it("keeps advertising off under GPC even when its box is ticked", async () => {
    const { nl } = await hashes(service);
    const ticked = await post(
      service,
      { config: nl, action: "custom", choices: { advertising: true } },
      { "sec-gpc": "1" },
    );
    expect(ticked.json().choices).toEqual({ analytics: false, advertising: false });
  });

  it("records a minor's consent as awaiting a parent, and grants nothing until one confirms", async () => {
    const { nl } = await hashes(service);
    const minor = (await post(service, { config: nl, action: "accept_all", minor: true })).json() as { id: string };
    const state = await consentState(service.ctx, minor.id);
    expect(state.parental).toBe("awaiting");
    expect(state.choices).toEqual({ analytics: true, advertising: true });
    expect(state.granted).toEqual({ analytics: false, advertising: false });
  });
});
