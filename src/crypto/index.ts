// Encryption, tokens and hashes for the service: one place, so every part uses the same primitives.
export { EnvelopeError, open, openText, seal, sealText } from "./envelope.js";
export { constantTimeEqual, hmacSha256Hex, sha256Hex } from "./hash.js";
export { DATA_KEY_BYTES, KeyConfigError, loadDataKey } from "./keys.js";
export { derivedToken, numericCode, randomToken, subkey } from "./tokens.js";
