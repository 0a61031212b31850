import type { Random } from "../../../src/demo/random.js";
import { isValidEuVat } from "../../../src/identifiers/eu-vat/index.js";
import type { Vector } from "./iban-vectors.js";
import { addOne, changeOne, dropOne, formattings, transpose } from "./mutations.js";
import { FORMS } from "./vat-forms.js";

const PREFIXES = [...new Set(FORMS.map((f) => f.prefix))];

/** Every way to fill the "?" of `template` from `alphabet`. */
function completions(template: string, alphabet: string): string[] {
  const at = template.indexOf("?");
  if (at < 0) return [template];
  return [...alphabet].flatMap((char) =>
    completions(`${template.slice(0, at)}${char}${template.slice(at + 1)}`, alphabet),
  );
}

/** Written variants particular to one country: Belgium's "(0)" and dropped zero, Greece's GR and dropped zero. */
function localVariants(prefix: string, national: string): string[] {
  if (prefix === "BE" && national.startsWith("0")) return [`BE${national.slice(1)}`, `BE(0)${national.slice(1)}`];
  if (prefix === "EL") return [`GR${national}`, ...(national.startsWith("0") ? [`EL${national.slice(1)}`] : [])];
  return [];
}

/**
 * For each form, a few templates completed every way: the completions with a right check (as the
 * validator under test sees it; the reference judges independently) and some with a wrong one;
 * then mutations, other countries' prefixes and written variants of the right ones.
 */
export function vatVectors(random: Random): Vector[] {
  const out: Vector[] = [];
  const add = (country: string, value: string) => out.push({ value, country });
  for (const { prefix, alphabet, make } of FORMS) {
    for (let i = 0; i < 3; i++) {
      const all = completions(make(random), alphabet).map((national) => `${prefix}${national}`);
      const valid = all.filter(isValidEuVat);
      const invalid = all.filter((value) => !isValidEuVat(value));
      for (const value of [...valid.slice(0, 3), ...Array.from({ length: 4 }, () => random.pick(invalid))]) {
        if (value !== undefined) add(prefix, value);
      }
      for (const value of valid.slice(0, 2)) {
        add(prefix, changeOne(random, value, 2));
        add(prefix, transpose(random, value, 2));
        add(prefix, dropOne(random, value, 2));
        add(prefix, addOne(random, value, 2));
        const other = random.pick(PREFIXES.filter((p) => p !== prefix));
        add(other, `${other}${value.slice(2)}`);
        for (const variant of [...formattings(value), ...localVariants(prefix, value.slice(2))]) add(prefix, variant);
      }
    }
  }
  for (const value of ["", "DE", "XX123456789", "GB123456789", "CH123456789", "EU123456789", "NL", "EL"])
    add("--", value);
  return out;
}
