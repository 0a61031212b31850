// The check domain's public face: other folders import from here, never from its files.
export { checkRegister, datasetLiveSchema, runRules } from "./check.js";
export { RULES } from "./rules/index.js";
export { nonEssential } from "./rules/cookies.js";
export { formatRuleList } from "./rules/list.js";
