import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/http/app.js";
import { readAudit } from "../../src/audit/store.js";
import type { Register } from "../../src/register/schema/register.js";
import {
  acknowledgementUrl,
  noticesOf,
  recordAcknowledgement,
  remindRecipients,
  runOperatorRequest,
} from "../../src/requests/index.js";
import { openNotice } from "../../src/requests/notices.js";
import { OperationError } from "../../src/requests/errors.js";
import { readEvents } from "../../src/requests/records.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

const MAILED = "privacy@postmark.example";
const DAY = 86_400_000;

/** No approval step, so an operator's erasure runs at once and tells the recipients. */
const noApproval = (register: Register): Register => ({ ...register, rights: { ...register.rights, approval: [] } });

await describeEachStore("Art. 19 notices and their acknowledgement", (kind) => {
  let f: Fixture;
  let app: FastifyInstance;
  let requestId: string;
  let link: string;

  beforeAll(async () => {
    f = await lifecycleFixture({ store: kind, register: noApproval });
    app = buildApp(f.ctx, {});
    await app.ready();
    const email = f.emails[0]!;
    const done = await runOperatorRequest(f.ctx, {
      type: "erasure",
      identities: [{ type: "email", value: email }],
      lang: "nl",
    });
    requestId = done.requestId;
    const notice = (await f.mailsTo(MAILED))[0];
    link = /^(https:\/\/privacy\.klantwijs\.example\/acknowledge\/\S+)$/m.exec(notice?.text ?? "")?.[1] ?? "";
  });
  afterAll(async () => {
    await app.close();
    await f.close();
  });

  const path = (url: string) => new URL(url).pathname;
  const inject = (method: "GET" | "POST", url: string) => app.inject({ method, url: `${path(url)}?lang=en` });

  it("puts an acknowledgement link in the notice mail that holds no personal data", async () => {
    expect(link).not.toBe("");
    expect(link).not.toContain("@");
    expect(link).not.toContain(f.emails[0]!.split("@")[0]);
    const [notice] = await noticesOf(f.ctx, requestId);
    expect(notice).toMatchObject({
      recipient: "email_delivery",
      channel: "email",
      state: "sent",
      acknowledged_at: null,
    });
    expect(link).toBe(acknowledgementUrl(f.ctx, notice!.id));
  });

  it("refuses a forged link: a changed signature or another id is not found, and nothing is recorded", async () => {
    const [id, signature] = path(link).slice("/acknowledge/".length).split(".");
    const flipped = `${signature!.slice(0, -1)}${signature!.endsWith("A") ? "B" : "A"}`;
    for (const forged of [
      `/acknowledge/${id}.${flipped}`,
      `/acknowledge/00000000-0000-4000-8000-000000000000.${signature}`,
      "/acknowledge/nonsense",
    ]) {
      expect((await app.inject({ method: "GET", url: forged })).statusCode, forged).toBe(404);
      expect((await app.inject({ method: "POST", url: forged })).statusCode, forged).toBe(404);
    }
    expect((await noticesOf(f.ctx, requestId))[0]?.acknowledged_at).toBeNull();
  });

  it("reminds the recipient once per period while the notice waits, and shows it as open", async () => {
    expect(await remindRecipients(f.ctx)).toEqual([]);
    f.clock.advance(15 * DAY);
    expect(await remindRecipients(f.ctx)).toEqual([{ requestId, recipient: "email_delivery", round: 1 }]);
    expect(await remindRecipients(f.ctx)).toEqual([]);
    expect((await noticesOf(f.ctx, requestId))[0]?.state).toBe("open");
    const reminders = (await f.mailsTo(MAILED)).filter((m) => m.subject.startsWith("Herinnering"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.text).toContain(link);
    expect(reminders[0]?.text).not.toContain(f.emails[0]!);
    f.clock.advance(14 * DAY);
    expect((await remindRecipients(f.ctx)).map((r) => r.round)).toEqual([2]);
  });

  it("acknowledges through the link: the page asks, the POST records once, a second use changes nothing", async () => {
    const page = await inject("GET", link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("I confirm");
    expect(page.headers["cache-control"]).toBe("no-store");
    expect((await noticesOf(f.ctx, requestId))[0]?.acknowledged_at).toBeNull();

    const first = await inject("POST", link);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("Your acknowledgement has been recorded");
    const again = await inject("POST", link);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain("already acknowledged");
    expect((await inject("GET", link)).body).not.toContain("I confirm");

    const events = (await readEvents(f.store.db, requestId)).filter((e) => e.kind === "recipient_acknowledged");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: "recipient:email_delivery", data: { recipient: "email_delivery" } });
    const audit = await readAudit(f.store, { subjectType: "request", subjectId: requestId });
    expect(audit.filter((a) => a.action === "request.recipient_acknowledged")).toHaveLength(1);
    expect((await noticesOf(f.ctx, requestId))[0]?.state).toBe("acknowledged");
    f.clock.advance(30 * DAY);
    expect(await remindRecipients(f.ctx)).toEqual([]);
  });

  describe("an acknowledgement the officer records by hand", () => {
    it("records it with a note, once, and only for a notice that waits", async () => {
      await openNotice(f.ctx, f.store.db, { requestId, recipient: "helpdesk", channel: "webhook" });
      await recordAcknowledgement(f.ctx, {
        requestId,
        actor: "user:officer-1",
        recipient: "helpdesk",
        note: "confirmed by phone",
      });
      const helpdesk = (await noticesOf(f.ctx, requestId)).find((n) => n.recipient === "helpdesk");
      expect(helpdesk).toMatchObject({ state: "acknowledged", acknowledged_by: "user:officer-1" });
      const events = (await readEvents(f.store.db, requestId)).filter(
        (e) => e.kind === "recipient_acknowledged" && e.data.recipient === "helpdesk",
      );
      expect(events.map((e) => e.data.note)).toEqual(["confirmed by phone"]);
      const again = recordAcknowledgement(f.ctx, { requestId, actor: "user:officer-1", recipient: "helpdesk" });
      await expect(again).rejects.toBeInstanceOf(OperationError);
      const unknown = recordAcknowledgement(f.ctx, { requestId, actor: "user:officer-1", recipient: "nobody" });
      await expect(unknown).rejects.toMatchObject({ code: "notice-not-open" });
    });
  });
});
