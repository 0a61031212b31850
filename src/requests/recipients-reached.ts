/**
 * Art. 19: recipients of the data must be told of an erasure, rectification or restriction. Deliveries
 * are recorded as events; this reads, from a request's events in order, the recipients whose last
 * delivery failed for good and who have not been told another way since.
 */
export function unreachedRecipients(events: readonly { kind: string; data: Record<string, unknown> }[]): string[] {
  const last = new Map<string, boolean>();
  for (const e of events) {
    if (e.kind !== "recipient_notified" && e.kind !== "recipient_notify_failed") continue;
    last.set(String(e.data.recipient ?? ""), e.kind === "recipient_notify_failed");
  }
  return [...last].filter(([, failed]) => failed).map(([recipient]) => recipient);
}
