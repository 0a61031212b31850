import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { formatRuleList } from "../../src/check/rules/list.js";

/** Rule ids other parts of the product and their tests refer to; renaming one breaks them. */
const PINNED = [
  "legal-basis-missing",
  "legitimate-interest-unbalanced",
  "legitimate-interest-undescribed",
  "consent-purpose-missing",
  "consent-implied",
  "withdrawal-missing",
  "marketing-email-without-unsubscribe",
  "retention-missing",
  "retention-vague",
  "hold-without-law",
  "tax-retention-too-short",
  "transfer-without-safeguard",
  "representative-missing",
  "bsn-without-ground",
  "special-category-without-ground",
  "criminal-data-without-ground",
  "id-copy-by-default",
  "id-copy-unmasked",
  "response-time-too-long",
  "rights-incomplete",
  "complaint-right-missing",
  "channel-missing",
  "cookie-without-consent",
  "analytics-exemption-incomplete",
  "cookie-legitimate-interest",
  "banner-prechecked",
  "banner-reject-not-equal",
  "cookie-wall",
  "tcf-consent",
  "gpc-not-honoured",
  "processor-without-agreement",
  "processor-activity-without-controller",
  "controller-contact-missing",
  "dpo-contact-missing",
  "identifier-invalid",
  "automated-decision-incomplete",
  "children-without-parental-consent",
  "reference-unknown",
  "activity-incomplete",
  "security-missing",
  "translation-missing",
  "source-missing",
  "change-notification-missing",
  "requirement-missing",
];

describe("the rule registry", () => {
  it("has at least 40 rules with unique ids", () => {
    const ids = RULES.map((r) => r.id);
    expect(RULES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every rule a kebab-case id, a severity, an article and a one-line summary", () => {
    for (const rule of RULES) {
      expect(rule.id, rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      expect(rule.article, rule.id).toMatch(/(GDPR|UAVG|Tw|AWR|EDPB|CJEU|AP|WP29)/);
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      expect(rule.summary, rule.id).not.toContain("\n");
      expect(rule.summary, rule.id).toMatch(/\.$/);
    }
  });

  it("keeps every pinned rule id", () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(PINNED.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("lists the rules one per line with aligned columns", () => {
    const lines = formatRuleList(RULES).trimEnd().split("\n");
    expect(lines).toHaveLength(RULES.length);
    const severityColumn = (line: string) => line.search(/ (error|warning|info) /);
    expect(new Set(lines.map(severityColumn)).size).toBe(1);
    const first = RULES[0];
    expect(lines[0]).toContain(`${first?.summary} [${first?.article}]`);
  });
});
