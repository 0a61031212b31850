import { z } from "zod";
import { ACCESS_REFERENCE_KINDS } from "../../../store/index.js";
import { apiSchemas, doc } from "../registry.js";

export const GrantId = z.object({ id: z.string().min(1).max(100) });
export const TenantKey = z.object({
  id: doc(z.string().min(1).max(200), "the tenant's key in the company's application"),
});

const Reference = z.strictObject({
  kind: z.enum(ACCESS_REFERENCE_KINDS),
  id: doc(z.string().min(1).max(100), "the ticket, project or incident number"),
});

export const RequestGrantBody = z.strictObject({
  tenant: doc(z.string().min(1).max(200), "whose data the grant opens: the tenant's key"),
  party: doc(z.string().min(1).max(100).optional(), "staff (default) or an external party the register declares"),
  reason: z.string().max(500),
  reference: Reference,
  grantee: doc(z.string().min(1).max(200), "who will use the grant: an id in the company's systems, not a name"),
  durationMinutes: doc(z.number().int().positive().optional(), "at most the register's max_duration (the default)"),
});

export const RevokeBody = z.strictObject({ reason: z.string().min(1).max(500) });

export const UseBody = z.strictObject({
  tenant: doc(z.string().min(1).max(200), "the tenant whose data was opened"),
  action: doc(z.string().min(1).max(64), "a label of what was done, such as invoice.read; never data"),
  at: doc(z.iso.datetime({ offset: true }).optional(), "when it happened (now when left out)"),
});

export const CustomerDecisionBody = z.strictObject({
  tenant: doc(z.string().min(1).max(200), "the tenant deciding; a grant on another tenant's data is not found"),
  decision: z.enum(["approve", "decline"]),
  by: doc(z.string().min(1).max(200), "the tenant's approver as the application knows them: its user id"),
});

export const GrantView = z.object({
  id: z.string(),
  tenant: z.string(),
  party: z.string(),
  reason: z.string(),
  reference: z.object({ kind: z.enum(ACCESS_REFERENCE_KINDS), id: z.string() }),
  grantee: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  durationMinutes: z.number().int(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  customerApproval: z.enum(["not_required", "awaiting", "approved", "declined"]),
  customerDecidedBy: z.string().nullable(),
  customerDecidedAt: z.string().nullable(),
  state: doc(
    z.enum(["requested", "awaiting_customer", "active", "expired", "declined", "revoked"]),
    "active only between startsAt and expiresAt, with every approval in",
  ),
  startsAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
apiSchemas.add(GrantView, { id: "AccessGrant", description: "A support access grant on one tenant's data" });

export const GrantList = z.object({ grants: z.array(GrantView) });
export const ListGrantsQuery = z.object({ tenant: z.string().min(1).max(200).optional() });

export const IssuedToken = z.object({
  token: doc(z.string(), "a compact JWS (EdDSA) the application verifies with /.well-known/jwks.json"),
  expiresAt: z.string(),
});

export const UseRecorded = z.object({
  withinGrant: doc(z.boolean(), "the grant was valid for this tenant at that moment; recorded either way"),
});

const Use = z.object({ seq: z.number().int(), at: z.string(), action: z.string(), withinGrant: z.boolean() });
export const TenantLog = z.object({
  tenant: z.string(),
  grants: z.array(GrantView.extend({ uses: z.array(Use) })),
});
apiSchemas.add(TenantLog, {
  id: "TenantAccessLog",
  description: "Every grant on a tenant's data with its reason and reference, and every reported use",
});

const Jwk = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string(),
  kid: z.string(),
  alg: z.literal("EdDSA"),
  use: z.literal("sig"),
});
export const KeySetView = z.object({ keys: z.array(Jwk) });
apiSchemas.add(KeySetView, { id: "JsonWebKeySet", description: "The public keys grant tokens are signed with" });
