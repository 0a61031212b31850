import type { Kysely, Migration } from "kysely";

/*
 * OpenDSR's link between a caller's subject_request_id and a request, in a table of its own. The
 * first release kept it as JSON under `opendsr:` keys in `settings`; those rows move here.
 */

interface OldLink {
  requestId: string;
  callbackUrls: string[];
  submittedTime: string;
  receivedTime: string;
  notified: string | null;
}

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("opendsr_links")
    .addColumn("subject_request_id", "text", (c) => c.primaryKey())
    // Null while the id is reserved and the request is being filed.
    .addColumn("request_id", "text", (c) => c.unique().references("requests.id").onDelete("cascade"))
    .addColumn("callback_urls", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("submitted_time", "text")
    .addColumn("received_time", "text")
    .addColumn("notified", "text")
    .execute();
  const old = await db.selectFrom("settings").select(["key", "value"]).where("key", "like", "opendsr:%").execute();
  for (const row of old as { key: string; value: string }[]) {
    const link = JSON.parse(row.value) as OldLink | null;
    // A reservation whose filing never finished is dropped: its caller got an error.
    if (!link) continue;
    await db
      .insertInto("opendsr_links")
      .values({
        subject_request_id: row.key.slice("opendsr:".length),
        request_id: link.requestId,
        callback_urls: JSON.stringify(link.callbackUrls),
        submitted_time: link.submittedTime,
        received_time: link.receivedTime,
        notified: link.notified,
      })
      .execute();
  }
  await db
    .deleteFrom("settings")
    .where((eb) => eb.or([eb("key", "like", "opendsr:%"), eb("key", "like", "opendsr.request:%")]))
    .execute();
}

async function down(db: Kysely<any>): Promise<void> {
  const links = await db.selectFrom("opendsr_links").selectAll().where("request_id", "is not", null).execute();
  for (const l of links) {
    const link = {
      subjectRequestId: l.subject_request_id,
      requestId: l.request_id,
      callbackUrls: JSON.parse(l.callback_urls),
      submittedTime: l.submitted_time,
      receivedTime: l.received_time,
      notified: l.notified,
    };
    await db
      .insertInto("settings")
      .values([
        { key: `opendsr:${l.subject_request_id}`, value: JSON.stringify(link) },
        { key: `opendsr.request:${l.request_id}`, value: l.subject_request_id },
      ])
      .execute();
  }
  await db.schema.dropTable("opendsr_links").execute();
}

export function opendsrLinks(): Migration {
  return { up, down };
}
