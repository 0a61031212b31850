import { HOSTILE_IDENTITIES } from "../../src/demo/hostile.js";

/**
 * Values to look identities up by in the connector contract suite: every hostile identity of the
 * demo population and the near misses an engine must not confuse with them. A lookup of any of these
 * must find exactly the rows whose value is the very same string, byte for byte.
 */
export function identityProbes(): string[] {
  const probes = new Set<string>();
  for (const { email } of HOSTILE_IDENTITIES) {
    probes.add(email);
    probes.add(email.toUpperCase());
    probes.add(email.toLowerCase());
    probes.add(`${email} `);
    probes.add(` ${email}`);
    probes.add(email.normalize("NFC"));
    probes.add(email.normalize("NFD"));
    probes.add(email.replace(/\\/g, "\\\\"));
    probes.add(email.replace(/'/g, "''"));
    probes.add(email.replace(/'/g, "\\'"));
    probes.add(email.replace(/[_%]/g, "x"));
  }
  for (const pattern of [
    "%",
    "_",
    "%@hostile.example",
    "a%b@wildcard.example",
    "_@wildcard.example",
    "' OR '1'='1",
    "' OR 1=1 --",
    "x@y.nl' OR '1'='1' --",
    "'); DELETE FROM users; --",
    "\\' OR 1=1 #",
    "\\",
    "'",
    '"',
    "",
    " ",
    "zoe@hostile.example",
    "ZOË@hostile.example",
  ]) {
    probes.add(pattern);
  }
  return [...probes].sort();
}
