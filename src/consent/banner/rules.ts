import type { ConsentAction, PurposeKind } from "./shape.js";

interface Asked {
  id: string;
  kind: PurposeKind;
}

/**
 * The choices a decision comes to, per purpose: everything for "accept all", nothing for "reject
 * all" and for the GPC signal's own record, the boxes as ticked otherwise. Under Global Privacy
 * Control (when the register honours it) advertising and sharing purposes stay off; only a box the
 * person ticked for such a purpose themselves wins over the signal, and only when the register says
 * an explicit choice wins (consent.gpc.explicit_choice_wins). "Accept all" is no such explicit choice.
 * The banner and the service both run this, so what is recorded is what the page applies.
 */
export function finalChoices(
  purposes: readonly Asked[],
  action: ConsentAction,
  ticked: Readonly<Record<string, boolean>>,
  gpc: { signal: boolean; honour: boolean; explicitChoiceWins: boolean },
): Record<string, boolean> {
  const explicit = action === "custom" || action === "withdraw";
  const out: Record<string, boolean> = {};
  for (const p of purposes) {
    let on =
      action === "accept_all" ? true : explicit ? ticked[p.id] === true : action === "gpc" && ticked[p.id] === true;
    if (p.kind === "advertising" && gpc.signal && gpc.honour && !(explicit && gpc.explicitChoiceWins)) on = false;
    out[p.id] = on;
  }
  return out;
}
