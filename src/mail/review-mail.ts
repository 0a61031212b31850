import { type Lang, textIn } from "../kernel/index.js";
import { compose, type ComposedMail } from "./compose.js";
import { complaintRoute, greeting, type MailSender, personForm, signOff, statusLink } from "./templates.js";

/** How a human review of an automated decision ended (Art. 22(3)). */
export type ReviewOutcomeWord = "upheld" | "changed" | "withdrawn";

const OUTCOME: Record<ReviewOutcomeWord, [nl: string, en: string]> = {
  upheld: ["Het besluit blijft staan.", "The decision stands."],
  changed: ["Wij hebben het besluit veranderd.", "We have changed the decision."],
  withdrawn: ["Wij hebben het besluit ingetrokken.", "We have withdrawn the decision."],
};

/**
 * The outcome of a human review: that a person looked at the decision and weighed the requester's
 * point of view, what came of it and why, and (when the decision stands) where to go next.
 */
export function reviewOutcomeMail(p: {
  lang: Lang;
  sender: MailSender;
  statusUrl: string;
  /** The decision's name in the mail's language, as the register gives it. */
  decision: string;
  outcome: ReviewOutcomeWord;
  reasons: string;
}): ComposedMail {
  const { lang } = p;
  const [nl, en] = OUTCOME[p.outcome];
  return compose(
    lang,
    textIn(lang, { nl: "Afgerond: menselijke beoordeling", en: "Completed: human review" }),
    [
      greeting(lang),
      textIn(lang, {
        nl: `Een medewerker heeft het automatische besluit "${p.decision}" opnieuw bekeken, zoals {u|je} vroeg, en daarbij {uw|je} standpunt meegewogen (artikel 22, lid 3 AVG).`,
        en: `A member of staff has looked at the automated decision "${p.decision}" again, as you asked, and weighed your point of view (Article 22(3) GDPR).`,
      }),
      textIn(lang, { nl, en }),
      textIn(lang, { nl: "De reden:", en: "The reason:" }),
      { quote: p.reasons },
      ...(p.outcome === "upheld" ? [complaintRoute(lang, true, p.sender)] : []),
      statusLink(lang, p.statusUrl),
      signOff(p),
    ],
    personForm(p.sender),
  );
}
