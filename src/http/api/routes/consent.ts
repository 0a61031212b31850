import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  confirmParentalConsent,
  consentProof,
  SubscribeInput,
  subscribe,
  subscribers,
} from "../../../consent/index.js";
import type { ServiceContext } from "../../../context/index.js";
import { apiActor, requireScope } from "../bearer.js";
import { ERROR_RESPONSES } from "../errors.js";
import { apiSchemas, doc } from "../registry.js";

const SECURITY = [{ bearer: [] }];
const TAGS = ["consent"];

const ConsentId = z.object({ id: doc(z.uuid(), "the consent id the banner keeps in its first-party cookie") });
const Choices = doc(z.record(z.string(), z.boolean()), "purpose id -> granted, as recorded");
const Parental = doc(z.enum(["awaiting", "confirmed"]).nullable(), "a minor's consent: a parent awaited or confirmed");

const ProofRecord = z.object({
  seq: z.number().int(),
  consentId: z.uuid(),
  at: doc(z.string(), "server time, ISO 8601"),
  version: doc(z.number().int(), "the banner configuration's version (the register's revision)"),
  configHash: doc(z.string(), "sha256 of the configuration shown: texts, purposes, cookies and options"),
  choices: Choices,
  action: doc(z.string(), "accept_all, reject_all, custom, withdraw, gpc or parent_confirmed"),
  lang: z.string(),
  origin: z.string(),
  gpc: doc(z.boolean(), "the browser sent Global Privacy Control"),
  parental: Parental,
  via: doc(z.string(), "banner, api, or request:<id> for a withdrawal through the privacy center"),
  batch: z.number().int(),
  hash: z.string(),
  sealed: z.object({
    batch: z.number().int(),
    segment: z
      .object({
        segment: z.number().int(),
        root: z.string(),
        audit: z.object({ seq: z.number().int(), hash: z.string(), at: z.string() }).optional(),
      })
      .nullable(),
  }),
});

const ConsentProof = z.object({
  consentId: z.uuid(),
  generatedAt: z.string(),
  records: z.array(ProofRecord),
  configs: doc(z.record(z.string(), z.unknown()), "each configuration a record names, by hash, as it was shown"),
  intact: doc(z.boolean(), "every record, batch and segment still hashes to what was sealed"),
  sealed: doc(z.boolean(), "every record is in a segment the audit log keeps"),
  problems: z.array(z.looseObject({ kind: z.string() })),
});
apiSchemas.add(ConsentProof, { id: "ConsentProof", description: "What a person saw and chose over time" });

const ParentalConfirmed = z.object({ id: z.uuid(), at: z.string(), choices: Choices });

const Pending = z.object({ status: doc(z.literal("pending"), "the person confirms through the link in the mail") });
const PurposeQuery = z.object({ purpose: doc(z.string().min(1), "a consent purpose one subscribes to by e-mail") });
const Subscribers = z.object({
  subscribers: z.array(
    z.object({
      email: z.string(),
      lang: z.string(),
      confirmedAt: z.string(),
      unsubscribeUrl: doc(z.string(), "the link for the message's footer"),
      headers: doc(
        z.object({ "List-Unsubscribe": z.string(), "List-Unsubscribe-Post": z.literal("List-Unsubscribe=One-Click") }),
        "RFC 8058 headers, to send with every message as they are",
      ),
    }),
  ),
});
apiSchemas.add(Subscribers, { id: "Subscribers", description: "Who a mailing tool may send a purpose's mail to" });

/** Proof of consent for the company's systems and the privacy officer, and a parent's confirmation. */
export function consentApi(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/consent/:id",
      {
        onRequest: requireScope(ctx, "consent:read"),
        schema: {
          operationId: "consentProof",
          summary: "The proof of consent for a consent id: every decision, what was shown, and the seals",
          tags: TAGS,
          security: SECURITY,
          params: ConsentId,
          response: { 200: ConsentProof, ...ERROR_RESPONSES },
        },
      },
      async (request) => consentProof(ctx, request.params.id),
    );

    app.post(
      "/consent/:id/parental",
      {
        onRequest: requireScope(ctx, "consent:write"),
        schema: {
          operationId: "confirmParentalConsent",
          summary: "Record that a parent confirmed a minor's consent (UAVG art. 5)",
          tags: TAGS,
          security: SECURITY,
          params: ConsentId,
          response: { 201: ParentalConfirmed, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await confirmParentalConsent(ctx, request.params.id, apiActor(request))),
    );

    app.post(
      "/subscriptions",
      {
        onRequest: requireScope(ctx, "consent:write"),
        schema: {
          operationId: "subscribe",
          summary: "Start a marketing subscription: the person gets the double opt-in mail",
          tags: TAGS,
          security: SECURITY,
          body: SubscribeInput,
          response: { 202: Pending, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        await subscribe(ctx, request.body);
        return reply.code(202).send({ status: "pending" as const });
      },
    );

    app.get(
      "/subscriptions",
      {
        onRequest: requireScope(ctx, "subscriptions:read"),
        schema: {
          operationId: "subscribers",
          summary: "The export for a mailing tool: confirmed, not suppressed, with unsubscribe links and headers",
          tags: TAGS,
          security: SECURITY,
          querystring: PurposeQuery,
          response: { 200: Subscribers, ...ERROR_RESPONSES },
        },
      },
      async (request) => ({ subscribers: await subscribers(ctx, request.query.purpose) }),
    );
  };
}
