// @waarborg/client: the company's own application talking to Waarborg. Standalone: it runs on fetch
// and WebCrypto only and imports nothing outside this package.
export { type ClientOptions, type Fetch, WaarborgClient } from "./client.js";
export { WaarborgError } from "./errors.js";
export {
  createGrantVerifier,
  type GrantClaims,
  type GrantVerifier,
  type GrantVerifierOptions,
} from "./grant-verifier.js";
export { GRANT_TOKEN_TYPE, type PublishedKey, type Refusal, REVOCATION_LIST_TYPE, type Verified } from "./jws.js";
export * from "./types.js";
