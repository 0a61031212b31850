import { z } from "zod";
import type { Lang } from "../../kernel/index.js";
import { isLang } from "../pages/i18n.js";

/** The query of a page behind a secret link (status, download): only the language switch. */
export const LinkQuery = z.looseObject({ lang: z.string().optional() });

/**
 * The language of a page behind a secret link: the one the visitor switched to with ?lang, else the
 * requester's own, which the link carries no sign of.
 */
export function linkLang(query: z.infer<typeof LinkQuery>, own: Lang): Lang {
  return isLang(query.lang) ? query.lang : own;
}
