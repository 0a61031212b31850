import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit } from "../../../src/audit/index.js";
import { createSession, createUser } from "../../../src/auth/index.js";
import { responseDeadline } from "../../../src/deadlines/index.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import { PROCESS_QUEUE, processRequest, requestStatus, STATUS_PATH } from "../../../src/requests/index.js";
import { describeEachStore } from "../../helpers/stores.js";
import { type Center, FORM_HEADERS, fileAndVerify, form, pageFacts, postRequest, startCenter } from "./harness.js";

const VIEW = "I paid the invoice on 3 March; the reminder crossed my payment.";

/** The person's side of a review request as the privacy center's form posts it. */
const reviewFields = (extra: Record<string, string> = {}) => ({
  decision: "dunning",
  decision_reference: "INV-2026-0042",
  decided_on: "2026-03-01",
  view: VIEW,
  contests: "yes",
  ...extra,
});

await describeEachStore("human review of an automated decision", (kind) => {
  let center: Center;
  let officer: { cookie: string; csrf: string };
  beforeAll(async () => {
    center = await startCenter(kind);
    const user = await createUser(
      center.ctx.store,
      { email: "reviewer@example.nl", name: "Reviewer", role: "privacy_officer", password: "a long enough password" },
      { actor: "system" },
    );
    const session = await createSession(center.ctx.store, user.id, center.ctx.now());
    officer = { cookie: `waarborg_admin=${session.token}`, csrf: session.csrfToken };
  });
  afterAll(() => center.close());

  const consolePost = (path: string, fields: Record<string, string>) =>
    center.app.inject({
      method: "POST",
      url: `/admin/requests/${path}`,
      headers: { ...FORM_HEADERS, cookie: officer.cookie },
      payload: form({ ...fields, _csrf: officer.csrf }),
    });
  const tokenOf = (statusPath: string) => new URL(statusPath, "http://x").pathname.slice(STATUS_PATH.length);

  it("runs from the privacy center to a recorded outcome, with every step in the audit log and a mail", async () => {
    const email = "reviewed-person@example.org";
    const form = await center.app.inject({ method: "GET", url: "/en/request?type=automated_decision_review" });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain("Automatic payment reminders and suspension");
    expect(pageFacts(form.body).unlabelled).toEqual([]);

    const statusPath = await fileAndVerify(center, "automated_decision_review", email, reviewFields());
    const token = tokenOf(statusPath);
    const { requestId } = await requestStatus(center.ctx, token);
    // Verified, and waiting for a reviewer: no job for a worker to run.
    const verified = await requestStatus(center.ctx, token);
    expect(verified.status).toBe("verified");
    // The demo's dunning decision answers within 14 days, not the month of Art. 12(3).
    const own = responseDeadline(verified.receivedOn, { days: 14, calendar: center.ctx.calendar }).due;
    expect(verified.due).toBe(own);
    expect(verified.due! < responseDeadline(verified.receivedOn, { calendar: center.ctx.calendar }).due).toBe(true);
    expect(await center.ctx.queue.hasUnfinished(PROCESS_QUEUE, requestId)).toBe(false);
    expect(await processRequest(center.ctx, requestId)).toEqual({ status: "verified" });

    const page = await center.app.inject({
      method: "GET",
      url: `/admin/requests/${requestId}?lang=en`,
      headers: { cookie: officer.cookie },
    });
    expect(page.body).toContain("Human review");
    expect(page.body).toContain("reminder crossed my payment");
    expect(page.body).toContain(`/admin/requests/${requestId}/take`);

    expect((await consolePost(`${requestId}/take`, {})).statusCode).toBe(303);
    expect((await requestStatus(center.ctx, token)).status).toBe("in_progress");

    const recorded = await consolePost(`${requestId}/review`, {
      "review-outcome": "withdrawn",
      "review-reasons.en": "Your payment arrived before the suspension; we have lifted it.",
      "review-reasons.nl": "Uw betaling kwam voor de blokkade binnen; wij hebben die opgeheven.",
      "review-view_considered": "yes",
    });
    expect(recorded.statusCode).toBe(303);

    const status = await requestStatus(center.ctx, token);
    expect(status.status).toBe("completed");
    expect(status.review).toEqual({
      outcome: "withdrawn",
      reasons: "Your payment arrived before the suspension; we have lifted it.",
    });
    const statusPage = await center.app.inject({ method: "GET", url: statusPath });
    expect(statusPage.body).toContain("We have withdrawn the decision.");
    expect(statusPage.body).toContain("we have lifted it");

    const actions = (await readAudit(center.ctx.store, { subjectType: "request", subjectId: requestId })).map(
      (e) => e.action,
    );
    expect(actions.filter((a) => a !== "request.send_code")).toEqual([
      "request.received",
      "request.verify",
      "request.review_taken",
      "request.review_recorded",
      "request.complete",
      "request.requester_notified",
    ]);
    const audit = await readAudit(center.ctx.store, { subjectType: "request", subjectId: requestId });
    // The log keeps the outcome and the reasons' hashes, never the person's view or the reviewer's words.
    expect(JSON.stringify(audit)).not.toContain("lifted");
    expect(JSON.stringify(audit)).not.toContain("crossed my payment");
    const record = audit.find((e) => e.action === "request.review_recorded");
    expect(JSON.parse(String(record?.data))).toMatchObject({
      outcome: "withdrawn",
      reasons_en_sha256: expect.any(String),
    });

    const [mail] = await listOutbox(center.ctx.store, { to: email, limit: 1 });
    expect(mail?.subject).toBe("Completed: human review");
    expect(mail?.text).toContain("Automatic payment reminders and suspension");
    expect(mail?.text).toContain("We have withdrawn the decision.");
    expect(mail?.text).toContain("we have lifted it");
  });

  it("refuses a review before a reviewer took it, and a second review after it was recorded", async () => {
    const statusPath = await fileAndVerify(
      center,
      "automated_decision_review",
      "early-review@example.org",
      reviewFields(),
    );
    const { requestId } = await requestStatus(center.ctx, tokenOf(statusPath));
    const fields = {
      "review-outcome": "upheld",
      "review-reasons.en": "The invoice is unpaid.",
      "review-view_considered": "yes",
    };
    expect((await consolePost(`${requestId}/review`, fields)).statusCode).toBe(409);
    await consolePost(`${requestId}/take`, {});
    expect((await consolePost(`${requestId}/take`, {})).statusCode).toBe(409);
    expect((await consolePost(`${requestId}/review`, fields)).statusCode).toBe(303);
    expect((await consolePost(`${requestId}/review`, fields)).statusCode).toBe(409);
    const events = (await readAudit(center.ctx.store, { subjectType: "request", subjectId: requestId })).map(
      (e) => e.action,
    );
    expect(events.filter((a) => a === "request.review_recorded")).toHaveLength(1);
  });

  it("puts each problem of the review form beside its field", async () => {
    const statusPath = await fileAndVerify(
      center,
      "automated_decision_review",
      "form-review@example.org",
      reviewFields(),
    );
    const { requestId } = await requestStatus(center.ctx, tokenOf(statusPath));
    await consolePost(`${requestId}/take`, {});
    const noReasons = await consolePost(`${requestId}/review`, {
      "review-outcome": "upheld",
      "review-reasons.nl": "Alleen in het Nederlands.",
      "review-view_considered": "yes",
    });
    expect(noReasons.statusCode).toBe(400);
    // The request is in English: the reasons the person reads are the English ones.
    expect(noReasons.body).toContain('id="review-reasons.en-error"');
    const notConsidered = await consolePost(`${requestId}/review`, {
      "review-outcome": "upheld",
      "review-reasons.en": "The invoice is unpaid.",
    });
    expect(notConsidered.statusCode).toBe(400);
    expect(notConsidered.body).toContain('id="review-view_considered-error"');
    const unknown = await consolePost(`${requestId}/review`, {
      "review-outcome": "overturned",
      "review-reasons.en": "The invoice is unpaid.",
      "review-view_considered": "yes",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('id="review-outcome-error"');
    expect((await requestStatus(center.ctx, tokenOf(statusPath))).status).toBe("in_progress");
  });

  describe("the privacy center's form", () => {
    const refused = async (fields: Record<string, string>) => {
      const response = await postRequest(center, {
        type: "automated_decision_review",
        email: "bad-input@example.org",
        lang: "en",
        ...fields,
      });
      expect(response.statusCode).toBe(400);
      return response.body;
    };

    it("names the field at fault: the decision, its date, the view and whether it is contested", async () => {
      expect(await refused(reviewFields({ decision: "marketing_profile" }))).toContain('id="decision-error"');
      expect(await refused(reviewFields({ decided_on: "1 March" }))).toContain('id="decided_on-error"');
      expect(await refused(reviewFields({ view: "" }))).toContain('id="view-error"');
      expect(await refused(reviewFields({ contests: "" }))).toContain('id="contests-error"');
      expect(await refused(reviewFields({ decision_reference: "x".repeat(201) }))).toContain(
        'id="decision_reference-error"',
      );
    });

    it("never repeats the person's view in the log", async () => {
      await refused(reviewFields({ decided_on: "not a date" }));
      expect(center.logs.join("\n")).not.toContain("crossed my payment");
    });
  });
});

await describeEachStore("a register without reviewable decisions", (kind) => {
  let center: Center;
  beforeAll(async () => {
    center = await startCenter(kind, {
      register: (r) => ({
        ...r,
        automated_decisions: Object.fromEntries(
          Object.entries(r.automated_decisions).map(([id, d]) => [id, { ...d, legal_effect: false }]),
        ),
      }),
    });
  });
  afterAll(() => center.close());

  it("does not offer human review, and refuses a request for it", async () => {
    const choose = await center.app.inject({ method: "GET", url: "/en/request" });
    expect(choose.body).toContain('value="access"');
    expect(choose.body).not.toContain('value="automated_decision_review"');
    const form = await center.app.inject({ method: "GET", url: "/en/request?type=automated_decision_review" });
    expect(form.body).not.toContain('name="view"');
    const filed = await postRequest(center, {
      type: "automated_decision_review",
      email: "nobody@example.org",
      lang: "en",
      ...reviewFields(),
    });
    expect(filed.statusCode).toBe(404);
  });
});
