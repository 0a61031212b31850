import { stringify } from "yaml";

/**
 * A large, valid register for benchmarks: `activities` activities over `categories` register-defined
 * data categories and `recipients` recipients, a third of them outside the EEA. Deterministic.
 */
export function generateRegisterYaml(activities = 200, categories = 60, recipients = 40): string {
  const countries = ["NL", "DE", "BE", "US", "GB", "IN"];
  const taxonomy: Record<string, unknown> = {};
  for (let i = 0; i < categories; i++) {
    taxonomy[`bench.category_${i}`] = { label: { nl: `gegevenssoort ${i}`, en: `data category ${i}` } };
  }
  const recipientMap: Record<string, unknown> = {};
  for (let i = 0; i < recipients; i++) {
    const country = countries[i % countries.length] as string;
    recipientMap[`recipient_${i}`] = {
      name: `Leverancier ${i} B.V.`,
      kind: "processor",
      service: { nl: `dienst ${i}`, en: `service ${i}` },
      agreement: "signed",
      location: [country],
      ...(country === "US" || country === "IN" ? { transfer: { safeguard: "standard_contractual_clauses" } } : {}),
    };
  }
  const retention: Record<string, unknown> = {};
  const activityMap: Record<string, unknown> = {};
  for (let i = 0; i < activities; i++) {
    retention[`rule_${i}`] = { period: `${(i % 7) + 1} years`, after: "contract_end", action: "delete" };
    activityMap[`activity_${i}`] = {
      name: { nl: `Verwerking ${i}`, en: `Processing ${i}` },
      purpose: { nl: `doel nummer ${i} van onze dienstverlening`, en: `purpose number ${i} of our service` },
      legal_basis: "contract",
      subjects: ["customers"],
      data_categories: [0, 1, 2].map((k) => `bench.category_${(i + k * 17) % categories}`),
      retention: `rule_${i}`,
      recipients: [0, 1].map((k) => `recipient_${(i + k * 13) % recipients}`),
      requirement: {
        kind: "contract",
        consequence: { nl: "zonder kunnen wij niet leveren", en: "without it we cannot deliver" },
      },
    };
  }
  return stringify({
    organization: {
      name: "Benchmark B.V.",
      address: { street: "Dorpsstraat 1", postcode: "1234 AB", city: "Utrecht", country: "NL" },
      kvk: "12345678",
      contact: { email: "privacy@benchmark.example" },
      dpo: { email: "fg@benchmark.example" },
    },
    subjects: { customers: { name: { nl: "klanten", en: "customers" }, kind: "customer" } },
    taxonomy: { data_categories: taxonomy },
    activities: activityMap,
    retention,
    recipients: recipientMap,
    security: { measures: ["encryption_in_transit", "access_control"] },
    rights: { channels: [{ kind: "email", address: "privacy@benchmark.example" }] },
    statement: { languages: ["nl", "en"], version: "1", effective_date: "2026-01-01" },
  });
}
