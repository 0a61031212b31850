/**
 * Where a data-subject request stands. Which event moves a request from one to the next is the
 * request lifecycle's transition table (src/requests/states.ts); the store and the pages only keep and
 * show these names.
 */
export const STATUSES = [
  "received",
  "verifying",
  "verified",
  "awaiting_approval",
  "in_progress",
  "completed",
  "partially_completed",
  "denied",
  "cancelled",
] as const;
export type Status = (typeof STATUSES)[number];
