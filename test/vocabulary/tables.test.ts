import { describe, expect, it } from "vitest";
import { ART9_GROUNDS, LEGAL_BASES } from "../../src/register/schema/activities.js";
import { LANGUAGES } from "../../src/kernel/index.js";
import { CONSENT_MECHANISMS, COOKIE_PURPOSES } from "../../src/register/schema/consent.js";
import { SECURITY_MEASURES } from "../../src/register/schema/governance.js";
import { SAFEGUARDS } from "../../src/register/schema/recipients.js";
import { RETENTION_EVENTS } from "../../src/register/schema/retention.js";
import { RIGHTS } from "../../src/register/schema/rights.js";
import { ART9_GROUND_PHRASE, ART9_GROUND_TERM } from "../../src/vocabulary/art9-grounds.js";
import { CONSENT_MECHANISM, COOKIE_PURPOSE_NAME, COOKIE_PURPOSE_TERM } from "../../src/vocabulary/consent.js";
import { BASIS_NAME, BASIS_REASON, BASIS_TERM, basisArticle, basisCitation } from "../../src/vocabulary/legal-bases.js";
import { RECIPIENT_KIND, ROLE } from "../../src/vocabulary/recipients.js";
import {
  HOLD_GROUND,
  RETENTION_ACTION,
  RETENTION_ACTION_DONE,
  RETENTION_ACTION_SENTENCE,
  RETENTION_EVENT_AFTER,
  RETENTION_EVENT_NOUN,
} from "../../src/vocabulary/retention.js";
import { RIGHT_ACTION, RIGHT_EXPLANATION, RIGHT_NAME } from "../../src/vocabulary/rights.js";
import { MEASURE_SENTENCE, MEASURE_TERM } from "../../src/vocabulary/security.js";
import { SAFEGUARD_EXPLANATION, SAFEGUARD_TERM } from "../../src/vocabulary/transfers.js";
import { type Words, word } from "../../src/vocabulary/words.js";

const ACTIONS = ["delete", "anonymize", "restrict"];
const HOLD_GROUNDS = ["legal_obligation", "legal_claims", "public_interest", "archiving"];
const KINDS = ["processor", "sub_processor", "controller", "joint_controller", "public_authority", "category"];

/** Each vocabulary table with the ids the register schema allows for it. */
const TABLES: [string, Record<string, Words>, readonly string[]][] = [
  ["BASIS_NAME", BASIS_NAME, LEGAL_BASES],
  ["BASIS_TERM", BASIS_TERM, LEGAL_BASES],
  ["BASIS_REASON", BASIS_REASON, LEGAL_BASES],
  ["ART9_GROUND_PHRASE", ART9_GROUND_PHRASE, ART9_GROUNDS],
  ["ART9_GROUND_TERM", ART9_GROUND_TERM, ART9_GROUNDS],
  ["CONSENT_MECHANISM", CONSENT_MECHANISM, CONSENT_MECHANISMS],
  ["COOKIE_PURPOSE_NAME", COOKIE_PURPOSE_NAME, COOKIE_PURPOSES],
  ["COOKIE_PURPOSE_TERM", COOKIE_PURPOSE_TERM, COOKIE_PURPOSES],
  ["SAFEGUARD_TERM", SAFEGUARD_TERM, SAFEGUARDS],
  ["SAFEGUARD_EXPLANATION", SAFEGUARD_EXPLANATION, SAFEGUARDS],
  ["MEASURE_TERM", MEASURE_TERM, SECURITY_MEASURES],
  ["MEASURE_SENTENCE", MEASURE_SENTENCE, SECURITY_MEASURES],
  ["RIGHT_NAME", RIGHT_NAME, RIGHTS],
  ["RIGHT_EXPLANATION", RIGHT_EXPLANATION, RIGHTS],
  ["RIGHT_ACTION", RIGHT_ACTION, RIGHTS],
  ["RETENTION_EVENT_NOUN", RETENTION_EVENT_NOUN, RETENTION_EVENTS],
  ["RETENTION_EVENT_AFTER", RETENTION_EVENT_AFTER, RETENTION_EVENTS],
  ["RETENTION_ACTION", RETENTION_ACTION, ACTIONS],
  ["RETENTION_ACTION_DONE", RETENTION_ACTION_DONE, ACTIONS],
  ["RETENTION_ACTION_SENTENCE", RETENTION_ACTION_SENTENCE, ACTIONS],
  ["HOLD_GROUND", HOLD_GROUND, HOLD_GROUNDS],
  ["ROLE", ROLE, ["controller", "processor"]],
  ["RECIPIENT_KIND", RECIPIENT_KIND, KINDS],
];

describe("the vocabularies", () => {
  it.each(TABLES)("%s words every id the schema allows, in both languages, and nothing else", (_name, table, ids) => {
    expect(Object.keys(table).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      for (const lang of LANGUAGES) expect(table[id]?.[lang].trim(), `${id} (${lang})`).not.toBe("");
    }
  });
});

describe("word", () => {
  it("gives the words for a known id in the asked language", () => {
    expect(word(MEASURE_TERM, "encryption_at_rest", "nl")).toBe("versleuteling van opgeslagen gegevens");
    expect(word(MEASURE_TERM, "encryption_at_rest", "en")).toBe("encryption at rest");
  });

  it("gives the id itself for an id the vocabulary lacks", () => {
    expect(word(MEASURE_TERM, "quantum_shield", "nl")).toBe("quantum_shield");
  });
});

describe("the legal bases' articles", () => {
  it.each([
    ["spelt out", "contract", "nl", "artikel 6 lid 1 onder b AVG", basisArticle],
    ["spelt out", "legitimate_interest", "en", "GDPR Article 6(1)(f)", basisArticle],
    ["cited briefly", "consent", "nl", "art. 6 lid 1 sub a AVG", basisCitation],
    ["cited briefly", "public_task", "en", "Art. 6(1)(e) GDPR", basisCitation],
  ] as const)("%s: %s in %s at its own point", (_form, basis, lang, expected, cite) => {
    expect(cite(basis, lang)).toBe(expected);
  });
});
