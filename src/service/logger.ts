import { type DestinationStream, type Logger, pino } from "pino";

/**
 * Fields censored wherever they occur (top level or one level down), should any log call ever pass
 * one: addresses and identities are personal data, tokens and codes open a person's request, URLs may
 * carry a token in their path, cookies and authorization headers are credentials.
 */
const SENSITIVE = [
  "email",
  "identities",
  "identity",
  "to",
  "to_address",
  "value",
  "code",
  "token",
  "statusToken",
  "downloadToken",
  "password",
  "url",
  "path",
  "payload",
  "cookie",
  "authorization",
  "headers",
  "body",
];
export const REDACT_PATHS = SENSITIVE.flatMap((field) => [field, `*.${field}`]);

/**
 * The service's logger: JSON lines with redaction. Callers log ids, counts, route patterns and
 * durations; the redaction is the safety net, not the plan.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    { name: "waarborg", level: options.level ?? "info", redact: { paths: REDACT_PATHS, censor: "[redacted]" } },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
