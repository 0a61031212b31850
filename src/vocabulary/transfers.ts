import type { SAFEGUARDS } from "../register/index.js";
import type { Words } from "./words.js";

type Safeguard = (typeof SAFEGUARDS)[number];

/** Each Chapter V transfer tool as the record and the change notice name it, with its article. */
export const SAFEGUARD_TERM: Record<Safeguard, Words> = {
  adequacy: { nl: "adequaatheidsbesluit (art. 45 AVG)", en: "adequacy decision (Art. 45 GDPR)" },
  eu_us_dpf: { nl: "EU-US Data Privacy Framework (art. 45 AVG)", en: "EU-US Data Privacy Framework (Art. 45 GDPR)" },
  standard_contractual_clauses: {
    nl: "standaardcontractbepalingen (art. 46 AVG)",
    en: "standard contractual clauses (Art. 46 GDPR)",
  },
  binding_corporate_rules: {
    nl: "bindende bedrijfsvoorschriften (art. 47 AVG)",
    en: "binding corporate rules (Art. 47 GDPR)",
  },
  derogation_consent: {
    nl: "uitdrukkelijke toestemming (art. 49 lid 1 sub a AVG)",
    en: "explicit consent (Art. 49(1)(a) GDPR)",
  },
  derogation_contract: {
    nl: "noodzakelijk voor een overeenkomst (art. 49 lid 1 sub b AVG)",
    en: "necessary for a contract (Art. 49(1)(b) GDPR)",
  },
  none: { nl: "geen waarborg", en: "no safeguard" },
};

/** Said when a register names no safeguard for a country without an adequacy decision. */
export const NO_SAFEGUARD_RECORDED: Words = { nl: "geen waarborg vastgelegd", en: "no safeguard recorded" };

/** Each transfer tool explained to the people concerned; "none" is said plainly, as the register says it. */
export const SAFEGUARD_EXPLANATION: Record<Safeguard, Words> = {
  adequacy: {
    nl: "De Europese Commissie heeft besloten dat dit land een passend beschermingsniveau biedt (adequaatheidsbesluit).",
    en: "The European Commission has decided that this country offers an adequate level of protection (adequacy decision).",
  },
  eu_us_dpf: {
    nl: "De ontvanger is aangesloten bij het EU-US Data Privacy Framework, waarvoor de Europese Commissie een adequaatheidsbesluit heeft genomen.",
    en: "The recipient is certified under the EU-US Data Privacy Framework, for which the European Commission has adopted an adequacy decision.",
  },
  standard_contractual_clauses: {
    nl: "Wij hebben met de ontvanger de standaardcontractbepalingen van de Europese Commissie afgesproken.",
    en: "We have agreed the European Commission's standard contractual clauses with the recipient.",
  },
  binding_corporate_rules: {
    nl: "De ontvanger volgt bindende bedrijfsvoorschriften die een Europese toezichthouder heeft goedgekeurd.",
    en: "The recipient follows binding corporate rules approved by a European supervisory authority.",
  },
  derogation_consent: {
    nl: "Wij doen dit alleen met {uw|je} uitdrukkelijke toestemming, nadat wij {u|je} op de risico's hebben gewezen.",
    en: "We do this only with your explicit consent, after telling you about the risks.",
  },
  derogation_contract: {
    nl: "De doorgifte is nodig om de overeenkomst met {u|jou} uit te voeren.",
    en: "The transfer is needed to perform our contract with you.",
  },
  none: {
    nl: "Voor deze doorgifte hebben wij geen waarborg vastgelegd.",
    en: "We have not recorded a safeguard for this transfer.",
  },
};
