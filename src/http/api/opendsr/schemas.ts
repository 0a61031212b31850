import { z } from "zod";
import { apiSchemas, doc } from "../registry.js";
import { OPENDSR_API_VERSION, OPENDSR_STATUSES, OPENDSR_TYPES } from "../../../opendsr/index.js";

/** The OpenDSR messages, as zod schemas: they validate, serialize and document the surface. */

export const SubjectIdentity = z.object({
  identity_type: doc(z.string().min(1).max(64), "e.g. email, or an identity type the register's datasets declare"),
  identity_value: z.string().min(1).max(320),
  identity_format: doc(z.enum(["raw", "hashed"]), "only raw is supported: people are looked up by value"),
});

export const OpenDsrRequest = z.object({
  subject_request_id: z.uuid({ version: "v4", message: "a UUID version 4" }),
  subject_request_type: z.enum(OPENDSR_TYPES),
  subject_identities: z.array(SubjectIdentity).min(1).max(10),
  submitted_time: z.iso.datetime({ offset: true, message: "an ISO 8601 date and time" }),
  status_callback_urls: z
    .array(z.url({ protocol: /^https?$/, message: "an http(s) URL" }))
    .max(5)
    .default([]),
  api_version: z.string().optional(),
  property_id: z.string().optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});
apiSchemas.add(OpenDsrRequest, { id: "OpenDsrRequest" });

export const OpenDsrStatusBody = z.object({
  controller_id: z.string(),
  subject_request_id: z.uuid(),
  request_status: z.enum(OPENDSR_STATUSES),
  waarborg_status: doc(z.string(), "Waarborg's own status; a denial is cancelled in OpenDSR's terms"),
  expected_completion_time: doc(z.string().nullable(), "end of the due day; null while the clock is paused"),
  received_time: z.string(),
  api_version: z.literal(OPENDSR_API_VERSION),
});
apiSchemas.add(OpenDsrStatusBody, { id: "OpenDsrStatus" });

export const SubjectRequestId = z.object({ id: doc(z.uuid(), "the subject_request_id the request was filed with") });

export const Discovery = z.object({
  api_version: z.literal(OPENDSR_API_VERSION),
  supported_identities: z.array(z.object({ identity_type: z.string(), identity_format: z.literal("raw") })),
  supported_subject_request_types: z.array(z.enum(OPENDSR_TYPES)),
  processor_certificate: doc(z.null(), "callbacks are signed with a shared secret, not a certificate"),
  callback_signature: z.object({ header: z.string(), algorithm: z.literal("HMAC-SHA256"), encoding: z.literal("hex") }),
});
apiSchemas.add(Discovery, { id: "OpenDsrDiscovery" });
