import { z } from "zod";
import { HttpSystem } from "./http.js";
import { ManualSystem } from "./manual.js";
import { WebhookSystem } from "./webhook.js";

/**
 * A system the request engine reaches other than through a database connection, told apart by its
 * `kind`: each kind has a schema file of its own beside this one.
 */
export const System = z.discriminatedUnion("kind", [HttpSystem, ManualSystem, WebhookSystem]);
export type System = z.output<typeof System>;

export { isManualRequestType, MANUAL_REQUEST_TYPES, ManualSystem } from "./manual.js";
export { WebhookSystem } from "./webhook.js";
export { SystemTenants, TENANT_PLACEHOLDER } from "./tenants.js";
