import type { Lang } from "../kernel/index.js";
import { registration } from "../member-states/index.js";
import type { Register } from "../register/index.js";

/**
 * Art. 30(1)(a): the controller's entry in the company register of its member state, as one short
 * text. A register the product does not know is named by its keeper, or the number stands alone.
 */
export function registrationText(org: Register["organization"], lang: Lang): string | undefined {
  const entry = registration(org);
  if (!entry) return undefined;
  const label = entry.register?.numberLabel[lang];
  const keeper = entry.keeper ? ` (${entry.keeper})` : "";
  return `${label ? `${label} ` : ""}${entry.number}${keeper}`;
}
