import { z } from "zod";

/**
 * What a register can say it does not do. Leaving a section out means "not recorded": the statement
 * then says nothing about it and `check` reports the gap. Only an entry here lets the statement say
 * "we do not ...", so silence never turns into a promise.
 */
export const NONE_FACTS = ["recipients", "transfers", "cookies", "automated_decisions", "dpo"] as const;
export type NoneFact = (typeof NONE_FACTS)[number];

export const NoneDeclarations = z
  .array(z.enum(NONE_FACTS))
  .default([])
  .describe(
    "what the organisation records it does not do: recipients (no one outside it receives data), transfers (no data leaves the EEA), cookies (no cookies or similar techniques), automated_decisions (no decisions solely by automated means), dpo (no data protection officer appointed)",
  );
