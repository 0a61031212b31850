import { z } from "zod";
import { apiSchemas, doc } from "../registry.js";

export const TenantBody = z.strictObject({
  name: doc(z.string().max(200), "the customer's name as its end users know it"),
  email: doc(z.string().max(254).nullable().optional(), "where the customer takes privacy requests by e-mail"),
  url: doc(z.string().max(500).nullable().optional(), "the customer's privacy page (https://)"),
  callbackUrl: doc(
    z.string().max(500).nullable().optional(),
    "where the customer is told, by a signed POST, that one of its requests moved (https://); left out, none",
  ),
});

export const TenantView = z.object({
  key: doc(z.string(), "the tenant's key: its token's, and its rows' in the tenant column"),
  name: z.string(),
  email: z.string().nullable(),
  url: z.string().nullable(),
  callbackUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
apiSchemas.add(TenantView, {
  id: "Tenant",
  description: "A tenant's entry in the directory: the name and privacy contact its end users are referred to",
});

export const CallbackSecretView = z.object({
  secret: doc(
    z.string(),
    "the HMAC-SHA256 key of the Waarborg-Signature header on this tenant's callbacks: t=<unix seconds>,v1=<hex of HMAC over `<t>.<body>`>",
  ),
});
apiSchemas.add(CallbackSecretView, {
  id: "TenantCallbackSecret",
  description: "The secret a tenant's callbacks are signed with; it changes when the company rotates its server key",
});
