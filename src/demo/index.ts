// The demo domain's public face: other folders import from here, never from its files.
export { createDemoSchema } from "./schema.js";
export { seedDemo } from "./seed.js";
export { type DemoTenant, demoTenants } from "./tenants.js";
