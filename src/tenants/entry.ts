import type { TenantsTable } from "../store/index.js";

/** One customer in the tenants directory, as the operations hand it out. */
export interface TenantEntry {
  key: string;
  name: string;
  /** The customer's privacy contact: at least one of the two is recorded. */
  email: string | null;
  url: string | null;
  /** Where the tenant is told that its requests moved (signed POSTs), or null. */
  callbackUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toEntry(row: TenantsTable): TenantEntry {
  return {
    key: row.key,
    name: row.name,
    email: row.privacy_email,
    url: row.privacy_url,
    callbackUrl: row.callback_url,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
