import type { ChangeKind, Impact } from "../../../src/diff/index.js";
import type { Register } from "../../../src/register/schema/register.js";

/** One edit of the demo register and exactly the changes the diff must report for it. */
export interface Scenario {
  name: string;
  /** Edits a deep copy of the demo register; with side "old" the copy is the old version ("added" cases). */
  edit(register: Register): void;
  side?: "old";
  expect: { kind: ChangeKind; impact: Impact; nl: string; en: string }[];
}
