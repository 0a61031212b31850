import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bannerBundle,
  confirmSubscription,
  keepConfigs,
  latestRecord,
  recordConsent,
  subscribe,
  subscribers,
} from "../../src/consent/index.js";
import { downloadPackage } from "../../src/requests/operations/download-package.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import type { RequestType } from "../../src/kernel/index.js";
import { type Fixture, lifecycleFixture, unzip } from "../requests/fixture.js";
import { withAdvertising } from "./harness.js";

/**
 * What requests from the privacy center do to what Waarborg keeps about consent: a withdrawal ends the
 * purposes it names, an objection to direct marketing ends them all and suppresses the address, and an
 * access package holds the person's consent history.
 */
describe("requests and consent", () => {
  let f: Fixture;
  let config: string;

  beforeAll(async () => {
    f = await lifecycleFixture({ register: withAdvertising });
    const bundle = bannerBundle(f.ctx.register, f.ctx.publicUrl);
    await keepConfigs(f.store, bundle, f.ctx.now());
    config = bundle.configs.en!.hash;
  });
  afterAll(() => f.close());

  /** A visitor who accepted everything in the banner: their consent id. */
  const accepted = async () =>
    (
      await recordConsent(
        f.ctx,
        { config, action: "accept_all" },
        { origin: "https://www.klantwijs.example", gpcHeader: false },
      )
    ).id;

  /** A confirmed newsletter subscription of the address. */
  async function subscribedToNews(email: string): Promise<void> {
    await subscribe(f.ctx, { purpose: "newsletter", email, lang: "en" });
    const text = (await f.mailsTo(email)).find((m) => m.subject.startsWith("Confirm your subscription"))!.text;
    const token = /\/subscribe\/confirm\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
    expect(await confirmSubscription(f.ctx, token, "subscriber")).toBe("confirmed");
  }

  async function carriedOut(type: RequestType, email: string, details: Record<string, unknown>) {
    const filed = await fileRequest(f.ctx, {
      type,
      identities: [{ type: "email", value: email }],
      lang: "en",
      details,
    });
    expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) })).toEqual({
      ok: true,
    });
    expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "completed" });
    return filed;
  }

  const newsletterEmails = async () => (await subscribers(f.ctx, "newsletter")).map((s) => s.email);

  it("ends the purposes a withdrawal names in the consent records, beside what was chosen", async () => {
    const email = f.emails[0]!;
    const consentId = await accepted();
    await subscribedToNews(email);
    const filed = await carriedOut("withdrawal", email, {
      purposes: ["analytics"],
      consent_ids: [consentId.toUpperCase()],
    });
    const latest = (await latestRecord(f.store, consentId))!;
    expect(latest).toMatchObject({
      action: "withdraw",
      choices: { analytics: false, advertising: true },
      via: `request:${filed.requestId}`,
    });
    // Only statistics was named: the newsletter stays.
    expect(await newsletterEmails()).toContain(email);
    // Run again (a retried job): nothing left to end, nothing appended.
    await processRequest(f.ctx, filed.requestId);
    expect((await latestRecord(f.store, consentId))!.seq).toBe(latest.seq);
  });

  it("withdraws every consent, subscriptions included, when the withdrawal names no purpose", async () => {
    const email = f.emails[1]!;
    const consentId = await accepted();
    await subscribedToNews(email);
    await carriedOut("withdrawal", email, { consent_ids: [consentId] });
    expect((await latestRecord(f.store, consentId))!.choices).toEqual({ analytics: false, advertising: false });
    expect(await newsletterEmails()).not.toContain(email);
  });

  it("ends every marketing purpose at once on an objection to direct marketing, and suppresses the address", async () => {
    const email = f.emails[2]!;
    const consentId = await accepted();
    await subscribedToNews(email);
    await carriedOut("objection", email, { direct_marketing: true, consent_ids: [consentId] });
    // Advertising ends; statistics is no direct marketing and stays as chosen.
    expect((await latestRecord(f.store, consentId))!.choices).toEqual({ analytics: true, advertising: false });
    expect(await newsletterEmails()).not.toContain(email);
    const listed = await f.store.db.selectFrom("suppressions").select(["purpose", "reason"]).orderBy("id").execute();
    expect(listed.at(-1)).toEqual({ purpose: "*", reason: "objection" });
  });

  it("puts the person's consent history in their access package", async () => {
    const email = f.emails[3]!;
    const consentId = await accepted();
    await recordConsent(
      f.ctx,
      { id: consentId, config, action: "withdraw", choices: { analytics: true } },
      { origin: "", gpcHeader: false },
    );
    await subscribedToNews(email);
    const filed = await carriedOut("access", email, { consent_ids: [consentId] });
    const view = await requestStatus(f.ctx, filed.statusToken);
    const token = view.download!.url.split("/download/")[1]!;
    const files = await unzip((await downloadPackage(f.ctx, token)).content);
    const history = JSON.parse(files.get("consent.json")!.toString("utf8")) as {
      proofs: {
        consentId: string;
        records: { action: string }[];
        configs: Record<string, { texts: { acceptAll: string } }>;
      }[];
      subscriptions: { purpose: string; status: string }[];
    };
    expect(history.proofs.map((p) => p.consentId)).toEqual([consentId]);
    expect(history.proofs[0]!.records.map((r) => r.action)).toEqual(["accept_all", "withdraw"]);
    expect(history.proofs[0]!.configs[config]!.texts.acceptAll).toBe("Accept all");
    expect(history.subscriptions).toMatchObject([{ purpose: "newsletter", status: "confirmed" }]);
    const html = files.get("index.html")!.toString("utf8");
    expect(html).toContain("Your consents");
    expect(html).toContain("Accepted all");
    expect(html).toContain("Withdrew");
  });

  it("refuses a consent id that is not one, naming the field", async () => {
    await expect(
      fileRequest(f.ctx, {
        type: "withdrawal",
        identities: [{ type: "email", value: f.emails[4]! }],
        lang: "en",
        details: { consent_ids: ["my cookie"] },
      }),
    ).rejects.toMatchObject({ field: "details.consent_ids[0]" });
  });
});
