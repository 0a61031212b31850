import type { Random } from "../../../src/demo/random.js";
import { passesElevenTest } from "../../../src/identifiers/eleven-test.js";
import { mod97 } from "../../../src/identifiers/mod97.js";
import { addOne, changeOne, dropOne, transpose } from "./mutations.js";

/** Nine digits that pass the eleven-test: the fiscal number in a BTW-id issued before 2020. */
function fiscalNumber(random: Random): string {
  for (;;) {
    const nine = random.digits(9);
    if (passesElevenTest(nine) && nine !== "000000000") return nine;
  }
}

/** The 2020-style BTW-id for nine digits: the suffix chosen so the whole string is 1 mod 97. */
function soleTraderId(nine: string): string {
  const base = mod97(`NL${nine}B`) as number;
  const suffix = (((1 - base * 100) % 97) + 97) % 97;
  return `NL${nine}B${String(suffix).padStart(2, "0")}`;
}

/** The ways people write a BTW-id: lower case, dots, dashes, NL- prefix, no prefix. */
function btwFormattings(id: string): string[] {
  const digits = id.slice(2, 11);
  const suffix = id.slice(11);
  const dotted = `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  return [
    id.toLowerCase(),
    `NL ${dotted}.${suffix}`,
    `NL-${digits}${suffix}`,
    `nl-${digits}-${suffix.toLowerCase()}`,
    `NL ${digits} ${suffix}`,
    `${digits}${suffix}`,
    `NL${digits.replace(/^0+/, "")}${suffix}`,
  ];
}

/** BTW-ids of both kinds, the B00 suffix, all zeros, their mutations and written variants. */
export function btwVectors(random: Random): string[] {
  const out: string[] = ["NL000000000B01", "NL000000000B00", "NL000000001B01", "000000000B12"];
  for (let i = 0; i < 25; i++) {
    const old = `NL${fiscalNumber(random)}B${String(random.int(0, 99)).padStart(2, "0")}`;
    const modern = soleTraderId(random.digits(9));
    const shortFiscal = `NL${"0".repeat(random.int(1, 3))}${fiscalNumber(random).slice(3)}B01`;
    for (const id of [old, modern, shortFiscal, `${old.slice(0, 11)}B00`, `${modern.slice(0, 11)}B00`]) {
      out.push(id, changeOne(random, id, 2), transpose(random, id, 2), dropOne(random, id, 2), addOne(random, id, 2));
      out.push(`BE${id.slice(2)}`, `${id.slice(0, 11)}X${id.slice(12)}`);
      out.push(...btwFormattings(id));
    }
  }
  return out;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Postcodes with and without the space, in lower case, with NL- or a dash, leading zeros and unused pairs. */
export function postcodeVectors(random: Random): string[] {
  const out: string[] = [];
  for (let i = 0; i < 80; i++) {
    const digits = String(random.int(i % 10 === 0 ? 0 : 1000, 9999)).padStart(4, "0");
    const letters =
      i % 7 === 0 ? random.pick(["SA", "SD", "SS"]) : `${random.pick([...LETTERS])}${random.pick([...LETTERS])}`;
    const code = `${digits} ${letters}`;
    out.push(code, `${digits}${letters}`, code.toLowerCase(), `${digits}${letters.toLowerCase()}`);
    out.push(
      `NL-${code}`,
      `nl ${digits}${letters}`,
      `${digits}-${letters}`,
      ` ${code} `,
      `${digits.slice(1)} ${letters}`,
    );
    out.push(`${digits} ${letters[0] as string}`, `${digits}${letters}X`, `${digits} ${letters[0] as string}1`);
  }
  return out;
}
