/**
 * What a table is about, read from its name. It gives context to column names ("amount" in an
 * invoice table is invoice data, "body" in a ticket table is a support request) and decides masking:
 * rows of event and log tables are deleted rather than masked, since a masked log line is noise.
 */
export type TableKind = "person" | "organisation" | "event" | "invoice" | "payment" | "message" | "support" | "upload";

const KINDS: [TableKind, RegExp][] = [
  [
    "event",
    /(^|_)(events?|logs?|audits?|audit_trail|sessions?|logins?|activit(y|ies)|histor(y|ies)|tracking|visits?|pageviews?)(_|$)/,
  ],
  ["invoice", /(^|_)(invoices?|factu(ur|ren)|invoice_lines?)(_|$)/],
  ["payment", /(^|_)(payments?|betalingen|betaling|transactions?|refunds?)(_|$)/],
  ["support", /(^|_)(tickets?|support|helpdesk|cases?)(_|$)/],
  ["message", /(^|_)(messages?|berichten|bericht|chats?|comments?|conversations?|replies|reply)(_|$)/],
  ["upload", /(^|_)(uploads?|files?|attachments?|bijlagen|bijlage|documents?)(_|$)/],
  [
    "person",
    /(^|_)(users?|customers?|klanten|klant|contacts?|persons?|people|members?|leden|employees?|medewerkers?|subscribers?|newsletters?|profiles?|patients?|students?|applicants?|sollicitanten|relations?|relaties)(_|$)/,
  ],
  ["organisation", /(^|_)(organi[sz]ations?|organisaties?|compan(y|ies)|bedrijven|bedrijf|tenants?|workspaces?)(_|$)/],
];

/** Lower-case words joined by "_": "LoginEvents" and "login-events" both become "login_events". */
export function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

export function tableKind(table: string): TableKind | undefined {
  const name = snake(table);
  return KINDS.find(([, pattern]) => pattern.test(name))?.[0];
}
