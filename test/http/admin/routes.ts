import { createApiToken, createUser, type Permission } from "../../../src/auth/index.js";
import { bannerBundle, keepConfigs, recordConsent } from "../../../src/consent/index.js";
import { pauseClock, takeReview } from "../../../src/requests/index.js";
import { OutboxMailer, listOutbox } from "../../../src/mail/outbox.js";
import { openNotice } from "../../../src/requests/notices.js";
import { ACCESS_GRANT_CONSOLE_ROUTES } from "./access-grant-routes.js";
import { BREACH_CONSOLE_ROUTES } from "./breach-routes.js";
import { TASK_CONSOLE_ROUTES } from "./task-routes.js";
import type { ConsoleHarness } from "./harness.js";
import { fileVerified, notReached } from "./service.js";

/**
 * Every console route with the permission it needs and a target made fresh for each try, for the
 * authorization matrix: a disable, a revoke or an approval by one role must not leave nothing for the
 * next. A route the console serves without a line here fails the matrix's completeness check.
 */
export interface ConsoleRoute {
  method: "GET" | "POST";
  /** The path as registered, `:id` for the target. */
  pattern: string;
  permission: Permission;
  /** Makes the route's target and returns its id. */
  target?: (h: ConsoleHarness, tag: string) => Promise<string>;
  /** Form fields of a valid post, besides the CSRF token; `{tag}` is replaced to keep addresses unique. */
  fields?: Record<string, string | string[]>;
  /** The status that means "allowed and done". */
  ok: number;
}

const PASSWORD = "a long enough password";

const user = async (h: ConsoleHarness, tag: string) =>
  (
    await createUser(
      h.store,
      { email: `target-${tag}@example.nl`, name: "Target", role: "support", password: PASSWORD },
      { actor: "system" },
    )
  ).id;

const token = async (h: ConsoleHarness) =>
  (await createApiToken(h.store, { name: "t", scopes: ["requests:read"] }, { actor: "system" })).apiToken.id;

const mail = async (h: ConsoleHarness, tag: string) => {
  await new OutboxMailer(h.store).send({ to: `${tag}@example.nl`, subject: "Uw code", text: "123456", lang: "nl" });
  return (await listOutbox(h.store, { to: `${tag}@example.nl` }))[0]!.id;
};

/** An access request, verified: open, its clock running. */
const openRequest = async (h: ConsoleHarness, tag: string) =>
  (await fileVerified(h.ctx, "access", `person-${tag}@example.nl`)).requestId;

/** An erasure request, verified: the demo register wants erasures approved, so it waits for approval. */
const awaitingApproval = async (h: ConsoleHarness, tag: string) =>
  (await fileVerified(h.ctx, "erasure", `person-${tag}@example.nl`)).requestId;

/** An open request whose Art. 19 notice to the helpdesk failed for good. */
const recipientNotReached = async (h: ConsoleHarness, tag: string) => {
  const id = await openRequest(h, tag);
  await notReached(h.ctx, id);
  return id;
};

/** A request for human review of the demo's dunning decision, verified: it waits for a reviewer. */
const reviewWaiting = async (h: ConsoleHarness, tag: string) =>
  (
    await fileVerified(h.ctx, "automated_decision_review", `person-${tag}@example.nl`, {
      decision: "dunning",
      view: "Ik heb op tijd betaald.",
      contests: true,
    })
  ).requestId;

/** The same, taken by a reviewer: the outcome can be recorded. */
const reviewTaken = async (h: ConsoleHarness, tag: string) => {
  const id = await reviewWaiting(h, tag);
  await takeReview(h.ctx, { requestId: id, actor: "system" });
  return id;
};

/** An open request with an Art. 19 notice to the mailed recipient that waits for acknowledgement. */
const noticeWaiting = async (h: ConsoleHarness, tag: string) => {
  const id = await openRequest(h, tag);
  await openNotice(h.ctx, h.store.db, { requestId: id, recipient: "email_delivery", channel: "email" });
  return id;
};

const paused = async (h: ConsoleHarness, tag: string) => {
  const id = await openRequest(h, tag);
  await pauseClock(h.ctx, { requestId: id, actor: "system" });
  return id;
};

/** A consent id with one decision from the banner. */
const consentDecision = async (h: ConsoleHarness) => {
  const bundle = bannerBundle(h.ctx.register, h.ctx.publicUrl);
  await keepConfigs(h.ctx.store, bundle, new Date());
  const decision = { config: bundle.configs.nl!.hash, action: "reject_all" };
  return (await recordConsent(h.ctx, decision, { origin: "", gpcHeader: false })).id;
};

