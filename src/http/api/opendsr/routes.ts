import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ServiceContext } from "../../../context/index.js";
import {
  cancelOpenDsrRequest,
  fileOpenDsrRequest,
  openDsrDiscovery,
  openDsrRequestState,
} from "../../../opendsr/index.js";
import { apiActor, requireCompanyScope } from "../bearer.js";
import { apiError, ERROR_RESPONSES, sendApiError } from "../errors.js";
import { Discovery, OpenDsrRequest, OpenDsrStatusBody, SubjectRequestId } from "./schemas.js";

const SECURITY = [{ bearer: [] }];
const TAGS = ["opendsr"];

/** OpenDSR: discovery, filing, status and cancellation, under /v1; the company's own requests only. */
export function openDsrApi(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    // The operations name fields as OpenDSR does, so errors need no renaming here.
    app.setErrorHandler((error, request, reply) => sendApiError(error, request, reply));

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
      async () => openDsrDiscovery(ctx.register),
    );

    app.post(
      "/requests",
      {
        onRequest: requireCompanyScope(ctx, "requests:write"),
        schema: {
          operationId: "openDsrFile",
          summary: "File a request",
          description:
            "The person confirms the request with a code sent to the e-mail identity, which is therefore required. A tenant's token is refused: it files under POST /api/requests.",
          tags: TAGS,
          security: SECURITY,
          body: OpenDsrRequest,
          response: { 201: OpenDsrStatusBody, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const filed = await fileOpenDsrRequest(ctx, request.body);
        if (!filed.ok)
          return reply
            .code(409)
            .send(apiError("conflict", "a request with this subject_request_id exists", "subject_request_id"));
        return reply.code(201).send(filed.state);
      },
    );

    app.get(
      "/requests/:id",
      {
        onRequest: requireCompanyScope(ctx, "requests:read"),
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
        const state = await openDsrRequestState(ctx, request.params.id);
        if (!state) return reply.code(404).send(apiError("not_found", "no such request"));
        return state;
      },
    );

    app.delete(
      "/requests/:id",
      {
        onRequest: requireCompanyScope(ctx, "requests:write"),
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
        const state = await cancelOpenDsrRequest(ctx, request.params.id, apiActor(request));
        if (!state) return reply.code(404).send(apiError("not_found", "no such request"));
        return reply.code(202).send(state);
      },
    );
  };
}
