import { sql, type Transaction } from "kysely";
import type { AnyDb } from "../src/connectors/connector.js";

/**
 * What a careful developer would write by hand for the demo schema: the same rows Waarborg's
 * register-driven walk finds, fetched with the fewest indexed queries (ids first, then `= any($ids)`;
 * no OR across columns, which defeats the indexes). The baseline for `bench dsr`.
 */
// any: the demo tables are untyped here.
type Tx = Transaction<any>;
type Q = AnyDb | Tx;

const ids = async (db: Q, query: ReturnType<typeof sql>) =>
  (await query.execute(db)).rows.map((r) => String((r as { id: unknown }).id));
const anyOf = (values: string[]) => sql`any(${values}::bigint[])`;

/** The person's key sets, found the way the register says: by address, then down the references. */
async function keys(db: Q, email: string) {
  const users = await ids(db, sql`select id from users where email = ${email}`);
  const accounts = await ids(db, sql`select id from accounts where billing_email = ${email}`);
  const invoices = await ids(
    db,
    sql`select id from invoices where billing_email = ${email} union select id from invoices where account_id = ${anyOf(accounts)}`,
  );
  const tickets = await ids(db, sql`select id from support_tickets where user_id = ${anyOf(users)}`);
  return { users, accounts, invoices, tickets };
}

export async function handwrittenAccess(db: AnyDb, email: string): Promise<Record<string, number>> {
  const k = await keys(db, email);
  const rows = async (q: ReturnType<typeof sql>) => (await q.execute(db)).rows.length;
  return {
    users: await rows(sql`select * from users where id = ${anyOf(k.users)}`),
    accounts: await rows(sql`select * from accounts where id = ${anyOf(k.accounts)}`),
    contacts: await rows(sql`select * from contacts where email = ${email}`),
    invoices: await rows(sql`select * from invoices where id = ${anyOf(k.invoices)}`),
    invoice_lines: await rows(sql`select * from invoice_lines where invoice_id = ${anyOf(k.invoices)}`),
    payments: await rows(sql`select * from payments where invoice_id = ${anyOf(k.invoices)}`),
    support_tickets: await rows(sql`select * from support_tickets where id = ${anyOf(k.tickets)}`),
    messages: await rows(
      sql`select * from messages where ticket_id = ${anyOf(k.tickets)} union select * from messages where author_user_id = ${anyOf(k.users)}`,
    ),
    login_events: await rows(sql`select * from login_events where user_id = ${anyOf(k.users)}`),
    uploads: await rows(sql`select * from uploads where user_id = ${anyOf(k.users)}`),
    newsletter_subscriptions: await rows(
      sql`select * from newsletter_subscriptions where email = ${email} union select * from newsletter_subscriptions where user_id = ${anyOf(k.users)}`,
    ),
  };
}

/**
 * The same erasure by hand: the same rows deleted or masked, held rows (AWR, 7 years) marked
 * restricted instead, children before parents, one transaction.
 */
export async function handwrittenErasure(db: AnyDb, email: string, now: Date): Promise<void> {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 7);
  const since = cutoff.toISOString();
  const masked = sql`'wb1:' || md5(${email})`;
  await db.transaction().execute(async (tx: Tx) => {
    const k = await keys(tx, email);
    const run = (q: ReturnType<typeof sql>) => q.execute(tx);
    await run(sql`delete from login_events where user_id = ${anyOf(k.users)}`);
    await run(sql`delete from uploads where user_id = ${anyOf(k.users)}`);
    await run(sql`delete from newsletter_subscriptions where email = ${email}`);
    await run(sql`delete from newsletter_subscriptions where user_id = ${anyOf(k.users)}`);
    await run(sql`update messages set body = '[verwijderd]' where ticket_id = ${anyOf(k.tickets)}`);
    await run(sql`update messages set body = '[verwijderd]' where author_user_id = ${anyOf(k.users)}`);
    await run(
      sql`update support_tickets set subject = '[verwijderd]', body = '[verwijderd]' where id = ${anyOf(k.tickets)}`,
    );
    for (const [table, dateColumn, set] of [
      ["invoice_lines", "created_at", sql`description = '[verwijderd]'`],
      ["payments", "paid_at", sql`iban = null`],
    ] as const) {
      await run(sql`insert into waarborg_restrictions (collection, row_key, ground, restricted_at)
        select ${table}, id::text, 'legal_obligation', ${now.toISOString()} from ${sql.table(table)}
        where invoice_id = ${anyOf(k.invoices)} and ${sql.ref(dateColumn)} > ${since} on conflict do nothing`);
      await run(
        sql`update ${sql.table(table)} set ${set} where invoice_id = ${anyOf(k.invoices)} and ${sql.ref(dateColumn)} <= ${since}`,
      );
    }
    await run(sql`insert into waarborg_restrictions (collection, row_key, ground, restricted_at)
      select 'invoices', id::text, 'legal_obligation', ${now.toISOString()} from invoices
      where id = ${anyOf(k.invoices)} and issued_at > ${since} on conflict do nothing`);
    await run(sql`update invoices set billing_name = '[verwijderd]', billing_email = ${masked}, billing_address = null
      where id = ${anyOf(k.invoices)} and issued_at <= ${since}`);
    await run(
      sql`update contacts set name = '[verwijderd]', email = ${masked}, phone = null, notes = null where email = ${email}`,
    );
    await run(
      sql`update accounts set billing_email = ${masked}, billing_name = '[verwijderd]', iban = null where id = ${anyOf(k.accounts)}`,
    );
    await run(
      sql`update users set email = ${masked}, name = '[verwijderd]', phone = null, password_hash = null where id = ${anyOf(k.users)}`,
    );
  });
}
