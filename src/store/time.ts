/** An instant as the store keeps it: ISO-8601 UTC with milliseconds, so text order is time order. */
export function isoTimestamp(date: Date = new Date()): string {
  return date.toISOString();
}

/** `ms` milliseconds after `from`, as a store timestamp. */
export function isoAfter(ms: number, from: Date = new Date()): string {
  return new Date(from.getTime() + ms).toISOString();
}
