import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import { localize } from "../../src/register/index.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { renderRecord } from "../../src/record/index.js";
import { buildStatement } from "../../src/statement/index.js";
import { documentUnits, type FormOfAddress, registerStrings, unitFaults, writingFaults } from "./writing.js";

// Every example register, in both languages, read by an editor: the statement and the record must pass
// every check in ./writing.ts. The examples mirror real statements, so this is the text people read.

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const SLUGS = readdirSync(EXAMPLES, { withFileTypes: true })
  // examples/systems holds register snippets for API systems, not a whole register.
  .filter((entry) => entry.isDirectory() && existsSync(`${EXAMPLES}${entry.name}/privacy.yaml`))
  .map((entry) => entry.name)
  .sort();
const LANGS: readonly Lang[] = ["nl", "en"];

/** Names of frameworks and laws that are the same in both languages. */
const FIXED_NAMES = ["EU-US Data Privacy Framework", "Global Privacy Control"];

/**
 * Proper names: a name the register writes once (organisation, trade names, recipients) is the same in
 * every language, so it may hold words that look like the other language ("Administratiekantoor De Boer").
 */
function properNames(register: Register): string[] {
  const org = register.organization;
  const names = [org.name, ...Object.values(register.recipients).map((r) => r.name)];
  return [...FIXED_NAMES, ...(org.trade_names ?? []), ...names.filter((n): n is string => typeof n === "string")];
}

const registers = new Map<string, Register>();

beforeAll(async () => {
  for (const slug of SLUGS) {
    const loaded = await loadRegister(`${EXAMPLES}${slug}/privacy.yaml`);
    if (!loaded.register) throw new Error(`examples/${slug}/privacy.yaml does not load`);
    registers.set(slug, loaded.register);
  }
});

const example = (slug: string): Register => {
  const found = registers.get(slug);
  if (!found) throw new Error(`no example ${slug}`);
  return found;
};

const report = (faults: { check: string; at: string }[]) => faults.map((f) => `${f.check}: …${f.at}…`);

describe.each(SLUGS)("the statement of examples/%s", (slug) => {
  it.each(LANGS)("reads cleanly in %s, in the register's form of address", (lang) => {
    const register = example(slug);
    const units = documentUnits(buildStatement(register, lang));
    const faults = writingFaults(units, { lang, form: register.statement.address, names: properNames(register) });
    expect(report(faults)).toEqual([]);
  });

  it.each(["u", "je"] as FormOfAddress[])("says only %j in its own Dutch wording", (form) => {
    const register: Register = { ...example(slug), statement: { ...example(slug).statement, address: form } };
    const units = documentUnits(buildStatement(register, "nl"));
    // The register's own text is printed as written; what is left is the generator's wording.
    const faults = writingFaults(units, { lang: "nl", form, registerText: registerStrings(register) });
    expect(report(faults.filter((f) => f.check.startsWith("other form")))).toEqual([]);
    expect(units.length).toBeGreaterThan(20);
  });
});

describe.each(SLUGS)("the record of processing of examples/%s", (slug) => {
  it.each(LANGS)("has no leftovers, stray punctuation or untranslated names in %s", async (lang) => {
    const register = example(slug);
    const json = JSON.parse((await renderRecord(register, { format: "json", lang })) as string) as unknown;
    const texts = registerStrings(json);
    expect(report(texts.flatMap(unitFaults))).toEqual([]);
    // A name given per language is the record's name in that language, wherever an activity uses it.
    const used = new Set(Object.values(register.activities).flatMap((a) => a.recipients));
    for (const [id, recipient] of Object.entries(register.recipients)) {
      if (used.has(id) && typeof recipient.name !== "string") expect(texts).toContain(localize(recipient.name, lang));
    }
  });
});
