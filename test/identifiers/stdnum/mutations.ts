import type { Random } from "../../../src/demo/random.js";

/** Ways a correct identifier goes wrong when typed, each applied after the first `keep` characters. */

const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** One character replaced by another of its kind (digit for digit, letter for letter). */
export function changeOne(random: Random, text: string, keep: number): string {
  const at = random.int(keep, text.length - 1);
  const char = text[at] as string;
  const pool = DIGITS.includes(char) ? DIGITS : LETTERS.includes(char) ? LETTERS : DIGITS;
  const others = [...pool].filter((c) => c !== char);
  return `${text.slice(0, at)}${random.pick(others)}${text.slice(at + 1)}`;
}

/** One character replaced by one of the other kind (a letter for a digit or a digit for a letter). */
export function otherKind(random: Random, text: string, keep: number): string {
  const at = random.int(keep, text.length - 1);
  const pool = DIGITS.includes(text[at] as string) ? LETTERS : DIGITS;
  return `${text.slice(0, at)}${random.pick([...pool])}${text.slice(at + 1)}`;
}

/** Two neighbouring, different characters swapped; the text itself when all neighbours are equal. */
export function transpose(random: Random, text: string, keep: number): string {
  const spots: number[] = [];
  for (let i = keep; i < text.length - 1; i++) if (text[i] !== text[i + 1]) spots.push(i);
  if (spots.length === 0) return text;
  const at = random.pick(spots);
  return `${text.slice(0, at)}${text[at + 1] as string}${text[at] as string}${text.slice(at + 2)}`;
}

/** One character left out. */
export function dropOne(random: Random, text: string, keep: number): string {
  const at = random.int(keep, text.length - 1);
  return `${text.slice(0, at)}${text.slice(at + 1)}`;
}

/** One digit too many. */
export function addOne(random: Random, text: string, keep: number): string {
  const at = random.int(keep, text.length);
  return `${text.slice(0, at)}${random.pick([...DIGITS])}${text.slice(at)}`;
}

/** The ways people write the same identifier: groups, lower case, separators. */
export function formattings(text: string): string[] {
  const groups = text.match(/.{1,4}/g) ?? [text];
  return [
    groups.join(" "),
    text.toLowerCase(),
    ` ${groups.join(" ").toLowerCase()} `,
    groups.join("-"),
    groups.join("."),
  ];
}

/** A string drawn from a BBAN pattern such as ^[A-Z]{4}[0-9]{10}$. */
export function fromPattern(random: Random, pattern: string): string {
  let out = "";
  for (const [, chars, count] of pattern.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
    const pool = (chars as string).includes("A-Z")
      ? (chars as string).includes("0-9")
        ? `${DIGITS}${LETTERS}`
        : LETTERS
      : DIGITS;
    for (let i = 0; i < Number(count); i++) out += random.pick([...pool]);
  }
  return out;
}
