// The http domain's public face: other folders import from here, never from its files.
export { buildApp } from "./app.js";
export { listen } from "./server.js";
