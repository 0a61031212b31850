import type { ColumnShape } from "./model.js";
import { matchName } from "./names.js";
import { CONTENT_CHECKS, CONTENT_KINDS, type ContentKind, type ContentProfile, ratio } from "./profile.js";

export type Confidence = "high" | "medium" | "low";

/** A data category guess for one column, with the reasons for it; never any of the values read. */
export interface ColumnGuess {
  category?: string;
  confidence?: Confidence;
  /** Whether the sampled content (not only the name) decided the category. */
  byContent: boolean;
  identity?: string;
  evidence: string[];
}

export interface ClassifyOptions {
  /** The share of sampled values that must pass a check before content overrules the name. */
  threshold?: number;
  /** Fewer sampled values than this say too little to decide on. */
  minSampled?: number;
}

export const DEFAULT_THRESHOLD = 0.8;
export const DEFAULT_MIN_SAMPLED = 5;
/** Below the threshold, a share worth mentioning in the evidence. */
const NOTEWORTHY = 0.2;

/** Content identities: an e-mail or phone column finds a person whatever its name. */
const CONTENT_IDENTITY: Partial<Record<ContentKind, string>> = { email: "email", phone: "phone" };

/**
 * Guesses a column's data category from its name and from the share of sampled values that pass
 * real checks. A clear majority of valid values wins over the name: a column called `notes` full of
 * IBANs holds IBANs. Below that threshold the name decides, with less confidence when its own check
 * failed on the content.
 */
export function classifyColumn(
  table: string,
  column: ColumnShape,
  profile: ContentProfile | undefined,
  options: ClassifyOptions = {},
): ColumnGuess {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minSampled = options.minSampled ?? DEFAULT_MIN_SAMPLED;
  const name = matchName(table, column.name, column.type);
  const enough = profile !== undefined && profile.sampled >= minSampled;
  const best = enough ? strongest(profile) : undefined;

  if (profile && best && best.ratio >= threshold) {
    const check = CONTENT_CHECKS[best.kind];
    const content = contentEvidence(best.kind, best.ratio, profile.sampled);
    const identity =
      name?.category === check.category ? (name.identity ?? CONTENT_IDENTITY[best.kind]) : CONTENT_IDENTITY[best.kind];
    if (name?.category === check.category) {
      return withIdentity(
        { category: check.category, confidence: "high", byContent: true, evidence: [name.evidence, content] },
        identity,
      );
    }
    const evidence = name ? [content, `${name.evidence} suggested ${name.category}`] : [content];
    const confidence: Confidence = best.ratio >= 0.95 ? "high" : "medium";
    return withIdentity({ category: check.category, confidence, byContent: true, evidence }, identity);
  }

  if (name) {
    if (profile && enough && name.check) {
      const share = ratio(profile, name.check);
      const content = contentEvidence(name.check, share, profile.sampled);
      if (share >= threshold) {
        return withIdentity(
          { category: name.category, confidence: "high", byContent: true, evidence: [name.evidence, content] },
          name.identity,
        );
      }
      return withIdentity(
        {
          category: name.category,
          confidence: "low",
          byContent: false,
          evidence: [name.evidence, contentEvidence(name.check, share, profile.sampled, threshold)],
        },
        name.identity,
      );
    }
    return withIdentity(
      {
        category: name.category,
        confidence: name.vague ? "low" : "medium",
        byContent: false,
        evidence: [name.evidence],
      },
      name.identity,
    );
  }

  // A few stray matches are chance (one nine-digit number in eleven passes the eleven-test): not worth saying.
  if (profile && best && best.ratio >= NOTEWORTHY) {
    return { byContent: false, evidence: [contentEvidence(best.kind, best.ratio, profile.sampled, threshold)] };
  }
  return { byContent: false, evidence: [] };
}

/** The strong check most values passed; ties go to the earlier check in CONTENT_KINDS. */
function strongest(profile: ContentProfile): { kind: ContentKind; ratio: number } | undefined {
  let best: { kind: ContentKind; ratio: number } | undefined;
  for (const kind of CONTENT_KINDS) {
    if (!CONTENT_CHECKS[kind].strong) continue;
    const share = ratio(profile, kind);
    if (share > 0 && (best === undefined || share > best.ratio)) best = { kind, ratio: share };
  }
  return best;
}

function withIdentity(guess: ColumnGuess, identity: string | undefined): ColumnGuess {
  return identity === undefined ? guess : { ...guess, identity };
}

/** Rounded down, so a column is never shown at the threshold while it is below it. */
export function percent(share: number): string {
  // The epsilon keeps 29/100 (0.28999...) from showing as 28%.
  return `${Math.floor(share * 100 + 1e-9)}%`;
}

function contentEvidence(kind: ContentKind, share: number, sampled: number, threshold?: number): string {
  const below = threshold === undefined ? "" : `, below ${percent(threshold)}`;
  return `content ${percent(share)} valid ${CONTENT_CHECKS[kind].label} (${sampled} sampled${below})`;
}
