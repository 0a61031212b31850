import { ADEQUATE, countryName, isInEea, type Path, type Register } from "../../register/index.js";
import type { Rule } from "../rule.js";

/** Countries outside the EEA without an adequacy decision: a transfer there needs a Chapter V tool. */
function unprotected(countries: readonly string[]): string[] {
  return countries.filter((c) => !isInEea(c) && !ADEQUATE.has(c));
}

const names = (codes: string[]) => codes.map((c) => `${countryName(c, "en")} (${c})`).join(", ");

interface Placed {
  /** How the finding names it: `Recipient "hosting"` or `Sub-processor "Mailer Inc." of "hosting"`. */
  who: string;
  location: readonly string[];
  transfer?: { safeguard: string } | undefined;
  path: Path;
}

/** The recipients and the sub-processors they engage: each is a party the data may travel to. */
function parties(register: Register): Placed[] {
  const out: Placed[] = [];
  for (const [id, recipient] of Object.entries(register.recipients)) {
    out.push({
      who: `Recipient "${id}"`,
      location: recipient.location,
      transfer: recipient.transfer,
      path: ["recipients", id],
    });
    for (const [i, sub] of recipient.sub_processors.entries())
      out.push({
        who: `Sub-processor "${sub.name}" of "${id}"`,
        location: sub.location,
        transfer: sub.transfer,
        path: ["recipients", id, "sub_processors", i],
      });
  }
  return out;
}

export const transferWithoutSafeguard: Rule = {
  id: "transfer-without-safeguard",
  severity: "error",
  article: "GDPR Art. 44-46, Art. 28(4), Art. 13(1)(f)",
  summary:
    "A recipient or sub-processor outside the EEA without an adequacy decision has a transfer safeguard that covers its countries.",
  hint: "add transfer: { safeguard: standard_contractual_clauses } (or eu_us_dpf for a certified US company)",
  *run({ register }) {
    for (const { who, location, transfer, path } of parties(register)) {
      const third = unprotected(location);
      if (third.length === 0) continue;
      const safeguard = transfer?.safeguard;
      if (!safeguard || safeguard === "none") {
        const first = location.indexOf(third[0] as string);
        yield {
          path: safeguard ? [...path, "transfer", "safeguard"] : [...path, "location", first],
          message: `${who} receives data in ${names(third)} without a transfer safeguard.`,
        };
      } else if (safeguard === "adequacy") {
        yield {
          path: [...path, "transfer", "safeguard"],
          message: `${who} claims adequacy, but there is no adequacy decision for ${names(third)}.`,
          hint: "the US counts as adequate only for companies certified under the Data Privacy Framework: use eu_us_dpf",
        };
      } else if (safeguard === "eu_us_dpf" && third.some((c) => c !== "US")) {
        yield {
          path: [...path, "transfer", "safeguard"],
          message: `${who} relies on the EU-US Data Privacy Framework, which does not cover ${names(third.filter((c) => c !== "US"))}.`,
        };
      }
    }
  },
};
