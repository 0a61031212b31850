import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type CheckResult, checkRegister } from "../../src/check/check.js";
import { loadRegister } from "../../src/register/load.js";
import type { Lang } from "../../src/kernel/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { renderStatement } from "../../src/statement/index.js";

/**
 * Shared machinery for the seed tests: each example register mirrors a real privacy statement, and its
 * test lists what that statement commits to. The generated statement must say every one of those things.
 */

/** A phrase the statement must contain: a string (matched case-insensitively) or a pattern. */
export type Phrase = string | RegExp;

export interface Commitment {
  /** The commitment in a few words, as SEED-COMMITMENTS.md lists it; names the test and its failures. */
  commitment: string;
  nl: Phrase[];
  en: Phrase[];
}

export const LANGS: readonly Lang[] = ["nl", "en"];

export function seedPath(slug: string): string {
  return fileURLToPath(new URL(`../../examples/${slug}/privacy.yaml`, import.meta.url));
}

export function seedSource(slug: string): string {
  return readFileSync(seedPath(slug), "utf8");
}

/** Loads a seed register; a register that does not load is a broken example, reported with its diagnostics. */
export async function loadSeed(slug: string): Promise<Register> {
  const loaded = await loadRegister(seedPath(slug));
  if (!loaded.register) {
    const found = loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule} ${d.message}`).join("\n");
    throw new Error(`examples/${slug}/privacy.yaml does not load:\n${found}`);
  }
  return loaded.register;
}

/**
 * The Markdown statement as plain searchable text: escapes and emphasis markers removed and line breaks
 * folded, so a phrase matches however the renderer wraps or marks it up.
 */
export function searchable(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ");
}

/** Renders the seed's statement once per language, as searchable text. */
export async function renderSeed(slug: string): Promise<Record<Lang, string>> {
  const register = await loadSeed(slug);
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const md = await renderStatement(register, { lang, format: "md" });
    out[lang] = searchable(typeof md === "string" ? md : md.toString("utf8"));
  }
  return out;
}

function contains(text: string, phrase: Phrase): boolean {
  return typeof phrase === "string" ? text.toLowerCase().includes(phrase.toLowerCase()) : phrase.test(text);
}

/** The phrases the text does not contain, for a failure message that names each of them. */
export function missingPhrases(text: string, phrases: readonly Phrase[]): string[] {
  return phrases.filter((p) => !contains(text, p)).map((p) => (typeof p === "string" ? JSON.stringify(p) : String(p)));
}

/** Checks the seed register with every legal rule. */
export function checkSeed(slug: string): Promise<CheckResult> {
  return checkRegister(seedPath(slug));
}

/** Rule ids of the diagnostics that come from the schema or the YAML itself rather than a legal rule. */
export function structuralFindings(result: CheckResult): string[] {
  return result.diagnostics
    .filter((d) => /^(schema-|yaml-|include-|file-)/.test(d.rule))
    .map((d) => `${d.line}:${d.col} ${d.rule} ${d.message}`);
}

/** The 1-based line of the first line of the register source that matches, so pinned lines follow edits. */
export function lineOf(source: string, pattern: RegExp): number {
  const index = source.split("\n").findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`no line matches ${pattern}`);
  return index + 1;
}

export interface Defects {
  /** Rule ids the "Defects" line of the seed implies: each must fire. */
  rules: string[];
  /** Findings pinned to the register line they point at (found by a pattern, so edits move it along). */
  at: { rule: string; line: RegExp }[];
}

/**
 * The two halves of a seed test: the generated statement says everything the original promised, in both
 * languages, and `check` reports what the original got wrong.
 */
export function seedSuite(slug: string, checklist: readonly Commitment[], defects: Defects): void {
  describe(`examples/${slug}: the generated statement keeps every commitment`, () => {
    let rendered: Record<Lang, string>;
    beforeAll(async () => {
      rendered = await renderSeed(slug);
    });

    describe.each(LANGS)("%s", (lang) => {
      it.each(checklist)("$commitment", (entry) => {
        const missing = missingPhrases(rendered[lang], entry[lang]);
        expect(
          missing,
          `the ${lang} statement drops "${entry.commitment}": it never says ${missing.join(", ")}`,
        ).toEqual([]);
      });
    });
  });

  describe(`examples/${slug}: check reports the original's defects`, () => {
    let result: CheckResult;
    beforeAll(async () => {
      result = await checkSeed(slug);
    });

    it("loads without schema errors", () => {
      expect(structuralFindings(result)).toEqual([]);
    });

    it.each(defects.rules)("reports %s", (rule) => {
      expect(result.diagnostics.map((d) => d.rule)).toContain(rule);
    });

    it.each(defects.at)("points $rule at the line it is about", ({ rule, line }) => {
      const expected = lineOf(seedSource(slug), line);
      const lines = result.diagnostics.filter((d) => d.rule === rule).map((d) => d.line);
      expect(lines, `${rule} should point at line ${expected} (${line})`).toContain(expected);
    });
  });
}
