import type { Lang } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { buildStatement } from "./build.js";
import { renderDocumentPdf, renderHtml, renderMarkdown } from "../documents/index.js";

export { buildStatement } from "./build.js";

export type StatementFormat = "md" | "html" | "pdf";
export const STATEMENT_FORMATS: readonly StatementFormat[] = ["md", "html", "pdf"];

/** The privacy statement in one language and format: a string for md and html, a Buffer for pdf. */
export async function renderStatement(
  register: Register,
  options: { lang: Lang; format: StatementFormat },
): Promise<string | Buffer> {
  const doc = buildStatement(register, options.lang);
  switch (options.format) {
    case "md":
      return renderMarkdown(doc);
    case "html":
      return renderHtml(doc);
    case "pdf":
      return renderDocumentPdf(doc);
  }
}
export {
  archivedStatement,
  recordStatementVersion,
  statementKey,
  type StatementVersion,
  statementVersions,
} from "./archive.js";
export { type BuildContext, createContext } from "./context.js";
export { retentionSummary } from "./retention-sentences.js";
export { retentionRuleText } from "./retention-text.js";
export { basisSentence } from "./sections/bases.js";
export { keptHashedAfterErasure } from "./sections/kept-after-erasure.js";
export { type CategoryFacts, categoryFacts } from "./sections/cookie-categories.js";
export { cookieBasis, type CookieBasis, type CookieFacts, cookieFacts } from "./sections/cookies.js";
export { yourRights } from "./sections/rights.js";
