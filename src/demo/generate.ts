import {
  companyName,
  dutchAddress,
  dutchIban,
  ipAddress,
  kvkNumber,
  MailAddresses,
  mailSlug,
  mobileNumber,
  passwordHash,
  person,
  type Person,
} from "./dutch.js";
import { HOSTILE_IDENTITIES, hostileUserIds } from "./hostile.js";
import { Random } from "./random.js";
import {
  anonymousSubscriptions,
  CONTACTS_PER_ORGANISATION,
  type DemoTable,
  INVOICES_PER_ACCOUNT,
  LINES_PER_INVOICE,
  LOGINS_PER_USER,
  linkedSubscriptions,
  messagesBefore,
  messagesOf,
  ownerOf,
  subscribes,
  ticketsBefore,
  ticketsOf,
  USERS_PER_ORGANISATION,
} from "./shape.js";
import {
  CONTACT_NOTES,
  DUTCH_MONTHS,
  LOCALES,
  PLAN_PRICE_CENTS,
  PLANS,
  TICKET_SUBJECTS,
  UPLOADS,
  USER_AGENTS,
} from "./words.js";

export type Row = Record<string, unknown>;
export type RowsByTable = Partial<Record<DemoTable, Row[]>>;

/** The demo's history runs from 2012 to the end of 2025, fixed so the data never depends on today's date. */
export const DEMO_START = Date.UTC(2012, 0, 1);
export const DEMO_END = Date.UTC(2025, 11, 31, 23, 0, 0);
const DAY = 86_400_000;

/**
 * Builds the demo population one organisation at a time, from one seeded random stream, so the same
 * seed gives the same rows. `stamp` turns a moment into the value the dialect's timestamp column takes.
 */
export class DemoGenerator {
  private readonly random: Random;
  private readonly mail = new MailAddresses();
  private readonly hostile = new Map<number, (typeof HOSTILE_IDENTITIES)[number]>();
  private readonly phoneOffset: number;

  constructor(
    readonly subjects: number,
    seed: number,
    private readonly stamp: (ms: number) => unknown,
  ) {
    this.random = new Random(seed);
    this.phoneOffset = this.random.int(0, 99_999_999);
    for (const [i, user] of hostileUserIds(subjects).entries()) this.hostile.set(user, HOSTILE_IDENTITIES[i]!);
  }

  private between(from: number, to: number): number {
    return from + Math.floor(this.random.next() * Math.max(0, to - from));
  }

  /** The organisation with id `o`: its account, users and everything that hangs off them. */
  organisation(o: number): RowsByTable {
    const r = this.random;
    const out: Required<RowsByTable> = {
      organisations: [],
      accounts: [],
      users: [],
      contacts: [],
      invoices: [],
      invoice_lines: [],
      payments: [],
      support_tickets: [],
      messages: [],
      login_events: [],
      uploads: [],
      newsletter_subscriptions: [],
    };
    const company = companyName(r);
    const created = this.between(DEMO_START, DEMO_END - 540 * DAY);
    const deleted = r.chance(0.02) ? this.between(DEMO_END - 60 * DAY, DEMO_END) : null;
    out.organisations.push({
      id: o,
      name: company,
      kvk: kvkNumber(r),
      created_at: this.stamp(created),
      deleted_at: deleted === null ? null : this.stamp(deleted),
    });

    const first = ownerOf(o);
    const last = Math.min(first + USERS_PER_ORGANISATION - 1, this.subjects);
    const users: { id: number; who: Person; email: string; created: number }[] = [];
    for (let u = first; u <= last; u++) users.push(this.user(u, o, created, out));
    const owner = users[0]!;

    const personal = r.chance(0.75);
    const plan = r.pick(PLANS);
    const account = {
      email: personal ? owner.email : this.mail.unique("administratie", `${mailSlug(company)}.example`),
      name: personal ? owner.who.name : company,
      iban: dutchIban(r),
    };
    out.accounts.push({
      id: o,
      organisation_id: o,
      plan,
      billing_email: account.email,
      billing_name: account.name,
      iban: account.iban,
      status: deleted ? "cancelled" : r.pick(["active", "active", "active", "past_due"]),
      created_at: this.stamp(created),
      ended_at: deleted === null ? null : this.stamp(deleted),
    });

    for (let k = 0; k < CONTACTS_PER_ORGANISATION; k++) {
      const who = person(r);
      out.contacts.push({
        id: (o - 1) * CONTACTS_PER_ORGANISATION + k + 1,
        organisation_id: o,
        created_by_user_id: (users[k] ?? owner).id,
        name: who.name,
        email: r.chance(0.8) ? this.mail.next(r, who) : null,
        phone: r.chance(0.6) ? `06-${r.digits(8)}` : null,
        notes: r.chance(0.5) ? r.pick(CONTACT_NOTES) : null,
      });
    }

    const address = dutchAddress(r).line;
    for (let k = 0; k < INVOICES_PER_ACCOUNT; k++) {
      const id = (o - 1) * INVOICES_PER_ACCOUNT + k + 1;
      // Spread over the life of the account: old accounts have invoices past the 7-year hold, new ones do not.
      const issued =
        created + Math.floor(((DEMO_END - created) * k) / INVOICES_PER_ACCOUNT) + this.between(0, 28 * DAY);
      const lines = this.invoiceLines(id, plan, issued);
      const amount = lines.reduce((sum, line) => sum + (line.amount_cents as number), 0);
      out.invoices.push({
        id,
        account_id: o,
        number: `KW-${new Date(issued).getUTCFullYear()}-${String(id).padStart(7, "0")}`,
        issued_at: this.stamp(issued),
        billing_name: account.name,
        billing_email: account.email,
        billing_address: address,
        amount_cents: amount,
      });
      out.invoice_lines.push(...lines);
      out.payments.push({
        id,
        invoice_id: id,
        iban: account.iban,
        amount_cents: amount,
        paid_at: this.stamp(issued + this.between(DAY, 30 * DAY)),
      });
    }
    return out;
  }

