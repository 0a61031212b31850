// The tenants directory (processor mode): the company's customers by the key their rows carry, with
// the name and privacy contact a person is referred to for data the company processes on their behalf,
// and where and with which secret the tenant is told that its requests moved.
export { CALLBACK_KEY_ENV, tenantCallbackSecret } from "./callback-secret.js";
export { getTenant, listTenants, setTenant, type TenantChange, type TenantDeps, tenantsByKey } from "./directory.js";
export { type TenantEntry } from "./entry.js";
export { TenantDirectoryError } from "./errors.js";
