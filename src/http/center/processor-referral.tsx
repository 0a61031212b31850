import type { ServiceContext } from "../../context/index.js";
import { localize } from "../../register/index.js";
import type { Lang } from "../../kernel/index.js";
import { addressed } from "../../vocabulary/index.js";

const WORDS = {
  nl: {
    title: "Gegevens die wij voor onze klanten verwerken",
    intro: (organization: string) =>
      `Bij deze verwerkingen beslist niet ${organization}, maar onze klant over {uw|je} gegevens. Een verzoek daarover {richt u|richt je} aan die klant: die is verantwoordelijk, en wij helpen bij het antwoord.`,
    responsible: "Verantwoordelijk:",
  },
  en: {
    title: "Data we process for our customers",
    intro: (organization: string) =>
      `For these activities it is not ${organization} but our customer who decides about your data. Send a request about them to that customer: they are responsible, and we help them answer it.`,
    responsible: "Responsible:",
  },
} as const;

/** The register's activities the company carries out as processor, with the controller it names. */
export function processorActivities(ctx: ServiceContext, lang: Lang): { name: string; controller: string }[] {
  return Object.values(ctx.register.activities)
    .filter((a) => a.role === "processor" && a.controller !== undefined)
    .map((a) => ({ name: localize(a.name, lang), controller: localize(a.controller!, lang) }));
}

/**
 * Refers a person to the right controller (Art. 28, 29): for data the company processes on a
 * customer's behalf, the customer decides and answers the person's request. Only activities whose
 * controller the register names are listed; without any there is nothing to say, so nothing shows.
 */
export function ProcessorReferral({ ctx, lang }: { ctx: ServiceContext; lang: Lang }) {
  const activities = processorActivities(ctx, lang);
  if (activities.length === 0) return null;
  const words = WORDS[lang];
  return (
    <section aria-labelledby="processor-referral">
      <h2 id="processor-referral">{words.title}</h2>
      <p>{addressed(words.intro(localize(ctx.register.organization.name, lang)), ctx.register.statement.address)}</p>
      <ul>
        {activities.map((a) => (
          <li key={a.name}>
            {a.name}. {words.responsible} {a.controller}
          </li>
        ))}
      </ul>
    </section>
  );
}
