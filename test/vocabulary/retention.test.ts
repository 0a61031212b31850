import { describe, expect, it } from "vitest";
import type { RetentionRule } from "../../src/register/schema/retention.js";
import { retentionEventAfter, retentionEventNoun, retentionPhrase } from "../../src/vocabulary/retention.js";

const rule = (fields: Partial<RetentionRule>): RetentionRule => ({ action: "delete", holds: [], ...fields });

describe("retentionPhrase", () => {
  it("says the period and the moment it counts from", () => {
    const contract = rule({ period: "12 months", after: "contract_end" });
    expect(retentionPhrase(contract, "nl", "u")).toBe("12 maanden na het einde van de overeenkomst");
    expect(retentionPhrase(contract, "en", "u")).toBe("12 months after the contract ends");
  });

  it("says the period alone when the rule names no starting point", () => {
    expect(retentionPhrase(rule({ period: "2 years" }), "nl", "u")).toBe("2 jaar");
  });

  it("gives the criteria on one line when the rule gives no period", () => {
    const criteria = rule({ criteria: { nl: "zolang nodig\n  voor de statistieken", en: "as long as needed" } });
    expect(retentionPhrase(criteria, "nl", "u")).toBe("zolang nodig voor de statistieken");
    expect(retentionPhrase(criteria, "en", "u")).toBe("as long as needed");
  });

  it("keeps the criteria after the period when the rule gives both", () => {
    const both = rule({
      period: "7 years",
      after: "financial_year_end",
      criteria: { nl: "langer zolang een geschil loopt", en: "longer while a dispute is open" },
    });
    expect(retentionPhrase(both, "nl", "u")).toBe(
      "7 jaar na het einde van het boekjaar; langer zolang een geschil loopt",
    );
    expect(retentionPhrase(both, "en", "u")).toBe(
      "7 years after the end of the financial year; longer while a dispute is open",
    );
  });

  it("gives nothing when there is no rule, or neither a period nor criteria", () => {
    expect(retentionPhrase(undefined, "nl", "u")).toBeUndefined();
    expect(retentionPhrase(rule({}), "en", "u")).toBeUndefined();
  });
});

describe("retention events", () => {
  it("names a shipped event as a noun and as the words after a period", () => {
    expect(retentionEventNoun("financial_year_end", "nl")).toBe("einde van het boekjaar");
    expect(retentionEventAfter("financial_year_end", "en")).toBe("after the end of the financial year");
  });

  it("reads a register's own event without its prefix", () => {
    expect(retentionEventNoun("custom:trial_ended", "en")).toBe("trial ended");
    expect(retentionEventAfter("custom:trial_ended", "nl")).toBe("na trial ended");
  });

  it("words a register's own event as the rule describes it, in each language", () => {
    const trial = rule({
      period: "30 days",
      after: "custom:trial_ended",
      custom_event: { nl: "afloop van de proefperiode", en: "the trial ends" },
    });
    expect(retentionPhrase(trial, "nl", "u")).toBe("30 dagen na afloop van de proefperiode");
    expect(retentionPhrase(trial, "en", "u")).toBe("30 days after the trial ends");
  });

  it("says whose relationship ends for relationship_end", () => {
    const end = rule({ period: "2 years", after: "relationship_end" });
    expect(retentionPhrase(end, "nl", "u")).toBe("2 jaar nadat u geen klant of relatie van ons meer bent");
    expect(retentionPhrase(end, "en", "u")).toBe("2 years after you stop being our customer or contact");
  });
});
