/**
 * VAT identification numbers of the EU member states (and of Northern Ireland, XI): the country
 * prefix VIES uses (EL for Greece) and the national number with its format and check digits, as each
 * tax administration publishes them. A well-formed number need not be issued; only VIES can say that.
 */
import { normalizeBtwId } from "../btw.js";
import { CENTRAL } from "./central.js";
import type { NationalCheck } from "./checksums.js";
import { NORTH } from "./north.js";
import { SOUTH } from "./south.js";
import { WEST } from "./west.js";

const CHECKS: Record<string, NationalCheck> = { ...CENTRAL, ...NORTH, ...SOUTH, ...WEST };

/** The prefixes a VAT number may carry: the member states and XI. */
export const EU_VAT_PREFIXES: readonly string[] = Object.keys(CHECKS).sort();

/** Characters people write between the groups of a VAT number. */
const SEPARATORS = /[\s.\-/:,]+/g;

/** The written forms of a national number that have one shorter spelling. */
const CANONICAL: Record<string, (national: string) => string> = {
  BE: (n) => {
    const unpadded = n.startsWith("(0)") ? `0${n.slice(3)}` : n;
    return unpadded.length === 9 ? `0${unpadded}` : unpadded;
  },
  EL: (n) => (n.length === 8 ? `0${n}` : n),
  NL: (n) => normalizeBtwId(`NL${n}`).slice(2),
};

/**
 * "de 136.695.976" -> "DE136695976", "GR 094259216" -> "EL094259216", "BE 403.019.261" ->
 * "BE0403019261"; undefined when the text does not start with a member state's prefix.
 */
export function normalizeEuVat(text: string): string | undefined {
  const compact = text.replace(SEPARATORS, "").toUpperCase();
  const written = compact.slice(0, 2);
  const prefix = written === "GR" ? "EL" : written;
  if (CHECKS[prefix] === undefined) return undefined;
  const national = compact.slice(2);
  return `${prefix}${CANONICAL[prefix]?.(national) ?? national}`;
}

/** Whether `text` is a VAT number of an EU member state (or XI) with a valid format and check. */
export function isValidEuVat(text: string): boolean {
  const vat = normalizeEuVat(text);
  if (vat === undefined) return false;
  return (CHECKS[vat.slice(0, 2)] as NationalCheck)(vat.slice(2));
}
