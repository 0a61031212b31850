import { countryName, localize, type Register, thirdCountries } from "../../register/index.js";
import type { Lang } from "../../kernel/index.js";
import {
  basisSentence,
  type BuildContext,
  createContext,
  keptHashedAfterErasure,
  retentionSummary,
  yourRights,
} from "../../statement/index.js";
import {
  type Block,
  bullets,
  documentLabels,
  type DocumentModel,
  type Inline,
  paragraph,
  section,
  type Section,
  strong,
  table,
} from "../../documents/index.js";
import { capitalize } from "../../vocabulary/index.js";
import type { AccessResult, AccessSection } from "../access.js";
import { NO_DATA } from "./no-data.js";

/**
 * The readable access package (Art. 15): first what we do with each kind of data we found (purposes,
 * basis, recipients, transfers, retention, source, automated decisions), then the rights and the
 * complaint route, then the data itself, table by table. Built on the same document model as the statement
 * so it reads like the statement and renders through the same accessible HTML and PDF.
 */
export function accessDocument(register: Register, result: AccessResult, lang: Lang): DocumentModel {
  const ctx = createContext(register, lang);
  const org = localize(register.organization.name, lang);
  const intro: Block[] =
    result.sections.length === 0
      ? [paragraph(NO_DATA[lang])]
      : [
          paragraph(
            ctx.t({
              nl: `{U|Je} hebt gevraagd welke persoonsgegevens ${org} van {u|jou} verwerkt. Hieronder staat wat wij hebben gevonden, wat wij ermee doen en welke rechten {u|je} hebt. De gegevens zelf staan ook in data.json en in CSV-bestanden, zodat {u|je} ze kunt meenemen naar een andere dienst (artikel 20 AVG).`,
              en: `You asked which personal data ${org} processes about you. Below is what we found, what we do with it and which rights you have. The data is also in data.json and in CSV files, so you can take it to another service (GDPR Article 20).`,
            }),
          ),
        ];
  const sections: Section[] = [
    overview(result, ctx),
    section(
      "what-we-do",
      ctx.t({ nl: "Wat wij met deze gegevens doen", en: "What we do with this data" }),
      [],
      result.categories.map((c) => categorySection(c, ctx)),
    ),
    ...keptNotGiven(result, ctx),
    yourRights(ctx),
    section(
      "your-data",
      ctx.t({ nl: "{Uw|Je} gegevens", en: "Your data" }),
      [],
      result.sections.map((s) => dataSection(s, ctx)),
    ),
  ];
  return {
    lang,
    title: ctx.t({ nl: `{Uw|Je} gegevens bij ${org}`, en: `Your data at ${org}` }),
    subtitle: ctx.t({ nl: "Inzage volgens artikel 15 AVG", en: "Access under GDPR Article 15" }),
    intro,
    sections,
    labels: documentLabels(lang),
    ...(register.statement.effective_date ? { effectiveDate: register.statement.effective_date } : {}),
    author: org,
  };
}

function overview(result: AccessResult, ctx: BuildContext): Section {
  const rows = result.sections.map((s): Inline[] => [
    [s.label ? ctx.text(s.label) : s.collection],
    [String(s.rows.length)],
    [ctx.categories(Object.values(s.categories).filter(unique)) || "—"],
  ]);
  const blocks: Block[] = rows.length
    ? [
        table(
          ctx.t({ nl: "Gevonden gegevens per bron", en: "Data found per source" }),
          [
            ctx.t({ nl: "Bron", en: "Source" }),
            ctx.t({ nl: "Rijen", en: "Rows" }),
            ctx.t({ nl: "Soorten gegevens", en: "Kinds of data" }),
          ],
          rows,
        ),
      ]
    : [paragraph(NO_DATA[ctx.lang])];
  return section("overview", ctx.t({ nl: "Wat wij hebben gevonden", en: "What we found" }), blocks);
}

function unique<T>(value: T, index: number, all: T[]): boolean {
  return all.indexOf(value) === index;
}