  private invoiceLines(invoice: number, plan: (typeof PLANS)[number], issued: number): Row[] {
    const date = new Date(issued);
    const month = `${DUTCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    const extra = this.random.int(1, 9);
    const descriptions = [
      { description: `Abonnement ${plan}, ${month}`, amount_cents: PLAN_PRICE_CENTS[plan] },
      { description: `Extra gebruikers (${extra})`, amount_cents: extra * 500 },
    ];
    return descriptions.slice(0, LINES_PER_INVOICE).map((line, k) => ({
      id: (invoice - 1) * LINES_PER_INVOICE + k + 1,
      invoice_id: invoice,
      ...line,
      created_at: this.stamp(issued),
    }));
  }

  private user(u: number, o: number, orgCreated: number, out: Required<RowsByTable>) {
    const r = this.random;
    const hostile = this.hostile.get(u);
    const generated = person(r);
    const who: Person = hostile ? { first: hostile.name.split(" ")[0]!, last: "", name: hostile.name } : generated;
    const email = hostile ? hostile.email : this.mail.next(r, who);
    const created = this.between(orgCreated, Math.min(orgCreated + 365 * DAY, DEMO_END));
    out.users.push({
      id: u,
      organisation_id: o,
      email,
      name: who.name,
      phone: r.chance(0.85) ? mobileNumber(u, this.phoneOffset) : null,
      password_hash: passwordHash(r),
      locale: r.pick(LOCALES),
      created_at: this.stamp(created),
      restricted_at: null,
    });

    const ticketBase = ticketsBefore(u);
    for (let k = 1; k <= ticketsOf(u); k++) this.ticket(ticketBase + k, u, who, created, out);

    for (let k = 1; k <= LOGINS_PER_USER; k++) {
      out.login_events.push({
        id: (u - 1) * LOGINS_PER_USER + k,
        user_id: u,
        ip: ipAddress(r),
        user_agent: r.pick(USER_AGENTS),
        at: this.stamp(this.between(created, DEMO_END)),
      });
    }

    const kind = r.pick(UPLOADS);
    const uploaded = this.between(created, DEMO_END);
    out.uploads.push({
      id: u,
      user_id: u,
      filename: `${kind.name}-${new Date(uploaded).getUTCFullYear()}-${r.int(1, 99)}.${kind.ext}`,
      content_type: kind.type,
      size_bytes: r.int(8_000, 12_000_000),
      storage_key: `uploads/${new Date(uploaded).getUTCFullYear()}/${r.hex(32)}`,
    });

    if (subscribes(u)) {
      const confirmed = this.between(created, DEMO_END);
      out.newsletter_subscriptions.push({
        id: (u + 1) / 2,
        email,
        name: who.name,
        user_id: u,
        confirmed_at: this.stamp(confirmed),
        unsubscribed_at: r.chance(0.2) ? this.stamp(this.between(confirmed, DEMO_END)) : null,
      });
    }
    return { id: u, who, email, created };
  }

  private ticket(t: number, u: number, who: Person, userCreated: number, out: Required<RowsByTable>): void {
    const r = this.random;
    const opened = this.between(userCreated, DEMO_END - 2 * DAY);
    const subject = r.pick(TICKET_SUBJECTS);
    out.support_tickets.push({
      id: t,
      user_id: u,
      subject,
      // Free text holds personal data too, as real tickets do: the engine has to mask bodies, not only columns.
      body: `Hallo, ik ben ${who.name}. ${subject}. Bel me gerust terug. Groet, ${who.first}`,
      created_at: this.stamp(opened),
      closed_at: r.chance(0.8) ? this.stamp(opened + this.between(DAY, 10 * DAY)) : null,
    });
    const base = messagesBefore(t);
    for (let k = 1; k <= messagesOf(t); k++) {
      const fromUser = k % 2 === 1;
      out.messages.push({
        id: base + k,
        ticket_id: t,
        author_user_id: fromUser ? u : null,
        body: fromUser ? `${subject}? Het gaat om mijn account (${who.name}).` : `Dag ${who.first}, we kijken ernaar.`,
        sent_at: this.stamp(opened + k * 3_600_000),
      });
    }
  }

  /** Subscribers without an account, numbered after the users' subscriptions. */
  anonymousSubscribers(): Row[] {
    const r = this.random;
    const rows: Row[] = [];
    const first = linkedSubscriptions(this.subjects);
    for (let j = 1; j <= anonymousSubscriptions(this.subjects); j++) {
      const who = person(r);
      rows.push({
        id: first + j,
        email: this.mail.next(r, who),
        name: r.chance(0.5) ? who.name : null,
        user_id: null,
        confirmed_at: r.chance(0.9) ? this.stamp(this.between(DEMO_START, DEMO_END)) : null,
        unsubscribed_at: null,
      });
    }
    return rows;
  }
}
