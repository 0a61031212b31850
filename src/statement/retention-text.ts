import type { Lang } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { createContext } from "./context.js";
import { retentionText } from "./retention-sentences.js";

/** A retention rule's words as the statement in `lang` prints them, for evidence that quotes the promise. */
export function retentionRuleText(register: Register, ruleId: string, lang: Lang): string {
  return retentionText(register.retention[ruleId], createContext(register, lang));
}
