import type { Rule } from "../rule.js";

/**
 * Support staff who look into customers' accounts need a limit and a record: an access without an
 * end or without a log is the "back door" the seeds describe, and the controller cannot show who saw
 * what (accountability, security of processing).
 */
export const supportAccessUnbounded: Rule = {
  id: "support-access-unbounded",
  severity: "warning",
  article: "GDPR Art. 5(2), 32(1)(b) and 32(4)",
  summary: "Support access to customers' accounts is time-boxed by the register and every access is logged.",
  hint: "set support_access.max_duration (such as 8 hours) and audited: true",
  *run({ register }) {
    const access = register.support_access;
    if (!access) return;
    if (!access.max_duration)
      yield {
        path: ["support_access"],
        atKey: true,
        message:
          "support_access sets no max_duration: the statement cannot say how long support may look into an account, and a grant then runs up to 8 hours",
        hint: "set support_access.max_duration, such as 8 hours",
      };
    if (access.audited === undefined)
      yield {
        path: ["support_access"],
        atKey: true,
        message: "support_access does not record whether each access is logged, so the statement says nothing about it",
        hint: "set support_access.audited: true; every grant and its uses are then in the audit log",
      };
    else if (!access.audited)
      yield {
        path: ["support_access", "audited"],
        message: "support access is not logged: nobody can show afterwards who looked into which account, and why",
        hint: "set support_access.audited: true; every grant and its uses are then in the audit log",
      };
  },
};
