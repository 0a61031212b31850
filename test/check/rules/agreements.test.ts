import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runRules } from "../../../src/check/check.js";
import { agreementReviewOverdue } from "../../../src/check/rules/processors.js";
import { loadRegister } from "../../../src/register/index.js";
import { memoryReader } from "../../helpers/memory.js";
import { applyPatch, baseRegister, type Patch, REGISTER_PATH, ruleCases } from "../helpers.js";

const hosting = (fields: Record<string, unknown>): Patch => ({ recipients: { hosting: fields } });
const signed = (fields: Record<string, unknown> = {}) => ({ status: "signed", signed_on: "2025-03-01", ...fields });
const usMailer = (transfer?: Record<string, unknown>) => [
  { name: "Mailer Inc.", service: "e-mail delivery", location: ["US"], ...(transfer ? { transfer } : {}) },
];

describe("processing agreements as records", () => {
  ruleCases([
    {
      name: "a signed agreement written as shorthand, without its date",
      rule: "agreement-signed-without-date",
      severity: "warning",
      patch: hosting({ agreement: "signed" }),
      at: ["hosting:", "agreement: ^signed"],
      says: "does not say when",
      fixed: hosting({ agreement: signed() }),
    },
    {
      name: "a signed agreement record without signed_on",
      rule: "agreement-signed-without-date",
      severity: "warning",
      patch: hosting({ agreement: { status: "signed", signed_on: undefined, review_due: "2027-01-01" } }),
      at: ["agreement:", "status: ^signed"],
      fixed: hosting({ agreement: signed({ review_due: "2027-01-01" }) }),
    },
    {
      name: "a review date before the day of the check",
      rule: "agreement-review-overdue",
      severity: "warning",
      patch: hosting({ agreement: signed({ review_due: "2026-05-31" }) }),
      at: ["agreement:", "review_due: ^"],
      says: "was due on 2026-05-31",
      fixed: hosting({ agreement: signed({ review_due: "2026-06-01" }) }),
      fixedName: "a review due on the day itself",
    },
    {
      name: "a review period that ran out",
      rule: "agreement-review-overdue",
      severity: "warning",
      patch: hosting({ agreement: signed({ review_every: "12 months" }) }),
      at: ["agreement:", "review_every: ^"],
      says: "2026-03-01",
      fixed: hosting({ agreement: signed({ review_every: "2 years" }) }),
    },
    {
      name: "a US sub-processor without a safeguard",
      rule: "transfer-without-safeguard",
      severity: "error",
      patch: hosting({ sub_processors: usMailer() }),
      at: ["sub_processors:", "location:", "- ^US"],
      says: 'Sub-processor "Mailer Inc." of "hosting"',
      fixed: hosting({ sub_processors: usMailer({ safeguard: "standard_contractual_clauses" }) }),
    },
    {
      name: "a sub-processor claiming adequacy for the US",
      rule: "transfer-without-safeguard",
      severity: "error",
      patch: hosting({ sub_processors: usMailer({ safeguard: "adequacy" }) }),
      at: ["sub_processors:", "safeguard: ^adequacy"],
      fixed: hosting({ sub_processors: usMailer({ safeguard: "eu_us_dpf" }) }),
    },
  ]);

  it("counts the review from the clock it is handed, not the machine's", async () => {
    const doc = applyPatch(baseRegister() as unknown as Record<string, unknown>, {
      recipients: { hosting: { agreement: signed({ review_due: "2030-01-01" }) } },
    });
    const loaded = await loadRegister(REGISTER_PATH, memoryReader({ [REGISTER_PATH]: stringify(doc) }));
    expect(runRules(loaded, [agreementReviewOverdue], { now: new Date("2029-12-31T23:00:00Z") })).toEqual([]);
    const late = runRules(loaded, [agreementReviewOverdue], { now: new Date("2030-01-02T08:00:00Z") });
    expect(late.map((d) => d.rule)).toEqual(["agreement-review-overdue"]);
  });

  it("keeps the shorthand: agreement: pending still loads and is still a pending agreement", async () => {
    const doc = applyPatch(baseRegister() as unknown as Record<string, unknown>, {
      recipients: { hosting: { agreement: "pending" } },
    });
    const loaded = await loadRegister(REGISTER_PATH, memoryReader({ [REGISTER_PATH]: stringify(doc) }));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.register?.recipients.hosting?.agreement).toBe("pending");
  });

  it("refuses an agreement record with an unknown status, at the status", async () => {
    const doc = applyPatch(baseRegister() as unknown as Record<string, unknown>, {
      recipients: { hosting: { agreement: { status: "maybe" } } },
    });
    const loaded = await loadRegister(REGISTER_PATH, memoryReader({ [REGISTER_PATH]: stringify(doc) }));
    expect(loaded.diagnostics.length).toBeGreaterThan(0);
    expect(loaded.diagnostics[0]?.severity).toBe("error");
  });
});
