import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { buildGraph, identityTypes } from "../../../datasets/index.js";
import { cancelRequest, fileRequest, OperationError } from "../../../requests/index.js";
import type { ServiceContext } from "../../../context/index.js";
import { apiActor, requireScope } from "../bearer.js";
import { apiError, ERROR_RESPONSES, type FieldMap, sendApiError } from "../errors.js";
import {
  checkStatusSoon,
  findLink,
  OPENDSR_API_VERSION,
  OPENDSR_TYPES,
  openDsrState,
  releaseLink,
  requireState,
  reserveLink,
  saveLink,
  SIGNATURE_HEADER,
  WEBHOOK_SECRET_ENV,
} from "../../../opendsr/index.js";
import { Discovery, OpenDsrRequest, OpenDsrStatusBody, SubjectRequestId } from "./schemas.js";

const SECURITY = [{ bearer: [] }];
const TAGS = ["opendsr"];

/** The operation's field names in OpenDSR's words, so an error points at what the caller sent. */
const toOpenDsrField: FieldMap = (field) =>
  field
    .replace(/^identities/, "subject_identities")
    .replace(/\.type$/, ".identity_type")
    .replace(/\.value$/, ".identity_value")
    .replace(/^type$/, "subject_request_type");

/** OpenDSR: discovery, filing, status and cancellation, under /v1. */
export function openDsrApi(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.setErrorHandler((error, request, reply) => sendApiError(error, request, reply, toOpenDsrField));

    app.get(
      "/discovery",
      {
        schema: {
          operationId: "openDsrDiscovery",
          summary: "What this controller supports",
          tags: TAGS,
          response: { 200: Discovery },
        },
      },
      async () => ({
        api_version: OPENDSR_API_VERSION as typeof OPENDSR_API_VERSION,
        supported_identities: [...new Set(["email", ...identityTypes(buildGraph(ctx.register))])]
          .sort()
          .map((identity_type) => ({ identity_type, identity_format: "raw" as const })),
        supported_subject_request_types: [...OPENDSR_TYPES],
        processor_certificate: null,
        callback_signature: { header: SIGNATURE_HEADER, algorithm: "HMAC-SHA256" as const, encoding: "hex" as const },
      }),
    );

    app.post(
      "/requests",
      {
        onRequest: requireScope(ctx, "requests:write"),
        schema: {
          operationId: "openDsrFile",
          summary: "File a request",
          description:
            "The person confirms the request with a code sent to the e-mail identity, which is therefore required.",
          tags: TAGS,
          security: SECURITY,
          body: OpenDsrRequest,
          response: { 201: OpenDsrStatusBody, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const hashed = body.subject_identities.findIndex((i) => i.identity_format === "hashed");
        if (hashed >= 0)
          throw new OperationError(
            `subject_identities[${hashed}].identity_format`,
            "hashed identities are not supported: people are looked up by value",
          );
        if (body.status_callback_urls.length > 0 && !ctx.env[WEBHOOK_SECRET_ENV])
          throw new OperationError("status_callback_urls", "this service has no secret to sign callbacks with");
        if (!(await reserveLink(ctx.store, body.subject_request_id)))
          return reply
            .code(409)
            .send(apiError("conflict", "a request with this subject_request_id exists", "subject_request_id"));
        let requestId: string;
        try {
          ({ requestId } = await fileRequest(ctx, {
            type: body.subject_request_type,
            identities: body.subject_identities.map((i) => ({ type: i.identity_type, value: i.identity_value })),
            lang: ctx.register.statement.languages[0] ?? "nl",
          }));
        } catch (error) {
          await releaseLink(ctx.store, body.subject_request_id);
          throw error;
        }
        const link = {
          subjectRequestId: body.subject_request_id,
          requestId,
          callbackUrls: body.status_callback_urls,
          submittedTime: body.submitted_time,
          receivedTime: ctx.now().toISOString(),
          notified: null,
        };
        await saveLink(ctx.store, link);
        if (link.callbackUrls.length > 0) await checkStatusSoon(ctx, requestId);
        return reply.code(201).send(await requireState(ctx, link));
      },
    );

    app.get(
      "/requests/:id",
      {
        onRequest: requireScope(ctx, "requests:read"),
        schema: {
          operationId: "openDsrStatus",
          summary: "The status of a request",
          tags: TAGS,
          security: SECURITY,
          params: SubjectRequestId,
          response: { 200: OpenDsrStatusBody, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const link = await findLink(ctx.store, request.params.id);
        const state = link && (await openDsrState(ctx, link));
        if (!state) return reply.code(404).send(apiError("not_found", "no such request"));
        return state;
      },
    );

    app.delete(
      "/requests/:id",
      {
        onRequest: requireScope(ctx, "requests:write"),
        schema: {
          operationId: "openDsrCancel",
          summary: "Cancel a request before work on it starts",
          tags: TAGS,
          security: SECURITY,
          params: SubjectRequestId,
          response: { 202: OpenDsrStatusBody, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const link = await findLink(ctx.store, request.params.id);
        if (!link) return reply.code(404).send(apiError("not_found", "no such request"));
        await cancelRequest(ctx, { requestId: link.requestId, actor: apiActor(request) });
        if (link.callbackUrls.length > 0) await checkStatusSoon(ctx, link.requestId);
        return reply.code(202).send(await requireState(ctx, link));
      },
    );
  };
}
