import type { Path, Register } from "../../register/index.js";
import { digitalConsentAge, implementingActName, seatCountry } from "../../member-states/index.js";
import type { Rule } from "../rule.js";

/** The first place the register shows it deals with children, and how it shows it. */
function childrenEvidence(register: Register): { path: Path; why: string } | undefined {
  if (register.minors?.targets_children)
    return { path: ["minors", "targets_children"], why: "the service targets children" };
  for (const [id, activity] of Object.entries(register.activities)) {
    // Asking a parent's consent is the controller's duty (Art. 8(2)), not its processor's.
    if (activity.role === "processor") continue;
    for (const [i, subject] of activity.subjects.entries()) {
      if (register.subjects[subject]?.kind === "child") {
        return { path: ["activities", id, "subjects", i], why: `activity "${id}" concerns children ("${subject}")` };
      }
    }
  }
  const age = register.minors?.minimum_age;
  if (
    age !== undefined &&
    age < digitalConsentAge(register.organization) &&
    Object.keys(register.consent?.purposes ?? {}).length > 0
  ) {
    return { path: ["minors", "minimum_age"], why: `consent is asked from age ${age}` };
  }
  return undefined;
}

export const childrenWithoutParentalConsent: Rule = {
  id: "children-without-parental-consent",
  severity: "error",
  article: "GDPR Art. 8, UAVG art. 5 and the other states' choices",
  summary:
    "Consent of a child below the member state's age of digital consent (13-16) for an online service is given or authorised by a parent.",
  hint: "set minors.parental_consent: true and describe how a parent's consent is obtained",
  *run({ register }) {
    if (register.minors?.parental_consent === true) return;
    const evidence = childrenEvidence(register);
    if (!evidence) return;
    yield {
      path: evidence.path,
      message: `Children under ${digitalConsentAge(register.organization)} need a parent's consent (GDPR Art. 8${actOf(register)}), and ${evidence.why}, but the register does not record parental consent.`,
    };
  },
};

/** ", UAVG": the national act that sets the age, when the product knows it. */
function actOf(register: Register): string {
  const act = implementingActName(seatCountry(register.organization));
  return act ? `, ${act}` : "";
}