/** Art. 15(1)(a)-(h) for one data category, from every activity that uses it. */
function categorySection(category: string, ctx: BuildContext): Section {
  const { register } = ctx;
  const activities = Object.entries(register.activities).filter(([, a]) => a.data_categories.includes(category));
  const blocks: Block[] = [];
  if (activities.length === 0) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: "Deze gegevens staan niet bij een verwerking in ons register.",
          en: "Our register does not list this data under any processing activity.",
        }),
      ),
    );
  }
  for (const [, a] of activities) {
    const items: Inline[] = [
      [strong(ctx.t({ nl: "Waarvoor", en: "Purpose" })), ": ", ctx.text(a.purpose)],
      [
        strong(ctx.t({ nl: "Grondslag", en: "Legal basis" })),
        ": ",
        // The person's own copy says plainly what the register leaves open, as the retention line does.
        basisSentence(a, ctx) || ctx.t({ nl: "nog niet vastgelegd.", en: "not yet recorded." }),
      ],
      [
        strong(ctx.t({ nl: "Hoe lang", en: "How long" })),
        ": ",
        retentionSummary(a.retention ? register.retention[a.retention] : undefined, ctx),
      ],
    ];
    const recipients = a.recipients.map((id) => register.recipients[id]).filter((r) => r !== undefined);
    if (recipients.length)
      items.push([
        strong(ctx.t({ nl: "Ontvangers", en: "Recipients" })),
        ": ",
        ctx.list(recipients.map((r) => ctx.text(r.name))),
      ]);
    const abroad = [...new Set(recipients.flatMap((r) => thirdCountries(r.location)))];
    if (abroad.length) {
      items.push([
        strong(ctx.t({ nl: "Buiten de EER", en: "Outside the EEA" })),
        ": ",
        ctx.list(abroad.map((c) => countryName(c, ctx.lang))),
      ]);
    }
    if (a.source && !a.source.from_subject)
      items.push([strong(ctx.t({ nl: "Bron", en: "Source" })), ": ", ctx.text(a.source.description)]);
    for (const id of a.automated_decisions) {
      const d = register.automated_decisions[id];
      if (d)
        items.push([
          strong(ctx.t({ nl: "Geautomatiseerd besluit", en: "Automated decision" })),
          ": ",
          `${ctx.text(d.name)}. ${ctx.text(d.logic)}`,
        ]);
    }
    blocks.push(paragraph(strong(ctx.text(a.name))), bullets(items));
  }
  return section(`category-${category}`, capitalize(ctx.category(category)), blocks);
}

/**
 * What we hold but do not hand out, and what erasure would keep: credentials and secrets are named
 * (the person learns they exist and are kept) but never exported, because a package can be forwarded
 * or intercepted and a password hash or token would open the account; and fields kept as a keyed hash.
 */
function keptNotGiven(result: AccessResult, ctx: BuildContext): Section[] {
  const secrets: Inline[] = result.sections.flatMap((s) =>
    s.withheld.map((w): Inline => [
      w.category ? capitalize(ctx.category(w.category)) : w.field,
      ` (${s.collection}.${w.field})`,
    ]),
  );
  const blocks: Block[] = [];
  if (secrets.length > 0)
    blocks.push(
      paragraph(
        ctx.t({
          nl: "Wij bewaren ook de volgende inloggegevens en geheimen van {u|jou}. Wij geven de waarden niet mee: wie dit pakket in handen krijgt, zou er anders mee kunnen inloggen. Ze staan daarom niet in de tabellen, in data.json of in de CSV-bestanden:",
          en: "We also keep the following credentials and secrets of yours. We do not hand out their values: whoever got hold of this package could otherwise use them to log in. So they are not in the tables, in data.json or in the CSV files:",
        }),
      ),
      bullets(secrets),
    );
  blocks.push(...keptHashedAfterErasure(ctx));
  if (blocks.length === 0) return [];
  return [
    section(
      "kept-not-given",
      ctx.t({ nl: "Wat wij bewaren maar niet meegeven", en: "What we keep but do not hand out" }),
      blocks,
    ),
  ];
}

/** One collection's rows as a table; long values are cut in the readable copy, complete in data.json. */
function dataSection(s: AccessSection, ctx: BuildContext): Section {
  const columns = s.columns;
  const rows = s.rows.map((row): Inline[] => columns.map((c) => [display(row[c])]));
  const source = s.label ? ctx.text(s.label) : s.table;
  const title = s.label ? ctx.text(s.label) : s.collection;
  const note = paragraph(
    ctx.t({
      nl: `${s.rows.length} rij(en) uit ${source}. De volledige waarden staan in data.json en ${s.collection}.csv.`,
      en: `${s.rows.length} row(s) from ${source}. The complete values are in data.json and ${s.collection}.csv.`,
    }),
  );
  return section(`data-${s.collection}`, title, [note, table(title, columns, rows)]);
}

function display(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
