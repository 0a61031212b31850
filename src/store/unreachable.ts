import { sql } from "kysely";
import type { Kysely } from "kysely";

/**
 * The store could not be opened or answered no query. The message says why in words and never holds
 * the URL, which may carry a password; commands print it as one line.
 */
export class StoreUnreachableError extends Error {}

/** Driver codes in words. The drivers' own messages can name hosts, users and databases: they stay out. */
const REASONS: Record<string, string> = {
  ECONNREFUSED: "the connection was refused (is the server running, on that port?)",
  ENOTFOUND: "the host name is not known",
  EAI_AGAIN: "the host name could not be looked up",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host cannot be reached",
  ECONNRESET: "the server closed the connection",
  EACCES: "the file or its folder may not be written by this user",
  ENOENT: "the folder does not exist",
  "28P01": "the user name or password was not accepted",
  "28000": "the user may not connect to that database",
  "3D000": "the database does not exist",
  "57P03": "the server is starting up or shutting down",
  SQLITE_CANTOPEN: "the SQLite file cannot be opened",
  SQLITE_NOTADB: "the file is not a SQLite database",
};

export function unreachableReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && REASONS[code]) return REASONS[code];
  if (typeof code === "string" && /^[A-Z0-9_]+$/.test(code)) return `the driver answered ${code}`;
  if (error instanceof Error && /timeout/i.test(error.message)) return "the connection timed out";
  return "the address could not be used";
}

export function unreachable(error: unknown): StoreUnreachableError {
  return new StoreUnreachableError(`the service store cannot be reached: ${unreachableReason(error)}`);
}

/** One round trip to the store; throws StoreUnreachableError. For start-up and the readiness check. */
export async function pingStore(db: Kysely<any>, timeoutMs = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
  } catch (error) {
    throw unreachable(error);
  } finally {
    clearTimeout(timer);
  }
}
