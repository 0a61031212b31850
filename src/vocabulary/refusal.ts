import type { RefusalGround, Right } from "../register/index.js";
import type { Words } from "./words.js";

/** Each refusal ground as the clause after "wanneer" / "when", with the article that allows it. */
export const REFUSAL_GROUND_CLAUSE: Record<RefusalGround, Words> = {
  manifestly_unfounded: {
    nl: "het verzoek kennelijk ongegrond is (artikel 12, lid 5 AVG)",
    en: "the request is manifestly unfounded (GDPR Article 12(5))",
  },
  excessive: {
    nl: "het verzoek buitensporig is, vooral omdat het steeds wordt herhaald (artikel 12, lid 5 AVG)",
    en: "the request is excessive, in particular because it is repeated (GDPR Article 12(5))",
  },
  identity_unconfirmed: {
    nl: "wij niet kunnen vaststellen dat het verzoek van {u|jou} komt (artikel 11, lid 2 en artikel 12, lid 6 AVG)",
    en: "we cannot establish that the request comes from you (GDPR Articles 11(2) and 12(6))",
  },
  rights_of_others: {
    nl: "het geven van de gegevens de rechten en vrijheden van anderen zou schaden (artikel 15, lid 4 en artikel 20, lid 4 AVG)",
    en: "providing the data would harm the rights and freedoms of others (GDPR Articles 15(4) and 20(4))",
  },
  freedom_of_expression: {
    nl: "de gegevens nodig zijn voor de vrijheid van meningsuiting en informatie (artikel 17, lid 3, onder a AVG)",
    en: "the data is needed for freedom of expression and information (GDPR Article 17(3)(a))",
  },
  legal_obligation: {
    nl: "de wet ons verplicht de gegevens te bewaren (artikel 17, lid 3, onder b AVG)",
    en: "the law requires us to keep the data (GDPR Article 17(3)(b))",
  },
  public_health: {
    nl: "de gegevens nodig zijn in het algemeen belang van de volksgezondheid (artikel 17, lid 3, onder c AVG)",
    en: "the data is needed in the public interest in public health (GDPR Article 17(3)(c))",
  },
  archiving_research: {
    nl: "de gegevens nodig zijn voor archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek (artikel 17, lid 3, onder d en artikel 21, lid 6 AVG)",
    en: "the data is needed for archiving in the public interest, scientific or historical research or statistics (GDPR Articles 17(3)(d) and 21(6))",
  },
  legal_claims: {
    nl: "wij de gegevens nodig hebben voor een rechtsvordering (artikel 17, lid 3, onder e en artikel 21, lid 1 AVG)",
    en: "we need the data to establish, exercise or defend a legal claim (GDPR Articles 17(3)(e) and 21(1))",
  },
  compelling_grounds: {
    nl: "wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan {uw|jouw} belangen (artikel 21, lid 1 AVG)",
    en: "we have compelling legitimate grounds that override your interests (GDPR Article 21(1))",
  },
  basis_not_covered: {
    nl: "de verwerking niet op {uw|jouw} toestemming of een overeenkomst berust, of niet geautomatiseerd is (artikel 20, lid 1 AVG)",
    en: "the processing does not rest on your consent or a contract, or is not automated (GDPR Article 20(1))",
  },
  statutory_restriction: {
    nl: "een wet dit recht beperkt (artikel 23 AVG, artikel 41 UAVG)",
    en: "a law restricts this right (GDPR Article 23, UAVG Article 41)",
  },
};

/** Grounds Art. 12 allows for any request, and the rights each other ground belongs to. */
const ANY_REQUEST: readonly RefusalGround[] = [
  "manifestly_unfounded",
  "excessive",
  "identity_unconfirmed",
  "statutory_restriction",
];
const FOR_RIGHTS: Partial<Record<RefusalGround, readonly Right[]>> = {
  rights_of_others: ["access", "portability"],
  freedom_of_expression: ["erasure"],
  legal_obligation: ["erasure"],
  public_health: ["erasure"],
  archiving_research: ["erasure", "objection"],
  legal_claims: ["erasure", "objection"],
  compelling_grounds: ["objection"],
  basis_not_covered: ["portability"],
};

/** Whether the law lets a request for this right be refused on this ground. */
export function refusalGroundApplies(ground: RefusalGround, right: Right): boolean {
  if (right === "complaint") return false;
  return ANY_REQUEST.includes(ground) || (FOR_RIGHTS[ground]?.includes(right) ?? false);
}
