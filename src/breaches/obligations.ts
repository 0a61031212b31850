import type { BreachRisk } from "../store/index.js";
import type { PeopleException } from "./breach.js";

/**
 * What the risk assessment obliges: Art. 33(1) tells the authority of every breach unless it is
 * unlikely to result in a risk; Art. 34(1) tells the people concerned of a high risk, unless one of the
 * exceptions of Art. 34(3) applies. `null` means not assessed, so not known.
 */
export interface Obligations {
  authority: boolean | null;
  people: boolean | null;
  /** Art. 34(3)(c): a public communication takes the place of telling each person. */
  publicCommunication: boolean;
}

export function obligationsFor(risk: BreachRisk | null, exception?: PeopleException): Obligations {
  if (risk === null) return { authority: null, people: null, publicCommunication: false };
  if (risk === "none") return { authority: false, people: false, publicCommunication: false };
  if (risk === "risk") return { authority: true, people: false, publicCommunication: false };
  if (exception === "disproportionate") return { authority: true, people: false, publicCommunication: true };
  return { authority: true, people: exception === undefined, publicCommunication: false };
}
