// The diagnostics domain's public face: other folders import from here, never from its files.
export { type Diagnostic, formatDiagnostic, type Severity, sortDiagnostics, summarize } from "./diagnostic.js";
export { closest, didYouMean } from "./suggest.js";
