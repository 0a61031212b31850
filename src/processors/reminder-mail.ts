import { type Lang, textIn } from "../kernel/index.js";
import { type ComposedMail, compose } from "../mail/index.js";
import type { ReviewReminderKind } from "../store/index.js";
import { formatDate } from "../vocabulary/index.js";

/**
 * The reminder to the privacy officer that a processing agreement is to be reviewed (Art. 28(1):
 * only processors that give sufficient guarantees, which is something to look at again, not once).
 * It names the processor and the dates, nothing about any person.
 */
export function reviewReminderMail(p: {
  lang: Lang;
  organization: string;
  processor: string;
  dueOn: string;
  kind: ReviewReminderKind;
  consoleUrl: string;
}): ComposedMail {
  const { lang } = p;
  const due = formatDate(p.dueOn, lang);
  const subject =
    p.kind === "overdue"
      ? textIn(lang, {
          nl: `Herziening verwerkersovereenkomst verlopen: ${p.processor}`,
          en: `Processing agreement review overdue: ${p.processor}`,
        })
      : textIn(lang, {
          nl: `Herziening verwerkersovereenkomst op ${due}: ${p.processor}`,
          en: `Processing agreement review due on ${due}: ${p.processor}`,
        });
  const body =
    p.kind === "overdue"
      ? textIn(lang, {
          nl: `De herziening van de verwerkersovereenkomst met ${p.processor} had op ${due} moeten plaatsvinden.`,
          en: `The review of the processing agreement with ${p.processor} was due on ${due}.`,
        })
      : textIn(lang, {
          nl: `De verwerkersovereenkomst met ${p.processor} moet uiterlijk ${due} worden herzien.`,
          en: `The processing agreement with ${p.processor} is due for review by ${due}.`,
        });
  return compose(lang, subject, [
    body,
    textIn(lang, {
      nl: "Kijk of de overeenkomst, de subverwerkers en de beveiligingsmaatregelen nog kloppen. Leg daarna de nieuwe datum vast in privacy.yaml (review_due, of signed_on met review_every).",
      en: "Check that the agreement, the sub-processors and the security measures still hold. Then record the new date in privacy.yaml (review_due, or signed_on with review_every).",
    }),
    { link: p.consoleUrl, label: textIn(lang, { nl: "Verwerkers in de console", en: "Processors in the console" }) },
    p.organization,
  ]);
}
