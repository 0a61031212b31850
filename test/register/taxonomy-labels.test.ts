import { describe, expect, it } from "vitest";
import { DATA_CATEGORIES, PURPOSES, SUBJECT_KINDS } from "../../src/register/taxonomy.js";

/**
 * Shipped labels end up in every statement that uses the id, so they name what is kept and nothing
 * more: no judgement of the person's behaviour, no promise about how the data is kept.
 */
const LABELS: [string, { nl: string; en: string }][] = [
  ...Object.entries(DATA_CATEGORIES).map(([id, c]): [string, { nl: string; en: string }] => [id, c.label]),
  ...Object.entries(PURPOSES),
  ...Object.entries(SUBJECT_KINDS),
];

/** Words that judge or over-describe; the law's own term for Art. 9 data ("seksueel gedrag") is allowed. */
const JUDGING =
  /klik|click|gedrag|behaviou?r|surf|track|volg|hash|versleutel|encrypt|veilig opgeslagen|securely|prospect/i;
const LEGAL_TERMS = new Set(["special.sex_life"]);

describe("the shipped taxonomy's labels", () => {
  it("are neutral in both languages", () => {
    const judging = LABELS.filter(([id, l]) => !LEGAL_TERMS.has(id) && (JUDGING.test(l.nl) || JUDGING.test(l.en)));
    expect(judging).toEqual([]);
  });

  it("name website usage without clicks and a password without a storage promise", () => {
    expect(DATA_CATEGORIES["online.usage"]?.label).toEqual({
      nl: "gebruiksgegevens (inlogmomenten en gebruikte functies)",
      en: "usage data (log-ins and features used)",
    });
    expect(DATA_CATEGORIES["account.credentials"]).toEqual({
      label: { nl: "wachtwoord", en: "password" },
      secret: true,
    });
  });

  it("give every id wording in both languages", () => {
    for (const [id, l] of LABELS) {
      expect(l.nl.trim(), id).not.toBe("");
      expect(l.en.trim(), id).not.toBe("");
    }
  });
});
