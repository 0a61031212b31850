import { validateIBAN, ValidationErrorsIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import { Random } from "../../src/demo/random.js";
import {
  isValidBtwId,
  isValidEuVat,
  isValidIban,
  normalizeIban,
  normalizePostcode,
} from "../../src/identifiers/index.js";
import { stdnumAvailable, stdnumVerdicts } from "../helpers/python-stdnum.js";
import { btwVectors, postcodeVectors } from "./stdnum/dutch-vectors.js";
import { ibanVectors, type Vector } from "./stdnum/iban-vectors.js";
import { vatVectors } from "./stdnum/vat-vectors.js";

/**
 * Our validators against python-stdnum on generated vectors: valid values built by computing check
 * digits, and their mutations (one character changed, neighbours transposed, wrong length, wrong
 * country, written variants). Every difference must be one of the few documented below, each
 * counted in the output; any other fails the test.
 */
const SEED = 0x5eed_9007;

/** Countries whose national check digits ibantools verifies and python-stdnum 1.18 does not. */
const IBAN_STRICTER = new Set(["BA", "CZ", "EE", "FR", "HR", "HU", "MC", "MK", "PL", "PT", "RS", "SI", "SK"]);
/** Countries the IBAN registry lists that python-stdnum 1.18's copy of it predates. */
const IBAN_NEWER = new Set(["MN", "NI", "OM", "SO", "YE"]);
/** Separators some national modules of python-stdnum leave in (Estonia keeps dashes, Cyprus dots...). */
const SEPARATORS = /[\s.\-/:,]+/g;

/** Whether the library's only objection to an IBAN is its national check digits (not length, structure or IBAN check). */
function failsOnlyNationalCheck(value: string): boolean {
  const { errorCodes } = validateIBAN(normalizeIban(value));
  return errorCodes.length === 1 && errorCodes[0] === ValidationErrorsIBAN.WrongAccountBankBranchChecksum;
}

type Explain = (value: string, ours: boolean, reference: boolean, index: number) => string | undefined;

interface Tally {
  vectors: number;
  agree: number;
  accepted: number;
  explained: Map<string, number>;
  unexplained: string[];
}

function compare(values: string[], ours: (v: string) => boolean, reference: boolean[], explain: Explain): Tally {
  const tally: Tally = { vectors: values.length, agree: 0, accepted: 0, explained: new Map(), unexplained: [] };
  values.forEach((value, i) => {
    const mine = ours(value);
    const theirs = reference[i] as boolean;
    if (theirs) tally.accepted++;
    if (mine === theirs) {
      tally.agree++;
      return;
    }
    const reason = explain(value, mine, theirs, i);
    if (reason === undefined) tally.unexplained.push(`${JSON.stringify(value)}: ours ${mine}, python-stdnum ${theirs}`);
    else tally.explained.set(reason, (tally.explained.get(reason) ?? 0) + 1);
  });
  return tally;
}

function report(name: string, tally: Tally): void {
  const differences = [...tally.explained].map(([reason, count]) => `${count} ${reason}`).join("; ");
  console.log(
    `${name}: ${tally.vectors} vectors (${tally.accepted} valid per python-stdnum), ${tally.agree} agree` +
      (differences ? `, documented differences: ${differences}` : "") +
      (tally.unexplained.length ? `, ${tally.unexplained.length} UNEXPLAINED` : ""),
  );
}

const never: Explain = () => undefined;

describe.runIf(stdnumAvailable())("validators agree with python-stdnum", () => {
  // A stream per kind, so a change to one generator leaves the other vectors as they were.
  const iban = ibanVectors(new Random(SEED));
  const vat = vatVectors(new Random(SEED + 1));
  const btw = btwVectors(new Random(SEED + 2));
  const postcodes = postcodeVectors(new Random(SEED + 3));
  const values = (vectors: Vector[]) => vectors.map((v) => v.value);
  const reference = stdnumVerdicts({
    iban: values(iban),
    be_bank: iban.map((v) => normalizeIban(v.value).slice(4, 7)),
    eu_vat: values(vat),
    "eu_vat:compact": vat.map((v) => v.value.replace(SEPARATORS, "")),
    nl_btw: btw,
    nl_postcode: postcodes,
  });

  it("IBAN", () => {
    const tally = compare(values(iban), isValidIban, reference.iban, (value, ours, theirs, i) => {
      const country = normalizeIban(value).slice(0, 2);
      if (ours && !theirs && country === "BE" && !reference.be_bank[i])
        return "Belgian bank codes missing from python-stdnum's bank list";
      if (!ours && theirs && IBAN_STRICTER.has(country) && failsOnlyNationalCheck(value)) {
        return "national check digits python-stdnum 1.18 does not check";
      }
      if (ours && !theirs && IBAN_NEWER.has(country)) return "registry countries newer than python-stdnum 1.18";
      return undefined;
    });
    report("IBAN", tally);
    expect(tally.unexplained).toEqual([]);
    expect(tally.vectors).toBeGreaterThan(3000);
  });

  it("EU VAT numbers", () => {
    const tally = compare(values(vat), isValidEuVat, reference.eu_vat, (value, ours, theirs, i) => {
      const separated = value.trim() !== value.replace(SEPARATORS, "");
      if (ours && !theirs && separated && reference["eu_vat:compact"][i])
        return "with separators that python-stdnum keeps for that country";
      return undefined;
    });
    report("EU VAT", tally);
    expect(tally.unexplained).toEqual([]);
    // Every prefix has numbers the reference accepts, so no country is tested on rejections alone.
    const accepted = new Set(vat.filter((_, i) => reference.eu_vat[i]).map((v) => v.country));
    expect([...new Set(vat.map((v) => v.country))].filter((c) => c !== "--" && !accepted.has(c))).toEqual([]);
  });

  it("Dutch BTW-id", () => {
    const tally = compare(btw, isValidBtwId, reference.nl_btw, never);
    report("BTW-id", tally);
    expect(tally.unexplained).toEqual([]);
  });

  it("Dutch postcode", () => {
    const tally = compare(postcodes, (v) => normalizePostcode(v) !== undefined, reference.nl_postcode, never);
    report("Postcode", tally);
    expect(tally.unexplained).toEqual([]);
  });
});
