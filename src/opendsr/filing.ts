import type { ServiceContext } from "../context/index.js";
import { checkFileRequest, fileRequestIn, inTransaction, mailFilingCode, OperationError } from "../requests/index.js";
import { checkStatusSoon } from "./jobs.js";
import { type OpenDsrLink, reserveLink, saveLink } from "./links.js";
import { type OPENDSR_TYPES, WEBHOOK_SECRET_ENV } from "./protocol.js";
import { type OpenDsrState, requireState } from "./state.js";

/** An OpenDSR request as the caller sends it (the API checked its shape). */
export interface OpenDsrRequestBody {
  subject_request_id: string;
  subject_request_type: (typeof OPENDSR_TYPES)[number];
  subject_identities: { identity_type: string; identity_value: string; identity_format: "raw" | "hashed" }[];
  submitted_time: string;
  status_callback_urls: string[];
}

export type OpenDsrFiled = { ok: true; state: OpenDsrState } | { ok: false; reason: "taken" };

/** The filing's field names in OpenDSR's words, so an error points at what the caller sent. */
function toOpenDsrField(field: string): string {
  return field
    .replace(/^identities/, "subject_identities")
    .replace(/\.type$/, ".identity_type")
    .replace(/\.value$/, ".identity_value")
    .replace(/^type$/, "subject_request_type");
}

function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof OperationError && error.field !== undefined)
      throw new OperationError(toOpenDsrField(error.field), error.message, error.code);
    throw error;
  }
}

/**
 * Files an OpenDSR request: reserves its subject_request_id, files the request through the same
 * filing as the privacy center and the API (the register's rights and identity types apply alike),
 * saves the link and queues the first status look, all in one store transaction. A failure at any
 * step takes the whole filing back: no reserved id without its request, no request without its link,
 * no link whose callbacks are never looked at. The code is mailed after the commit. An id that is
 * taken answers `taken`; refused input throws OperationError naming the OpenDSR field.
 */
export async function fileOpenDsrRequest(ctx: ServiceContext, body: OpenDsrRequestBody): Promise<OpenDsrFiled> {
  const hashed = body.subject_identities.findIndex((i) => i.identity_format === "hashed");
  if (hashed >= 0)
    throw new OperationError(
      `subject_identities[${hashed}].identity_format`,
      "hashed identities are not supported: people are looked up by value",
    );
  if (body.status_callback_urls.length > 0 && !ctx.env[WEBHOOK_SECRET_ENV])
    throw new OperationError("status_callback_urls", "this service has no secret to sign callbacks with");
  const done = await inTransaction(ctx, async (trx) => {
    // The id first, as before the transaction took the whole filing: a taken id answers 409 whatever
    // else is wrong with the request.
    if (!(await reserveLink(trx, body.subject_request_id))) return undefined;
    const request = checked(() =>
      checkFileRequest(ctx.register, {
        type: body.subject_request_type,
        identities: body.subject_identities.map((i) => ({ type: i.identity_type, value: i.identity_value })),
        lang: ctx.register.statement.languages[0] ?? "nl",
      }),
    );
    const filed = await fileRequestIn(ctx, trx, request);
    const link: OpenDsrLink = {
      subjectRequestId: body.subject_request_id,
      requestId: filed.requestId,
      callbackUrls: body.status_callback_urls,
      submittedTime: body.submitted_time,
      receivedTime: ctx.now().toISOString(),
      notified: null,
    };
    await saveLink(trx, link);
    if (link.callbackUrls.length > 0) await checkStatusSoon(ctx, filed.requestId, trx);
    return { request, filed, link };
  });
  if (!done) return { ok: false, reason: "taken" };
  await mailFilingCode(ctx, done.request, done.filed);
  return { ok: true, state: await requireState(ctx, done.link) };
}
