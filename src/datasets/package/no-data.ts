import type { Lang } from "../../kernel/index.js";

/**
 * The answer to an access request that found nothing (Art. 15(1): the confirmation whether data is
 * processed at all). Said in these words in the package and on the command line, so "nothing found"
 * never looks like an empty or broken package.
 */
export const NO_DATA = {
  nl: "Wij hebben geen gegevens over deze identiteiten.",
  en: "We hold no data about these identities.",
} satisfies Record<Lang, string>;
