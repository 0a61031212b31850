import type { Lang } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { recordController, recordSecurity } from "./build.js";
import type { RecordRow } from "./types.js";

/**
 * The record as JSON for other tools (GRC systems, the company's own scripts). Every key is always
 * present, null when the register says nothing, so a consumer can rely on one shape. The controller and
 * the security measures are the same for every activity and are given once.
 */
export function recordJson(register: Register, rows: readonly RecordRow[], lang: Lang): string {
  const activities = rows.map(({ controller: _controller, security: _security, activity, ...columns }) => ({
    id: activity.id,
    name: activity.label,
    ...columns,
  }));
  const document = {
    language: lang,
    controller: recordController(register, lang),
    generated_from: {
      version: register.statement.version,
      effective_date: register.statement.effective_date,
    },
    security: recordSecurity(register, lang),
    activities,
  };
  return `${JSON.stringify(document, (_key, value) => (value === undefined ? null : value), 2)}\n`;
}
