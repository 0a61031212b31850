import { type RawBuilder, sql, type Transaction } from "kysely";
import { mailSlug } from "./dutch.js";
import { isSeed } from "./random.js";
import { createIndexes, foreignKeys, indexes } from "./schema.js";
import { DEMO_TABLES } from "./tables.js";
import { DEMO_END, DEMO_START } from "./generate.js";
import { HOSTILE_IDENTITIES, hostileUserIds } from "./hostile.js";
import {
  BANKS,
  CONTACT_NOTES,
  DUTCH_MONTHS,
  FIRST_NAMES,
  LEGAL_FORMS,
  LOCALES,
  MAIL_DOMAINS,
  PLAN_PRICE_CENTS,
  PLANS,
  STREETS,
  SURNAMES,
  TICKET_SUBJECTS,
  TOWNS,
  TRADES,
  UPLOADS,
  USER_AGENTS,
} from "./words.js";

/**
 * The PostgreSQL fast path: every table is filled by one INSERT ... SELECT over generate_series, so
 * a million subjects take minutes instead of hours. Values derive from the row number through a
 * seeded integer hash; they are not the row-by-row seeder's values, but the tables have the same
 * sizes, links, kinds of values and hostile identities (see shape.ts).
 */
export async function seedOnServer(
  // any: the demo tables are not typed for Kysely.
  trx: Transaction<any>,
  subjects: number,
  seed: number,
  total: number,
  progress: (done: number, total: number) => void,
  stage: (stage: string) => void,
): Promise<void> {
  await createHelpers(trx, seed);
  // Checking foreign keys and growing indexes row by row is slower than building them once, in bulk,
  // after the rows are in; the whole seeding is one transaction, so nobody sees the table without them.
  for (const table of DEMO_TABLES) {
    for (const fk of foreignKeys(table)) await trx.schema.alterTable(table.name).dropConstraint(fk.name).execute();
    for (const index of indexes(table, true)) await trx.schema.dropIndex(index.name).execute();
  }
  let done = 0;
  for (const statement of statements(subjects)) {
    const result = await statement.execute(trx);
    done += Number(result.numAffectedRows ?? 0n);
    progress(done, total);
  }
  stage("building indexes and checking foreign keys");
  for (const table of DEMO_TABLES) {
    await createIndexes(trx, table, true);
    for (const fk of foreignKeys(table)) {
      await trx.schema
        .alterTable(table.name)
        .addForeignKeyConstraint(fk.name, [fk.column], fk.references, ["id"])
        .execute();
    }
  }
  await sql`drop function pg_temp.wb_moment, pg_temp.wb_chance, pg_temp.wb_pick, pg_temp.wb_hash`.execute(trx);
}

/**
 * Session-local helpers: a seeded hash of (row number, salt), and picks, chances and moments built
 * on it. The seed is a validated integer, written into the function body as a literal.
 */
async function createHelpers(
  // any: the demo tables are not typed for Kysely.
  trx: Transaction<any>,
  seed: number,
): Promise<void> {
  if (!isSeed(seed)) throw new RangeError("seed must be an integer from 0 to 4294967295");
  const salted = sql.lit(seed);
  const helpers = [
    // hashint8extended is the hash behind hash partitioning, so PostgreSQL keeps it stable across versions.
    sql`create function pg_temp.wb_hash(n bigint, salt integer) returns bigint language sql immutable
      as $$ select hashint8extended(n, ${salted} * 1000 + salt) & 4294967295 $$`,
    sql`create function pg_temp.wb_pick(words text[], n bigint, salt integer) returns text language sql immutable
      as $$ select words[1 + pg_temp.wb_hash(n, salt) % cardinality(words)] $$`,
    sql`create function pg_temp.wb_chance(n bigint, salt integer, percent integer) returns boolean language sql immutable
      as $$ select pg_temp.wb_hash(n, salt) % 100 < percent $$`,
    sql`create function pg_temp.wb_moment(n bigint, salt integer, low timestamptz, high timestamptz) returns timestamptz
      language sql immutable
      as $$ select low + (pg_temp.wb_hash(n, salt) % greatest(1, extract(epoch from high - low)::bigint)) * interval '1 second' $$`,
  ];
  for (const helper of helpers) await helper.execute(trx);
}

const start = sql.lit(new Date(DEMO_START).toISOString());
const end = sql.lit(new Date(DEMO_END).toISOString());
const START = sql`${start}::timestamptz`;
const END = sql`${end}::timestamptz`;

/** Bank codes as the digits the IBAN check reads them as (A=10 ... Z=35), for computing check digits in SQL. */
const bankDigits = BANKS.map((bank) => [...bank].map((c) => c.charCodeAt(0) - 55).join(""));

