import type { Lang } from "../kernel/index.js";
import { localize, type Register } from "../register/index.js";
import { createContext, type BuildContext } from "./context.js";
import {
  type Block,
  documentLabels,
  type DocumentModel,
  paragraph,
  section,
  type Section,
} from "../documents/index.js";
import { whatWeCollect } from "./sections/activities.js";
import { automatedDecisions } from "./sections/automated.js";
import { legalBases } from "./sections/bases.js";
import { changesSection } from "./sections/changes.js";
import { childrenSection } from "./sections/children.js";
import { contactSection } from "./sections/contact.js";
import { cookiesSection } from "./sections/cookies.js";
import { customerData } from "./sections/processor.js";
import { whoReceivesData } from "./sections/recipients.js";
import { howLongWeKeep } from "./sections/retention.js";
import { yourRights } from "./sections/rights.js";
import { securitySection } from "./sections/security.js";
import { supportAccess } from "./sections/support.js";
import { outsideTheEea } from "./sections/transfers.js";
import { whoWeAre } from "./sections/who.js";
import { oneLine } from "../vocabulary/index.js";

/** The sections in reading order; a builder returns undefined when its subject does not apply. */
const SECTIONS: ((ctx: BuildContext) => Section | undefined)[] = [
  whoWeAre,
  whatWeCollect,
  legalBases,
  howLongWeKeep,
  whoReceivesData,
  outsideTheEea,
  customerData,
  yourRights,
  cookiesSection,
  automatedDecisions,
  childrenSection,
  securitySection,
  supportAccess,
  changesSection,
];

/** Turns the register into the statement's document tree in one language. */
export function buildStatement(register: Register, lang: Lang): DocumentModel {
  const ctx = createContext(register, lang);
  const org = ctx.organization;
  const sections = SECTIONS.map((build) => build(ctx)).filter((s): s is Section => s !== undefined);
  const leftover = addExtras(sections, ctx);
  if (leftover.length > 0) {
    sections.push(
      section("further-information", ctx.t({ nl: "Meer informatie", en: "Further information" }), leftover),
    );
  }
  sections.push(contactSection(ctx));
  const subtitle = versionSubtitle(ctx);
  const effectiveDate = register.statement.effective_date;
  return {
    lang,
    title: ctx.t({ nl: `Privacyverklaring van ${org}`, en: `Privacy statement of ${org}` }),
    ...(subtitle ? { subtitle } : {}),
    intro: intro(ctx),
    sections,
    labels: documentLabels(lang),
    ...(effectiveDate ? { effectiveDate } : {}),
    author: org,
  };
}

/** Version and effective date under the title, each only when the register records it. */
function versionSubtitle(ctx: BuildContext): string | undefined {
  const { version, effective_date } = ctx.register.statement;
  const date = effective_date ? ctx.date(effective_date) : undefined;
  if (version && date)
    return ctx.t({ nl: `Versie ${version} · geldig vanaf ${date}`, en: `Version ${version} · effective ${date}` });
  if (version) return ctx.t({ nl: `Versie ${version}`, en: `Version ${version}` });
  if (date) return ctx.t({ nl: `Geldig vanaf ${date}`, en: `Effective ${date}` });
  return undefined;
}

function intro(ctx: BuildContext): Block[] {
  const org = ctx.organization;
  const blocks = [
    paragraph(
      ctx.t({
        nl: `In deze verklaring {leest u|lees je} welke persoonsgegevens ${org} verwerkt, waarom, op welke grondslag, hoe lang wij ze bewaren, met wie wij ze delen en welke rechten {u|je} hebt. Met "wij" bedoelen wij ${org}, met "{u|je}" de persoon over wie de gegevens gaan.`,
        en: `This statement explains which personal data ${org} processes, why, on which legal basis, how long we keep it, who we share it with and what your rights are. "We" means ${org}; "you" means the person the data is about.`,
      }),
    ),
  ];
  if (!ctx.register.statement.languages.includes(ctx.lang)) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: `${org} publiceert deze verklaring in het Engels. Dit is een Nederlandse weergave; teksten die ${org} alleen in het Engels heeft geschreven, staan hier in het Engels.`,
          en: `${org} publishes this statement in Dutch. This is an English rendering; passages ${org} wrote only in Dutch are shown in Dutch.`,
        }),
      ),
    );
  }
  return blocks;
}

/** The register's extra paragraphs go to the section with the same id; the rest is returned. */
function addExtras(sections: Section[], ctx: BuildContext): Block[] {
  const leftover: Block[] = [];
  const extras = Object.entries(ctx.register.statement.extra ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, text] of extras) {
    const paragraphs = localize(text, ctx.lang)
      .split(/\n\s*\n/)
      .map(oneLine)
      .filter((p) => p !== "")
      .map((p) => paragraph(p));
    const target = sections.find((s) => s.id === key);
    if (target) target.blocks.push(...paragraphs);
    else leftover.push(...paragraphs);
  }
  return leftover;
}
