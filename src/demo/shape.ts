/**
 * The shape of the demo population as plain arithmetic on row numbers, so the row-by-row seeder and
 * the server-side PostgreSQL seeder build tables of exactly the same sizes and links. Ids are 1-based
 * and stay far below 2^53, so they are safe as JavaScript numbers whatever type the driver returns.
 */

/** Users per organisation: one subscription per small team. */
export const USERS_PER_ORGANISATION = 4;
export const CONTACTS_PER_ORGANISATION = 2;
export const INVOICES_PER_ACCOUNT = 3;
export const LINES_PER_INVOICE = 2;
export const LOGINS_PER_USER = 3;

export const organisationOf = (user: number): number => Math.floor((user - 1) / USERS_PER_ORGANISATION) + 1;
export const ownerOf = (organisation: number): number => (organisation - 1) * USERS_PER_ORGANISATION + 1;
export const organisationCount = (subjects: number): number => Math.ceil(subjects / USERS_PER_ORGANISATION);

/** Users have 0, 1 or 2 tickets in turn: one on average, and some with none at all. */
export const ticketsOf = (user: number): number => (user - 1) % 3;
/** Tickets of users before `user`. */
export const ticketsBefore = (user: number): number => 3 * Math.floor((user - 1) / 3) + ((user - 1) % 3 === 2 ? 1 : 0);

/** Tickets have 1, 2 or 3 messages in turn: two on average. */
export const messagesOf = (ticket: number): number => ((ticket - 1) % 3) + 1;
export const messagesBefore = (ticket: number): number =>
  6 * Math.floor((ticket - 1) / 3) + [0, 1, 3][(ticket - 1) % 3]!;

/** Every other user reads the newsletter; one extra subscriber per ten users has no account at all. */
export const subscribes = (user: number): boolean => user % 2 === 1;
export const linkedSubscriptions = (subjects: number): number => Math.ceil(subjects / 2);
export const anonymousSubscriptions = (subjects: number): number => Math.floor(subjects / 10);

export type DemoTable =
  | "organisations"
  | "accounts"
  | "users"
  | "contacts"
  | "invoices"
  | "invoice_lines"
  | "payments"
  | "support_tickets"
  | "messages"
  | "login_events"
  | "uploads"
  | "newsletter_subscriptions";

/** How many rows each table holds for `subjects` users. */
export function demoTableSizes(subjects: number): Record<DemoTable, number> {
  const organisations = organisationCount(subjects);
  const invoices = organisations * INVOICES_PER_ACCOUNT;
  const tickets = ticketsBefore(subjects + 1);
  return {
    organisations,
    accounts: organisations,
    users: subjects,
    contacts: organisations * CONTACTS_PER_ORGANISATION,
    invoices,
    invoice_lines: invoices * LINES_PER_INVOICE,
    payments: invoices,
    support_tickets: tickets,
    messages: messagesBefore(tickets + 1),
    login_events: subjects * LOGINS_PER_USER,
    uploads: subjects,
    newsletter_subscriptions: linkedSubscriptions(subjects) + anonymousSubscriptions(subjects),
  };
}
