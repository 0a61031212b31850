import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { OutboxRow, Store, StoreSchema } from "../store/index.js";
import type { Mailer, MailMessage } from "./message.js";

/**
 * The embedded default's mail transport: messages are written to the store's outbox table, where the
 * admin console shows them, instead of leaving the machine. `sent_at` stays empty: nothing was
 * delivered. Extra headers are not kept; the outbox shows what a person would read.
 */
export class OutboxMailer implements Mailer {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(message: MailMessage): Promise<void> {
    await this.sendIn(this.store.db, message);
  }

  async sendIn(db: Kysely<StoreSchema>, message: MailMessage): Promise<void> {
    await db
      .insertInto("outbox")
      .values({
        id: randomUUID(),
        to_address: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
        lang: message.lang,
        created_at: this.now().toISOString(),
        sent_at: null,
        error: null,
      })
      .execute();
  }
}

export interface OutboxQuery {
  /** Only messages to this address, exactly as it was sent to. */
  to?: string;
  limit?: number;
  offset?: number;
}

/** Outbox messages, newest first, for the admin console and for tests that read a code from a mail. */
export async function listOutbox(store: Store, query: OutboxQuery = {}): Promise<OutboxRow[]> {
  let q = store.db.selectFrom("outbox").selectAll().orderBy("created_at", "desc").orderBy("id");
  if (query.to !== undefined) q = q.where("to_address", "=", query.to);
  if (query.limit !== undefined) q = q.limit(query.limit);
  if (query.offset !== undefined) q = q.offset(query.offset);
  return q.execute();
}
