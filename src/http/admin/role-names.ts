import type { Lang } from "../../kernel/index.js";
import type { UserRole } from "../../store/index.js";

/** The console's names of the staff roles, as the users page and the frame show them. */
const ROLE_NAMES: Record<Lang, Record<UserRole, string>> = {
  nl: { admin: "Beheerder", privacy_officer: "Privacy officer", support: "Support", auditor: "Auditor" },
  en: { admin: "Admin", privacy_officer: "Privacy officer", support: "Support", auditor: "Auditor" },
};

export function roleName(role: UserRole, lang: Lang): string {
  return ROLE_NAMES[lang][role];
}
