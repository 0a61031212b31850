import { ACTIVITIES } from "./activities.js";
import { ORGANIZATION } from "./organization.js";
import { PRACTICE } from "./practice.js";
import type { Scenario } from "./scenario.js";
import { TRANSFERS } from "./transfers.js";

export type { Scenario } from "./scenario.js";

export const SCENARIOS: Scenario[] = [...ORGANIZATION, ...ACTIVITIES, ...TRANSFERS, ...PRACTICE];
