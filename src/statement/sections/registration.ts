import type { BuildContext } from "../context.js";
import { registration } from "../../member-states/index.js";

/**
 * ", ingeschreven bij de Kamer van Koophandel onder nummer 90123456": the organisation's entry in the
 * company register of its member state. When the product does not know that state's register, the
 * number stands alone under the keeper the register names, or as a plain registration number.
 */
export function registrationWords(ctx: BuildContext): string {
  const entry = registration(ctx.register.organization);
  if (!entry) return "";
  const { number, register, keeper } = entry;
  const by = keeper ? ` (${keeper})` : "";
  if (register) {
    return ctx.t({
      nl: `, ${register.registered.nl}${by} onder nummer ${number}`,
      en: `, ${register.registered.en}${by} under number ${number}`,
    });
  }
  if (keeper) {
    return ctx.t({
      nl: `, ingeschreven bij ${keeper} onder nummer ${number}`,
      en: `, registered with ${keeper} under number ${number}`,
    });
  }
  return ctx.t({ nl: `, ingeschreven onder nummer ${number}`, en: `, registered under number ${number}` });
}
