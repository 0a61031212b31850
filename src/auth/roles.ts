import { USER_ROLES, type UserRole } from "../store/index.js";

export { USER_ROLES, type UserRole };

/** Everything a signed-in user may be allowed to do in the admin console. */
export const PERMISSIONS = [
  "requests.read",
  /** approve, deny, extend, pause and resume the clock, cancel */
  "requests.decide",
  /** take a request for human review of an automated decision and record its outcome (Art. 22(3)) */
  "requests.review",
  "outbox.read",
  /** read an outbox message's codes and links, with an audit entry; everyone else sees them masked */
  "outbox.reveal",
  "audit.read",
  /** the acceptance chart and the proof of a consent id */
  "consent.read",
  /** the retention page: runs, overdue rows, holds, and the evidence export */
  "retention.read",
  "users.manage",
  "tokens.manage",
  /** see support access grants and their uses */
  "access.read",
  /** ask for a support access grant, and fetch the token of an open one */
  "access.request",
  /** approve or revoke a grant someone else asked for; open and close projects and incidents */
  "access.approve",
  /** the breach register: every breach, its clock, drafts and the export */
  "breaches.read",
  /** record a breach and change what is recorded of it */
  "breaches.manage",
  /** the processors page: agreements, their reviews and sub-processors */
  "processors.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one permission table. Every admin route names the permission it needs and asks `can`; nothing
 * else decides who may do what. The auditor reads and never changes anything; support handles the
 * mail but takes no decision on a request, and sees no code or link in it that would let them take
 * one in the requester's place (verifying, cancelling, downloading).
 */
const GRANTS: Record<Permission, readonly UserRole[]> = {
  "requests.read": ["admin", "privacy_officer", "support", "auditor"],
  "requests.decide": ["admin", "privacy_officer"],
  "requests.review": ["admin", "privacy_officer"],
  "outbox.read": ["admin", "privacy_officer", "support"],
  "outbox.reveal": ["admin"],
  "audit.read": ["admin", "privacy_officer", "auditor"],
  "consent.read": ["admin", "privacy_officer", "auditor"],
  "retention.read": ["admin", "privacy_officer", "auditor"],
  "users.manage": ["admin"],
  "tokens.manage": ["admin"],
  "access.read": ["admin", "privacy_officer", "support", "auditor"],
  "access.request": ["admin", "privacy_officer", "support"],
  "access.approve": ["admin", "privacy_officer"],
  "breaches.read": ["admin", "privacy_officer", "auditor"],
  "breaches.manage": ["admin", "privacy_officer"],
  "processors.read": ["admin", "privacy_officer", "auditor"],
};

export function can(role: UserRole, permission: Permission): boolean {
  return GRANTS[permission].includes(role);
}

/** The roles that hold a permission, for tests and the users page. */
export function rolesWith(permission: Permission): UserRole[] {
  return [...GRANTS[permission]];
}

export function isRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}