export const CONSOLE_ROUTES: ConsoleRoute[] = [
  { method: "GET", pattern: "/admin/requests", permission: "requests.read", ok: 200 },
  { method: "GET", pattern: "/admin/requests/:id", permission: "requests.read", target: openRequest, ok: 200 },
  {
    method: "POST",
    pattern: "/admin/requests/:id/approve",
    permission: "requests.decide",
    target: awaitingApproval,
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/requests/:id/deny",
    permission: "requests.decide",
    target: openRequest,
    fields: { "deny-reason": "The request is manifestly unfounded." },
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/requests/:id/extend",
    permission: "requests.decide",
    target: openRequest,
    fields: { "extend-months": "1", "extend-reason": "Many requests at once." },
    ok: 303,
  },
  { method: "POST", pattern: "/admin/requests/:id/retry", permission: "requests.decide", target: openRequest, ok: 303 },
  {
    method: "POST",
    pattern: "/admin/requests/:id/acknowledged",
    permission: "requests.decide",
    target: noticeWaiting,
    fields: { "acknowledged-recipient": "email_delivery", "acknowledged-note": "Replied by mail." },
    ok: 303,
  },
  { method: "GET", pattern: "/admin/processors", permission: "processors.read", ok: 200 },
  {
    method: "POST",
    pattern: "/admin/requests/:id/informed",
    permission: "requests.decide",
    target: recipientNotReached,
    fields: { "informed-recipient": "helpdesk", "informed-note": "Phoned their privacy desk." },
    ok: 303,
  },
  { method: "POST", pattern: "/admin/requests/:id/pause", permission: "requests.decide", target: openRequest, ok: 303 },
  { method: "POST", pattern: "/admin/requests/:id/resume", permission: "requests.decide", target: paused, ok: 303 },
  {
    method: "POST",
    pattern: "/admin/requests/:id/cancel",
    permission: "requests.decide",
    target: openRequest,
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/requests/:id/take",
    permission: "requests.review",
    target: reviewWaiting,
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/requests/:id/review",
    permission: "requests.review",
    target: reviewTaken,
    fields: {
      "review-outcome": "upheld",
      "review-reasons.nl": "De factuur staat nog open.",
      "review-view_considered": "yes",
    },
    ok: 303,
  },
  { method: "GET", pattern: "/admin/dashboard", permission: "requests.read", ok: 200 },
  { method: "GET", pattern: "/admin/consent", permission: "consent.read", ok: 200 },
  {
    method: "POST",
    pattern: "/admin/consent/proof",
    permission: "consent.read",
    target: consentDecision,
    fields: { consent_id: "{id}" },
    ok: 200,
  },
  {
    method: "POST",
    pattern: "/admin/consent/proof.json",
    permission: "consent.read",
    target: consentDecision,
    fields: { consent_id: "{id}" },
    ok: 200,
  },
  { method: "GET", pattern: "/admin/retention", permission: "retention.read", ok: 200 },
  { method: "GET", pattern: "/admin/retention/evidence.json", permission: "retention.read", ok: 200 },
  { method: "GET", pattern: "/admin/retention/evidence.csv", permission: "retention.read", ok: 200 },
  { method: "GET", pattern: "/admin/outbox", permission: "outbox.read", ok: 200 },
  { method: "GET", pattern: "/admin/outbox/:id", permission: "outbox.read", target: mail, ok: 200 },
  { method: "POST", pattern: "/admin/outbox/:id/reveal", permission: "outbox.reveal", target: mail, ok: 200 },
  { method: "GET", pattern: "/admin/audit", permission: "audit.read", ok: 200 },
  { method: "GET", pattern: "/admin/users", permission: "users.manage", ok: 200 },
  {
    method: "POST",
    pattern: "/admin/users",
    permission: "users.manage",
    fields: { name: "New", email: "new-{tag}@example.nl", role: "support", password: PASSWORD },
    ok: 303,
  },
  { method: "POST", pattern: "/admin/users/:id/disable", permission: "users.manage", target: user, ok: 303 },
  { method: "GET", pattern: "/admin/tokens", permission: "tokens.manage", ok: 200 },
  {
    method: "POST",
    pattern: "/admin/tokens",
    permission: "tokens.manage",
    fields: { name: "CRM", scopes: ["requests:read"] },
    ok: 201,
  },
  { method: "POST", pattern: "/admin/tokens/:id/revoke", permission: "tokens.manage", target: token, ok: 303 },
  ...ACCESS_GRANT_CONSOLE_ROUTES,
  ...BREACH_CONSOLE_ROUTES,
  ...TASK_CONSOLE_ROUTES,
];

/** The route made concrete for one try: a fresh target and unique field values. */
export async function concrete(
  route: ConsoleRoute,
  h: ConsoleHarness,
  tag: string,
): Promise<{ url: string; fields: Record<string, string | string[]> }> {
  const id = route.target ? await route.target(h, tag) : undefined;
  const url = id === undefined ? route.pattern : route.pattern.replace(":id", id);
  // A target that is posted rather than in the path ({id} in a field).
  const fill = (v: string) => v.replace("{tag}", tag).replace("{id}", id ?? "");
  const fields = Object.fromEntries(
    Object.entries(route.fields ?? {}).map(([k, v]) => [k, typeof v === "string" ? fill(v) : v]),
  );
  return { url, fields };
}
