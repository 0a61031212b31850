import { escapeHtml } from "../documents/index.js";
import type { Lang } from "../kernel/index.js";
import { localize, type Register } from "../register/index.js";
import type { Breach } from "./breach.js";
import { BREACH_WORDS } from "./words.js";

/** The parts Art. 34(2) requires in the message to the people concerned. */
export const MESSAGE_PARTS = ["nature", "contact", "consequences", "measures"] as const;
export type MessagePart = (typeof MESSAGE_PARTS)[number];

export interface PeopleMessage {
  subject: string;
  /** Each part's text, or null when the fact behind it was not recorded. */
  parts: Record<MessagePart, string | null>;
  missing: MessagePart[];
  text: string;
  html: string;
}

const WORDS = {
  nl: {
    subject: "Informatie over een datalek bij {org}",
    opening: "Wij melden u een datalek bij {org} dat uw persoonsgegevens betreft.",
    headings: {
      nature: "Wat er is gebeurd",
      contact: "Met wie u contact kunt opnemen",
      consequences: "Wat de gevolgen voor u kunnen zijn",
      measures: "Wat wij hebben gedaan en nog doen",
    },
    breached: "Geschonden: {what}.",
  },
  en: {
    subject: "About a data breach at {org}",
    opening: "We are telling you of a data breach at {org} that concerns your personal data.",
    headings: {
      nature: "What happened",
      contact: "Whom you can contact",
      consequences: "What the consequences for you may be",
      measures: "What we have done and are doing",
    },
    breached: "Breached: {what}.",
  },
} as const;

const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");

/** The message to the people concerned, in plain language (Art. 34(2)), from recorded facts only. */
export function peopleMessage(breach: Breach, register: Register, lang: Lang): PeopleMessage {
  const w = WORDS[lang];
  const org = register.organization;
  const f = breach.facts;
  const contact = org.dpo ?? org.privacy_officer ?? org.contact;
  const contactText = contact ? [contact.name, contact.email, contact.phone].filter(Boolean).join(", ") || null : null;
  const nature = f.summary
    ? [
        f.summary,
        f.nature?.length
          ? fill(w.breached, { what: f.nature.map((n) => BREACH_WORDS[lang].nature[n]).join(", ") })
          : "",
      ]
        .filter(Boolean)
        .join(" ")
    : null;
  const parts: Record<MessagePart, string | null> = {
    nature,
    contact: contactText,
    consequences: f.consequences ?? null,
    measures: f.remedialMeasures ?? null,
  };
  const missing = MESSAGE_PARTS.filter((p) => parts[p] === null);
  const shown = (p: MessagePart) => parts[p] ?? BREACH_WORDS[lang].notRecorded;
  const subject = fill(w.subject, { org: localize(org.name, lang) });
  const opening = fill(w.opening, { org: localize(org.name, lang) });
  const text = [opening, ...MESSAGE_PARTS.map((p) => `${w.headings[p]}\n${shown(p)}`)].join("\n\n") + "\n";
  const html =
    `<article lang="${lang}"><h2>${escapeHtml(subject)}</h2><p>${escapeHtml(opening)}</p>` +
    MESSAGE_PARTS.map(
      (p) => `<h3>${escapeHtml(w.headings[p])}</h3><p data-part="${p}">${escapeHtml(shown(p))}</p>`,
    ).join("") +
    `</article>`;
  return { subject, parts, missing, text, html };
}
