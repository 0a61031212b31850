import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import fastifyFormbody from "@fastify/formbody";
import Fastify, { type FastifyInstance } from "fastify";
import pg from "pg";
import { type AuditEntry, chainEntry } from "../src/audit/chain.js";

/** The service store's tables one filed request writes to; the bare route writes copies of each. */
export const WRITTEN = ["requests", "request_events", "audit_log", "verification_codes", "outbox"] as const;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Two audit entries chained onto the bare log's head, the head locked as the product locks its own. */
async function appendAudit(client: pg.PoolClient, requestId: string, at: string): Promise<void> {
  const head = await client.query<{ seq: number; hash: string }>(
    "select seq, hash from bare_audit_head where id = 1 for update",
  );
  let previous: Pick<AuditEntry, "seq" | "hash"> | undefined = head.rows[0];
  const entries: AuditEntry[] = [];
  for (const action of ["request.received", "request.send_code"]) {
    const input = { at, actor: "requester", action, subject_type: "request", subject_id: requestId };
    const entry = chainEntry(previous, { ...input, data: '{"type":"access"}' });
    entries.push(entry);
    previous = entry;
  }
  const values = entries.flatMap((e) => [e.seq, e.at, e.actor, e.action, e.subject_type, e.subject_id, e.data]);
  const hashes = entries.flatMap((e) => [e.prev_hash, e.hash]);
  await client.query(
    `insert into bare_audit_log (seq, at, actor, action, subject_type, subject_id, data, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $15, $16), ($8, $9, $10, $11, $12, $13, $14, $17, $18)`,
    [...values, ...hashes],
  );
  await client.query("update bare_audit_head set seq = $1, hash = $2 where id = 1", [previous!.seq, previous!.hash]);
}

/**
 * The bare side of the form POST: form parsing and, in ONE transaction on a plain pg pool, the same
 * rows a filed request writes (the request, its two events, two chained audit entries, the code and
 * the code mail in the outbox), with no register, no checks, no sealing and no page to render.
 */
export async function bareApp(databaseUrl: string, poolSize: number): Promise<{ app: FastifyInstance; pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  for (const table of WRITTEN) await pool.query(`create table bare_${table} (like ${table} including all)`);
  await pool.query("create table bare_audit_head (id int primary key, seq int not null, hash text not null)");
  await pool.query("insert into bare_audit_head values (1, 0, $1)", ["0".repeat(64)]);
  const app = Fastify({ bodyLimit: 256 * 1024 });
  await app.register(fastifyFormbody);
  app.post("/bare/request", async (request, reply) => {
    const body = request.body as Record<string, string>;
    const now = new Date();
    const at = now.toISOString();
    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const client = await pool.connect();
    try {
      await client.query("begin");
      await client.query(
        `insert into bare_requests (id, type, status, lang, identities_hash, identities_encrypted, received_at,
           due_at, status_token_hash, details, created_at, updated_at)
         values ($1, $2, 'code_sent', $3, $4, $5, $6, $7, $8, '{}', $6, $6)`,
        [
          id,
          body.type,
          body.lang,
          sha256(String(body.email)),
          // About the size of the sealed identities (AES-GCM envelope of a JSON list, base64).
          randomBytes(120).toString("base64"),
          at,
          new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
          sha256(id),
        ],
      );
      await client.query(
        `insert into bare_request_events (request_id, at, kind, actor, data)
         values ($1, $2, 'received', 'requester', '{}'), ($1, $2, 'send_code', 'system', '{}')`,
        [id, at],
      );
      await client.query(
        "insert into bare_verification_codes (request_id, code_hash, expires_at, created_at) values ($1, $2, $3, $4)",
        [id, sha256(`${id}:${code}`), new Date(now.getTime() + 15 * 60_000).toISOString(), at],
      );
      await client.query(
        `insert into bare_outbox (id, to_address, subject, text, html, lang, created_at, sent_at, error)
         values ($1, $2, 'Your code', $3, null, $4, $5, null, null)`,
        [randomUUID(), body.email, `Your code:\n    ${code}\n`, body.lang, at],
      );
      await appendAudit(client, id, at);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback");
      throw error;
    } finally {
      client.release();
    }
    return reply.redirect(`/bare/request/${id}`, 303);
  });
  app.get("/bare/request/:id", async (request, reply) => {
    const { id } = request.params as { id: string };
    const found = await pool.query("select id, type, status, received_at, due_at from bare_requests where id = $1", [
      id,
    ]);
    if (found.rowCount === 0) return reply.code(404).send({ error: "not found" });
    return found.rows[0];
  });
  return { app, pool };
}
