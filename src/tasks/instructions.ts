import type { Lang, RequestType } from "../kernel/index.js";
import { isManualRequestType, localize, type ManualSystem } from "../register/index.js";

/** What the owner is to do for a request of this type: the type's own text, else the general one. */
export function instructionsFor(system: ManualSystem, type: RequestType, lang: Lang): string {
  const text = (isManualRequestType(type) ? system.instructions[type] : undefined) ?? system.instructions.general;
  return text ? localize(text, lang) : "";
}
