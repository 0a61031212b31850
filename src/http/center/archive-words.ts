import type { Lang } from "../../kernel/index.js";

/** The privacy center's words for the archive of earlier versions of the privacy statement. */
export interface ArchiveWords {
  title: string;
  intro: string;
  caption: string;
  version: string;
  effective: string;
  current: string;
  link: (version: string) => string;
  notice: (version: string) => string;
  missing: string;
  /** The name of a version the register gave no number, by the day it was first published. */
  unnumbered: (published: string) => string;
  notRecorded: string;
}

const nl: ArchiveWords = {
  title: "Eerdere versies van de privacyverklaring",
  intro: "Zo luidde de privacyverklaring vanaf elke datum. De bovenste versie geldt nu.",
  caption: "Versies van de privacyverklaring",
  version: "Versie",
  effective: "Geldt vanaf",
  current: "huidige versie",
  link: (version) => `Versie ${version} lezen`,
  notice: (version) => `Dit is versie ${version}, een eerdere versie van de privacyverklaring.`,
  missing: "Het archief bevat nog geen versies.",
  unnumbered: (published) => `zonder nummer, gepubliceerd op ${published}`,
  notRecorded: "niet vastgelegd",
};

const en: ArchiveWords = {
  title: "Earlier versions of the privacy statement",
  intro: "What the privacy statement said from each date. The top version applies now.",
  caption: "Versions of the privacy statement",
  version: "Version",
  effective: "Applies from",
  current: "current version",
  link: (version) => `Read version ${version}`,
  notice: (version) => `This is version ${version}, an earlier version of the privacy statement.`,
  missing: "The archive holds no versions yet.",
  unnumbered: (published) => `without a number, published on ${published}`,
  notRecorded: "not recorded",
};

const WORDS: Record<Lang, ArchiveWords> = { nl, en };

export function archiveWords(lang: Lang): ArchiveWords {
  return WORDS[lang];
}
