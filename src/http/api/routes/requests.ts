import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  appRequestStatus,
  approveRequest,
  denyRequest,
  downloadRequestPackage,
  extendRequest,
  fileAppVerifiedRequest,
  fileRequest,
  fileTenantRequest,
  listRequests,
  recordRecipientInformed,
  requestDetail,
  requireTenantRequest,
  retryRequest,
} from "../../../requests/index.js";
import type { ServiceContext } from "../../../context/index.js";
import { sendAttachment } from "../../pages/content-disposition.js";
import { apiActor, requireScope } from "../bearer.js";
import { ApiError, ERROR_RESPONSES } from "../errors.js";
import {
  AppRequestStatus,
  DenyBody,
  ExtendBody,
  FileRequestBody,
  FileVerifiedRequestBody,
  Filed,
  InformedBody,
  ListQuery,
  PackageFile,
  RequestId,
  RequestList,
  RequestView,
  toAppStatus,
  toSummary,
  toView,
} from "../schemas.js";

const SECURITY = [{ bearer: [] }];
const TAGS = ["requests"];

/** The native API for requests: read the queue, file on behalf of a person, decide. */
export function requestApi(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = requireScope(ctx, "requests:read");
    const write = requireScope(ctx, "requests:write");
    const decide = requireScope(ctx, "requests:decide");
    const fileVerified = requireScope(ctx, "requests:file_verified");
    /** The request as it is after a change: what a caller wants to see next. */
    const current = async (id: string) => toView(await requestDetail(ctx, id));

    app.get(
      "/requests",
      {
        onRequest: read,
        schema: {
          operationId: "listRequests",
          summary: "The queue: requests by deadline",
          tags: TAGS,
          security: SECURITY,
          querystring: ListQuery,
          response: { 200: RequestList, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const items = await listRequests(ctx, {
          status: request.query.status,
          sort: "deadline",
          limit: request.query.limit,
          ...(request.apiToken!.tenant === null ? {} : { tenant: request.apiToken!.tenant }),
        });
        return { requests: items.map(toSummary) };
      },
    );

    app.get(
      "/requests/:id",
      {
        onRequest: read,
        schema: {
          operationId: "getRequest",
          summary: "One request with its identities, events and packages",
          description: "A tenant's token reads only its tenant's requests; any other answers 404.",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          response: { 200: RequestView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await requireTenantRequest(ctx, request.params.id, request.apiToken!.tenant);
        return current(request.params.id);
      },
    );

    app.post(
      "/requests",
      {
        onRequest: write,
        schema: {
          operationId: "fileRequest",
          summary: "File a request on behalf of a person",
          description:
            "The person gets a one-time code at the e-mail identity and confirms the request with it. A tenant's token files for its tenant (processor mode): the tenant identified its user, so no code or other mail goes to the person and the request starts verified; it reaches only that tenant's rows, and only that tenant's tokens read it. The tenant follows it with GET /api/requests/{id} and fetches its package with GET /api/requests/{id}/package.",
          tags: TAGS,
          security: SECURITY,
          body: FileRequestBody,
          response: { 201: Filed, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const token = request.apiToken!;
        const { requestId } =
          token.tenant === null
            ? await fileRequest(ctx, request.body)
            : await fileTenantRequest(ctx, request.body, {
                tenant: token.tenant,
                token: { id: token.id, name: token.name },
              });
        const { request: filed } = await requestDetail(ctx, requestId);
        return reply.code(201).send({ id: filed.id, status: filed.status, due_on: filed.due_at });
      },
    );

    app.get(
      "/requests/:id/package",
      {
        onRequest: read,
        schema: {
          operationId: "downloadRequestPackage",
          summary: "The request's latest package, as a file: one of its downloads, recorded with this token",
          description:
            "The same package and the same limited downloads as behind the person's link. 409 while the request has none (yet), 410 once it expired or its downloads are used up. A tenant's token reaches only its tenant's requests; any other answers 404.",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          response: {
            200: { description: "the package, with its file name in Content-Disposition", content: PackageFile },
            ...ERROR_RESPONSES,
            410: ApiError,
          },
        },
      },
      async (request, reply) => {
        await requireTenantRequest(ctx, request.params.id, request.apiToken!.tenant);
        const pkg = await downloadRequestPackage(ctx, { requestId: request.params.id, actor: apiActor(request) });
        return sendAttachment(reply.header("x-downloads-left", String(pkg.downloadsLeft)), pkg);
      },
    );

    app.post(
      "/requests/verified",
      {
        onRequest: fileVerified,
        schema: {
          operationId: "fileVerifiedRequest",
          summary: "File a request for a person the application signed in; it starts verified",
          description:
            "No code is sent: the sign-in is the verification, recorded with the token's name. Refused unless the register lists account_login among rights.verification.methods.",
          tags: TAGS,
          security: SECURITY,
          body: FileVerifiedRequestBody,
          response: { 201: Filed, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const { verified_by: _by, app_user, ...input } = request.body;
        const token = request.apiToken!;
        const { requestId } = await fileAppVerifiedRequest(ctx, input, {
          token: { id: token.id, name: token.name },
          ...(app_user === undefined ? {} : { appUser: app_user }),
        });
        const { request: filed } = await requestDetail(ctx, requestId);
        return reply.code(201).send({ id: filed.id, status: filed.status, due_on: filed.due_at });
      },
    );

    app.get(
      "/requests/verified/:id",
      {
        onRequest: fileVerified,
        schema: {
          operationId: "getVerifiedRequest",
          summary: "A request this token filed for a signed-in user, as the person's status page shows it",
          description: "Any other request answers 404: a token that files for signed-in users does not read the queue.",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          response: { 200: AppRequestStatus, ...ERROR_RESPONSES },
        },
      },
      async (request) => toAppStatus(await appRequestStatus(ctx, request.params.id, request.apiToken!.id)),
    );

    app.post(
      "/requests/:id/approve",
      {
        onRequest: decide,
        schema: {
          operationId: "approveRequest",
          summary: "Approve a request that waits for approval",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          response: { 200: RequestView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await approveRequest(ctx, { requestId: request.params.id, actor: apiActor(request) });
        return current(request.params.id);
      },
    );

    app.post(
      "/requests/:id/retry",
      {
        onRequest: decide,
        schema: {
          operationId: "retryRequest",
          summary: "Run a request again that no worker has: its hand-over or its job failed",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          response: { 200: RequestView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await retryRequest(ctx, { requestId: request.params.id, actor: apiActor(request) });
        return current(request.params.id);
      },
    );

    app.post(
      "/requests/:id/informed",
      {
        onRequest: decide,
        schema: {
          operationId: "recordRecipientInformed",
          summary: "Record that a recipient the Art. 19 notice did not reach was told another way",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          body: InformedBody,
          response: { 200: RequestView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await recordRecipientInformed(ctx, { requestId: request.params.id, actor: apiActor(request), ...request.body });
        return current(request.params.id);
      },
    );

    app.post(
      "/requests/:id/deny",
      {
        onRequest: decide,
        schema: {
          operationId: "denyRequest",
          summary: "Deny a request, with reasons (Art. 12(4))",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          body: DenyBody,
          response: { 200: RequestView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await denyRequest(ctx, { requestId: request.params.id, actor: apiActor(request), reason: request.body.reason });
        return current(request.params.id);
      },
    );

    app.post(
      "/requests/:id/extend",
      {
        onRequest: decide,
        schema: {
          operationId: "extendRequest",
          summary: "Extend the deadline by one or two months, with reasons (Art. 12(3))",
          tags: TAGS,
          security: SECURITY,
          params: RequestId,
          body: ExtendBody,
          response: { 200: RequestView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await extendRequest(ctx, { requestId: request.params.id, actor: apiActor(request), ...request.body });
        return current(request.params.id);
      },
    );
  };
}
