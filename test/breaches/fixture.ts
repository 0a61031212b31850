import type { Breach, BreachDeps, BreachFacts } from "../../src/breaches/index.js";
import type { Store } from "../../src/store/index.js";
import { demoRegister } from "../http/admin/service.js";

export const AWARE_AT = "2026-03-02T09:00:00.000Z";

/** Every fact of the form recorded, for a breach that ended and crossed no border. */
export const FULL_FACTS: Required<
  Omit<
    BreachFacts,
    "previousReport" | "delayReason" | "authorityReference" | "authorityNotToldReason" | "peopleException" | "countries"
  >
> = {
  basis: "new",
  summary: "A mailing went to all customers with every address visible in the To field.",
  occurredFrom: "2026-03-02T07:45:00.000Z",
  occurredUntil: "2026-03-02T07:46:00.000Z",
  ongoing: false,
  discoveredHow: "customers replied to the mailing",
  nature: ["confidentiality"],
  dataKinds: ["e-mail addresses", "names"],
  specialCategories: [],
  records: { count: 1200, estimate: false },
  peopleGroups: ["customers"],
  people: { count: 1150, estimate: true },
  encrypted: "no",
  priorMeasures: "mailings go through a tool that sends one message per address",
  consequences: "phishing aimed at the people concerned",
  riskReasons: "addresses only, no passwords or payment data",
  peopleNotToldReason: "the risk is not high (Art. 34(1))",
  remedialMeasures: "recall asked; the tool's BCC setting is now locked",
  crossBorder: false,
};

/** A breach as the register would hold it, for the pure functions. */
export function breachOf(overrides: Partial<Breach> = {}): Breach {
  return {
    id: "b-1",
    reference: "2026-001",
    title: "Mailing with open recipient list",
    awareAt: AWARE_AT,
    risk: "risk",
    authorityNotifiedAt: null,
    peopleNotifiedAt: null,
    facts: { ...FULL_FACTS },
    recordedBy: "user:officer",
    recordedAt: AWARE_AT,
    updatedAt: AWARE_AT,
    ...overrides,
  };
}

export async function breachDeps(store: Store): Promise<{ deps: BreachDeps; clock: { now: Date } }> {
  const clock = { now: new Date("2026-03-02T12:00:00.000Z") };
  return { deps: { store, register: await demoRegister(), now: () => clock.now }, clock };
}
