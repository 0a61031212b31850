import { type Block, paragraph, section, type Section, table } from "../documents/index.js";
import type { InLang, Lang } from "../kernel/index.js";
import type { ConsentHistory } from "./effects.js";

interface HistoryWords {
  heading: string;
  intro: string;
  none: string;
  records: (id: string) => string;
  subscriptions: string;
  colAt: string;
  colAction: string;
  colChoices: string;
  colShown: string;
  colPurpose: string;
  colStatus: string;
  colSteps: string;
  yes: string;
  no: string;
  actions: Record<string, string>;
  status: Record<string, string>;
  step: { asked: string; confirmed: string; parent: string; ended: string };
}

const WORDS = {
  nl: {
    heading: "Uw toestemmingen",
    intro:
      "Wat u ons in onze cookiemelding en bij aanmeldingen toestond of weigerde, en wanneer. Alles staat ook in consent.json.",
    none: "Wij vonden geen toestemmingen bij de gegevens die u opgaf.",
    records: (id) => `Keuzes in de cookiemelding (toestemmings-id ${id})`,
    subscriptions: "Aanmeldingen per e-mail",
    colAt: "Wanneer",
    colAction: "Wat u deed",
    colChoices: "Keuzes",
    colShown: "Getoonde versie",
    colPurpose: "Waarvoor",
    colStatus: "Stand",
    colSteps: "Verloop",
    yes: "ja",
    no: "nee",
    actions: {
      accept_all: "Alles geaccepteerd",
      reject_all: "Alles geweigerd",
      custom: "Zelf gekozen",
      withdraw: "Ingetrokken",
      gpc: "Signaal Global Privacy Control",
      parent_confirmed: "Bevestigd door een ouder",
    },
    status: { pending: "nog niet bevestigd", confirmed: "actief", ended: "beëindigd" },
    step: { asked: "aangemeld", confirmed: "bevestigd", parent: "ouder bevestigde", ended: "beëindigd" },
  },
  en: {
    heading: "Your consents",
    intro:
      "What you allowed or refused in our cookie banner and when subscribing, and when. Everything is in consent.json too.",
    none: "We found no consents with the details you gave.",
    records: (id) => `Choices in the cookie banner (consent id ${id})`,
    subscriptions: "Subscriptions by e-mail",
    colAt: "When",
    colAction: "What you did",
    colChoices: "Choices",
    colShown: "Version shown",
    colPurpose: "For",
    colStatus: "State",
    colSteps: "Steps",
    yes: "yes",
    no: "no",
    actions: {
      accept_all: "Accepted all",
      reject_all: "Rejected all",
      custom: "Chose per purpose",
      withdraw: "Withdrew",
      gpc: "Global Privacy Control signal",
      parent_confirmed: "Confirmed by a parent",
    },
    status: { pending: "not confirmed yet", confirmed: "active", ended: "ended" },
    step: { asked: "subscribed", confirmed: "confirmed", parent: "parent confirmed", ended: "ended" },
  },
} satisfies InLang<HistoryWords>;

/**
 * The consent part of an access package (Art. 15): a section for the readable answer and the whole
 * history, with what was shown each time, as consent.json (only when there is any).
 */
export function consentHistoryPart(
  history: ConsentHistory,
  lang: Lang,
): { file?: { name: string; content: string }; section: Section } {
  const w = WORDS[lang];
  const empty = history.proofs.length === 0 && history.subscriptions.length === 0;
  const blocks: Block[] = [paragraph(empty ? w.none : w.intro)];
  const subsections: Section[] = history.proofs.map((proof) => {
    const names = (hash: string) =>
      Object.fromEntries((proof.configs[hash]?.purposes ?? []).map((p) => [p.id, p.name]));
    return section(`consent-${proof.consentId}`, w.records(proof.consentId), [
      table(
        w.records(proof.consentId),
        [w.colAt, w.colAction, w.colChoices, w.colShown],
        proof.records.map((r) => [
          [r.at],
          [w.actions[r.action] ?? r.action],
          [
            Object.entries(r.choices)
              .map(([id, on]) => `${names(r.configHash)[id] ?? id}: ${on ? w.yes : w.no}`)
              .join("; "),
          ],
          [`${r.version} (${r.lang})`],
        ]),
      ),
    ]);
  });
  if (history.subscriptions.length > 0)
    subsections.push(
      section("consent-subscriptions", w.subscriptions, [
        table(
          w.subscriptions,
          [w.colPurpose, w.colStatus, w.colSteps],
          history.subscriptions.map((s) => [
            [s.shown.name],
            [w.status[s.status as keyof typeof w.status] ?? s.status],
            [
              [
                `${w.step.asked} ${s.createdAt}`,
                s.confirmedAt && `${w.step.confirmed} ${s.confirmedAt}`,
                s.parentConfirmedAt && `${w.step.parent} ${s.parentConfirmedAt}`,
                s.endedAt && `${w.step.ended} ${s.endedAt}`,
              ]
                .filter(Boolean)
                .join("; "),
            ],
          ]),
        ),
      ]),
    );
  return {
    section: section("your-consents", w.heading, blocks, subsections),
    ...(empty ? {} : { file: { name: "consent.json", content: `${JSON.stringify(history, null, 2)}\n` } }),
  };
}