/** A postcode of a real town's range with two letters that are never SA, SD or SS, as postcodeLetters does. */
function addressLine(n: RawBuilder<unknown>): RawBuilder<string> {
  const town = sql`(1 + pg_temp.wb_hash(${n}, 40) % ${TOWNS.length})`;
  const a = sql`(pg_temp.wb_hash(${n}, 41) % 26)`;
  const b = sql`(pg_temp.wb_hash(${n}, 42) % 26)`;
  return sql<string>`pg_temp.wb_pick(${STREETS}::text[], ${n}, 43) || ' ' || (1 + pg_temp.wb_hash(${n}, 44) % 250) || ', '
    || ((${TOWNS.map((t) => t.from)}::int[])[${town}] + pg_temp.wb_hash(${n}, 45)
        % ((${TOWNS.map((t) => t.to)}::int[])[${town}] - (${TOWNS.map((t) => t.from)}::int[])[${town}] + 1))
    || ' ' || chr(65 + ${a}::int) || chr(65 + ${b}::int + case when ${a} = 18 and ${b} in (0, 3, 18) then 1 else 0 end)
    || ' ' || (${TOWNS.map((t) => t.name)}::text[])[${town}]`;
}

function statements(subjects: number): RawBuilder<unknown>[] {
  const N = sql.lit(subjects);
  const hostileIds = hostileUserIds(subjects);
  const hostile = HOSTILE_IDENTITIES.slice(0, hostileIds.length);
  const firstSlugs = FIRST_NAMES.map(mailSlug);
  const lastSlugs = SURNAMES.map(mailSlug);
  const prices = PLANS.map((plan) => PLAN_PRICE_CENTS[plan]);
  return [
    sql`insert into organisations (id, name, kvk, created_at, deleted_at)
      select o, trim(initcap(left(pg_temp.wb_pick(${SURNAMES}::text[], o, 1), 1))
          || substr(pg_temp.wb_pick(${SURNAMES}::text[], o, 1), 2)
          || ' ' || pg_temp.wb_pick(${TRADES}::text[], o, 2) || ' ' || pg_temp.wb_pick(${LEGAL_FORMS}::text[], o, 3)),
        (10000000 + pg_temp.wb_hash(o, 4) % 90000000)::text,
        pg_temp.wb_moment(o, 5, ${START}, ${END} - interval '540 days'),
        case when pg_temp.wb_chance(o, 6, 2) then pg_temp.wb_moment(o, 7, ${END} - interval '60 days', ${END}) end
      from generate_series(1, ceil(${N} / 4.0)::bigint) as o`,
    sql`insert into users (id, organisation_id, email, name, phone, password_hash, locale, created_at)
      select u, (u - 1) / 4 + 1,
        coalesce(h.email, (${firstSlugs}::text[])[p.f] || '.' || (${lastSlugs}::text[])[p.l] || '.' || u || '@'
          || pg_temp.wb_pick(${MAIL_DOMAINS}::text[], u, 12)),
        coalesce(h.name, (${FIRST_NAMES}::text[])[p.f] || ' ' || (${SURNAMES}::text[])[p.l]),
        case when pg_temp.wb_chance(u, 13, 85) then '+316' || lpad(((u * 48271 + pg_temp.wb_hash(0, 16)) % 100000000)::text, 8, '0') end,
        '$argon2id$v=19$m=19456,t=2,p=1$' || left(encode(sha256(('s' || u)::bytea), 'base64'), 22) || '$'
          || left(encode(sha256(('h' || u)::bytea), 'base64'), 43),
        pg_temp.wb_pick(${LOCALES}::text[], u, 14),
        least(org.created_at + (pg_temp.wb_hash(u, 15) % 31536000) * interval '1 second', ${END})
      from generate_series(1, ${N}::bigint) as u
      join organisations org on org.id = (u - 1) / 4 + 1
      cross join lateral (select 1 + pg_temp.wb_hash(u, 10) % ${FIRST_NAMES.length} as f,
                                 1 + pg_temp.wb_hash(u, 11) % ${SURNAMES.length} as l) p
      left join unnest(${hostileIds}::bigint[], ${hostile.map((h) => h.email)}::text[], ${hostile.map((h) => h.name)}::text[])
        as h(id, email, name) on h.id = u`,
    sql`insert into accounts (id, organisation_id, plan, billing_email, billing_name, iban, status, created_at, ended_at)
      select o.id, o.id, pg_temp.wb_pick(${PLANS}::text[], o.id, 20),
        case when personal then owner.email else 'administratie@org' || o.id || '.example' end,
        case when personal then owner.name else o.name end,
        'NL' || lpad((98 - ((${bankDigits}::text[])[bank] || digits || '232100')::numeric % 97)::text, 2, '0')
          || (${BANKS}::text[])[bank] || digits,
        case when o.deleted_at is not null then 'cancelled' when pg_temp.wb_chance(o.id, 21, 25) then 'past_due' else 'active' end,
        o.created_at, o.deleted_at
      from organisations o
      join users owner on owner.id = (o.id - 1) * 4 + 1
      cross join lateral (select pg_temp.wb_chance(o.id, 22, 75) as personal,
        1 + pg_temp.wb_hash(o.id, 23) % ${BANKS.length} as bank,
        lpad((pg_temp.wb_hash(o.id, 24) % 100000)::text, 5, '0') || lpad((pg_temp.wb_hash(o.id, 25) % 100000)::text, 5, '0') as digits) x`,
    sql`insert into contacts (id, organisation_id, created_by_user_id, name, email, phone, notes)
      select (o - 1) * 2 + k + 1, o, case when (o - 1) * 4 + k + 1 <= ${N} then (o - 1) * 4 + k + 1 else (o - 1) * 4 + 1 end,
        (${FIRST_NAMES}::text[])[p.f] || ' ' || (${SURNAMES}::text[])[p.l],
        case when pg_temp.wb_chance(c, 31, 80) then (${firstSlugs}::text[])[p.f] || '.' || (${lastSlugs}::text[])[p.l]
          || '.c' || c || '@' || pg_temp.wb_pick(${MAIL_DOMAINS}::text[], c, 32) end,
        case when pg_temp.wb_chance(c, 33, 60) then '06-' || lpad((pg_temp.wb_hash(c, 34) % 100000000)::text, 8, '0') end,
        case when pg_temp.wb_chance(c, 35, 50) then pg_temp.wb_pick(${CONTACT_NOTES}::text[], c, 36) end
      from generate_series(1, ceil(${N} / 4.0)::bigint) as o cross join generate_series(0, 1) as k
      cross join lateral (select (o - 1) * 2 + k + 1 as c) ids
      cross join lateral (select 1 + pg_temp.wb_hash(c, 37) % ${FIRST_NAMES.length} as f,
                                 1 + pg_temp.wb_hash(c, 38) % ${SURNAMES.length} as l) p`,
    sql`insert into invoices (id, account_id, number, issued_at, billing_name, billing_email, billing_address, amount_cents)
      select i, a.id, 'KW-' || extract(year from issued at time zone 'UTC') || '-' || lpad(i::text, 7, '0'), issued,
        a.billing_name, a.billing_email, ${addressLine(sql`a.id`)},
        (${prices}::int[])[array_position(${PLANS}::text[], a.plan)] + (1 + pg_temp.wb_hash(i, 50) % 9) * 500
      from accounts a cross join generate_series(0, 2) as k
      cross join lateral (select (a.id - 1) * 3 + k + 1 as i,
        a.created_at + (${END} - a.created_at) * k / 3 + (pg_temp.wb_hash((a.id - 1) * 3 + k + 1, 51) % 2419200) * interval '1 second' as issued) x`,
    sql`insert into invoice_lines (id, invoice_id, description, amount_cents, created_at)
      select (i.id - 1) * 2 + k, i.id,
        case when k = 1 then 'Abonnement ' || a.plan || ', ' || (${DUTCH_MONTHS}::text[])[extract(month from i.issued_at at time zone 'UTC')::int]
          || ' ' || extract(year from i.issued_at at time zone 'UTC')
        else 'Extra gebruikers (' || (i.amount_cents - price) / 500 || ')' end,
        case when k = 1 then price else i.amount_cents - price end,
        i.issued_at
      from invoices i join accounts a on a.id = i.account_id
      cross join lateral (select (${prices}::int[])[array_position(${PLANS}::text[], a.plan)] as price) x
      cross join generate_series(1, 2) as k`,
    sql`insert into payments (id, invoice_id, iban, amount_cents, paid_at)
      select i.id, i.id, a.iban, i.amount_cents, i.issued_at + (86400 + pg_temp.wb_hash(i.id, 60) % 2505600) * interval '1 second'
      from invoices i join accounts a on a.id = i.account_id`,
    sql`insert into support_tickets (id, user_id, subject, body, created_at, closed_at)
      select t, u.id, s.subject, 'Hallo, ik ben ' || u.name || '. ' || s.subject || '. Bel me gerust terug. Groet, ' || split_part(u.name, ' ', 1),
        opened, case when pg_temp.wb_chance(t, 71, 80) then opened + (86400 + pg_temp.wb_hash(t, 72) % 777600) * interval '1 second' end
      from users u cross join lateral generate_series(1, (u.id - 1) % 3) as k
      cross join lateral (select 3 * ((u.id - 1) / 3) + case when (u.id - 1) % 3 = 2 then 1 else 0 end + k as t) ids
      cross join lateral (select pg_temp.wb_pick(${TICKET_SUBJECTS}::text[], t, 73) as subject,
        pg_temp.wb_moment(t, 74, u.created_at, ${END} - interval '2 days') as opened) s`,
    sql`insert into messages (id, ticket_id, author_user_id, body, sent_at)
      select 6 * ((t.id - 1) / 3) + (array[0, 1, 3])[((t.id - 1) % 3 + 1)::int] + k, t.id,
        case when k % 2 = 1 then t.user_id end,
        case when k % 2 = 1 then t.subject || '? Het gaat om mijn account (' || u.name || ').'
          else 'Dag ' || split_part(u.name, ' ', 1) || ', we kijken ernaar.' end,
        t.created_at + k * interval '1 hour'
      from support_tickets t join users u on u.id = t.user_id
      cross join lateral generate_series(1, (t.id - 1) % 3 + 1) as k`,
    sql`insert into login_events (id, user_id, ip, user_agent, at)
      select e, u.id,
        case when pg_temp.wb_hash(e, 80) % 7 = 0
          then '2a02:a4' || lpad(to_hex(pg_temp.wb_hash(e, 81) % 256), 2, '0') || ':' || to_hex(pg_temp.wb_hash(e, 82) % 65536) || '::' || to_hex(1 + pg_temp.wb_hash(e, 83) % 4095)
          else (array[77, 84, 86, 89, 94, 145, 188, 212, 213, 217])[1 + pg_temp.wb_hash(e, 84) % 10] || '.' || pg_temp.wb_hash(e, 85) % 256
            || '.' || pg_temp.wb_hash(e, 86) % 256 || '.' || 1 + pg_temp.wb_hash(e, 87) % 254 end,
        pg_temp.wb_pick(${USER_AGENTS}::text[], e, 88), pg_temp.wb_moment(e, 89, u.created_at, ${END})
      from users u cross join generate_series(1, 3) as k cross join lateral (select (u.id - 1) * 3 + k as e) ids`,
    sql`insert into uploads (id, user_id, filename, content_type, size_bytes, storage_key)
      select u.id, u.id, (${UPLOADS.map((f) => f.name)}::text[])[f] || '-' || extract(year from u.created_at at time zone 'UTC')
          || '-' || (1 + pg_temp.wb_hash(u.id, 91) % 99) || '.' || (${UPLOADS.map((f) => f.ext)}::text[])[f],
        (${UPLOADS.map((f) => f.type)}::text[])[f], 8000 + pg_temp.wb_hash(u.id, 92) % 11992000,
        'uploads/' || extract(year from u.created_at at time zone 'UTC') || '/' || md5('upload' || u.id)
      from users u cross join lateral (select (1 + pg_temp.wb_hash(u.id, 90) % ${UPLOADS.length})::int as f) x`,
    sql`insert into newsletter_subscriptions (id, email, name, user_id, confirmed_at, unsubscribed_at)
      select (u.id + 1) / 2, u.email, u.name, u.id, c.at,
        case when pg_temp.wb_chance(u.id, 101, 20) then pg_temp.wb_moment(u.id, 102, c.at, ${END}) end
      from users u cross join lateral (select pg_temp.wb_moment(u.id, 100, u.created_at, ${END}) as at) c
      where u.id % 2 = 1`,
    sql`insert into newsletter_subscriptions (id, email, name, user_id, confirmed_at, unsubscribed_at)
      select ceil(${N} / 2.0)::bigint + j,
        (${firstSlugs}::text[])[p.f] || '.' || (${lastSlugs}::text[])[p.l] || '.n' || j || '@' || pg_temp.wb_pick(${MAIL_DOMAINS}::text[], j, 110),
        case when pg_temp.wb_chance(j, 111, 50) then (${FIRST_NAMES}::text[])[p.f] || ' ' || (${SURNAMES}::text[])[p.l] end,
        null, case when pg_temp.wb_chance(j, 112, 90) then pg_temp.wb_moment(j, 113, ${START}, ${END}) end, null
      from generate_series(1, ${N}::bigint / 10) as j
      cross join lateral (select 1 + pg_temp.wb_hash(j, 114) % ${FIRST_NAMES.length} as f,
                                 1 + pg_temp.wb_hash(j, 115) % ${SURNAMES.length} as l) p`,
  ];
}
