import { ADEQUATE, countryName, isInEea } from "../../register/index.js";
import type { Rule } from "../rule.js";

/** Countries outside the EEA without an adequacy decision: a transfer there needs a Chapter V tool. */
function unprotected(countries: readonly string[]): string[] {
  return countries.filter((c) => !isInEea(c) && !ADEQUATE.has(c));
}

const names = (codes: string[]) => codes.map((c) => `${countryName(c, "en")} (${c})`).join(", ");

export const transferWithoutSafeguard: Rule = {
  id: "transfer-without-safeguard",
  severity: "error",
  article: "GDPR Art. 44-46, Art. 13(1)(f)",
  summary:
    "A recipient outside the EEA without an adequacy decision has a transfer safeguard that covers its countries.",
  hint: "add transfer: { safeguard: standard_contractual_clauses } (or eu_us_dpf for a certified US company)",
  *run({ register }) {
    for (const [id, recipient] of Object.entries(register.recipients)) {
      const third = unprotected(recipient.location);
      if (third.length === 0) continue;
      const safeguard = recipient.transfer?.safeguard;
      if (!safeguard || safeguard === "none") {
        const first = recipient.location.indexOf(third[0] as string);
        yield {
          path: safeguard ? ["recipients", id, "transfer", "safeguard"] : ["recipients", id, "location", first],
          message: `Recipient "${id}" receives data in ${names(third)} without a transfer safeguard.`,
        };
      } else if (safeguard === "adequacy") {
        yield {
          path: ["recipients", id, "transfer", "safeguard"],
          message: `Recipient "${id}" claims adequacy, but there is no adequacy decision for ${names(third)}.`,
          hint: "the US counts as adequate only for companies certified under the Data Privacy Framework: use eu_us_dpf",
        };
      } else if (safeguard === "eu_us_dpf" && third.some((c) => c !== "US")) {
        yield {
          path: ["recipients", id, "transfer", "safeguard"],
          message: `Recipient "${id}" relies on the EU-US Data Privacy Framework, which does not cover ${names(third.filter((c) => c !== "US"))}.`,
        };
      }
    }
  },
};
