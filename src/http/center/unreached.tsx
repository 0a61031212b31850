import type { Lang } from "../../kernel/index.js";
import type { RequestStatusView } from "../../requests/index.js";
import { addressed, type FormOfAddress } from "../../vocabulary/index.js";

/**
 * What the status page says when a request could not be carried out everywhere: a system that still
 * failed after its retries, or records with no way to mark them restricted. Apart from the data a law
 * makes the company keep, which has its own section: the two must never be confused.
 */
const WORDS: Record<Lang, { heading: string; systems: string; unmarked: string; followUp: string }> = {
  nl: {
    heading: "Wat nog niet kon",
    systems: "Deze systemen konden wij niet bereiken:",
    unmarked: "Een deel van onze gegevens kon niet als beperkt worden gemarkeerd.",
    followUp: "{Hebt u|Heb je} hier vragen over? Neem dan contact met ons op.",
  },
  en: {
    heading: "What could not be done yet",
    systems: "We could not reach these systems:",
    unmarked: "Part of our records could not be marked as restricted.",
    followUp: "If you have questions about this, please contact us.",
  },
};

/** The status page's section on what a partial completion could not do; nothing when it did all. */
export function UnreachedSection(props: {
  lang: Lang;
  form: FormOfAddress;
  unreached: RequestStatusView["unreached"];
}) {
  const { lang, form, unreached } = props;
  if (unreached.systems.length === 0 && !unreached.unmarked) return null;
  const words = WORDS[lang];
  return (
    <section aria-labelledby="unreached">
      <h2 id="unreached">{words.heading}</h2>
      {unreached.systems.length > 0 ? (
        <>
          <p>{words.systems}</p>
          <ul>
            {unreached.systems.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {unreached.unmarked ? <p>{words.unmarked}</p> : null}
      <p>{addressed(words.followUp, form)}</p>
    </section>
  );
}
