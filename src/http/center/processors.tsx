import type { ServiceContext } from "../../context/index.js";
import { type Lang, LANGUAGES } from "../../kernel/index.js";
import {
  ADEQUATE,
  countryName,
  isProcessor,
  localize,
  type Recipient,
  type SubProcessor,
  thirdCountries,
} from "../../register/index.js";
import { joinList, SAFEGUARD_TERM } from "../../vocabulary/index.js";
import { otherLang } from "../pages/i18n.js";
import { centerPage, langPath, sendPage } from "./frame.js";
import { PROCESSOR_CENTER_WORDS } from "./processor-words.js";
import type { TypedApp } from "../pages/form-post.js";

export const PROCESSORS_PAGE = "processors";

const EMPTY = "—";

function places(location: readonly string[], lang: Lang): string {
  return location.length > 0
    ? joinList(
        location.map((c) => countryName(c, lang)),
        lang,
      )
    : EMPTY;
}

/**
 * The safeguard as recorded, or adequacy when every country outside the EEA has a decision; an
 * empty cell when the party stays inside the EEA or the register names none (check reports that).
 */
function safeguard(party: Pick<Recipient, "location" | "transfer">, lang: Lang): string {
  const third = thirdCountries(party.location);
  if (third.length === 0) return EMPTY;
  const chosen = party.transfer?.safeguard ?? (third.every((c) => ADEQUATE.has(c)) ? "adequacy" : undefined);
  return chosen ? SAFEGUARD_TERM[chosen][lang] : EMPTY;
}

function subProcessorText(sub: SubProcessor, lang: Lang): string {
  const about = [localize(sub.service, lang), sub.location.length > 0 ? places(sub.location, lang) : ""];
  const third = thirdCountries(sub.location);
  if (third.length > 0) about.push(safeguard(sub, lang));
  const known = about.filter((a) => a && a !== EMPTY);
  return known.length > 0 ? `${sub.name} (${known.join("; ")})` : sub.name;
}

function RecipientTable({ lang, caption, recipients }: { lang: Lang; caption: string; recipients: Recipient[] }) {
  const words = PROCESSOR_CENTER_WORDS[lang];
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{words.colName}</th>
          <th scope="col">{words.colService}</th>
          <th scope="col">{words.colWhere}</th>
          <th scope="col">{words.colSafeguard}</th>
          <th scope="col">{words.colSubProcessors}</th>
        </tr>
      </thead>
      <tbody>
        {recipients.map((r) => (
          <tr key={localize(r.name, lang)}>
            <th scope="row">{localize(r.name, lang)}</th>
            <td>{localize(r.service, lang) || EMPTY}</td>
            <td>{places(r.location, lang)}</td>
            <td>{safeguard(r, lang)}</td>
            <td>
              {r.sub_processors.length > 0 ? (
                <ul>
                  {r.sub_processors.map((sub) => (
                    <li key={sub.name}>{subProcessorText(sub, lang)}</li>
                  ))}
                </ul>
              ) : (
                EMPTY
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The public list of processors and other recipients: only what the register records of each. */
export function ProcessorsPage({ ctx, lang }: { ctx: ServiceContext; lang: Lang }) {
  const words = PROCESSOR_CENTER_WORDS[lang];
  const all = Object.values(ctx.register.recipients);
  const processors = all.filter((r) => isProcessor(r));
  const others = all.filter((r) => !isProcessor(r));
  return (
    <>
      <h1>{words.title}</h1>
      {all.length === 0 ? <p>{words.none}</p> : <p>{words.intro}</p>}
      {processors.length > 0 ? (
        <section aria-labelledby="processors">
          <h2 id="processors">{words.processors}</h2>
          <p>{words.processorsIntro}</p>
          <RecipientTable lang={lang} caption={words.processors} recipients={processors} />
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="others">
          <h2 id="others">{words.others}</h2>
          <p>{words.othersIntro}</p>
          <RecipientTable lang={lang} caption={words.others} recipients={others} />
        </section>
      ) : null}
    </>
  );
}

export function processorRoutes(app: TypedApp, ctx: ServiceContext): void {
  for (const lang of LANGUAGES) {
    app.get(langPath(lang, PROCESSORS_PAGE), async (_request, reply) =>
      sendPage(
        reply,
        centerPage(ctx, {
          lang,
          title: PROCESSOR_CENTER_WORDS[lang].title,
          section: "processors",
          switchHref: langPath(otherLang(lang), PROCESSORS_PAGE),
          children: <ProcessorsPage ctx={ctx} lang={lang} />,
        }),
      ),
    );
  }
}
