import type { HttpDeps } from "./deps.js";
import { SystemError } from "./errors.js";
import { backoffMs, type Pace, retryAfterMs } from "./pace.js";
import type { Redactor } from "./redact.js";

/** One call as the engine sends it. `what` names it in errors: operation, method and the path template. */
export interface Call {
  what: string;
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: { type: string; text: string };
}

export interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

export interface CallPolicy {
  system: string;
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A try that takes longer is abandoned and counts as a network error: a stalled API must not hold a worker. */
  timeoutMs: number;
  pace: Pace;
  redactor: Redactor;
}

/**
 * Sends a call, trying again a bounded number of times on a network error, a 5xx or a 429, waiting
 * the doubling backoff with jitter, or as long as a 429's Retry-After says. Any other answer is
 * returned for the caller to judge (a 404 may mean "no data"). The same headers go out on every try,
 * the idempotency key with them, so a retried write is done once.
 */
export async function send(call: Call, policy: CallPolicy, deps: HttpDeps): Promise<Answer> {
  let last = "";
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    await policy.pace.turn();
    let response: Response;
    try {
      response = await deps.fetch(call.url, {
        method: call.method,
        headers: {
          accept: "application/json",
          ...call.headers,
          ...(call.body ? { "content-type": call.body.type } : {}),
        },
        ...(call.body ? { body: call.body.text } : {}),
        redirect: "error",
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
    } catch (error) {
      last = `could not be reached (${networkReason(error, policy.redactor)})`;
      if (attempt < policy.attempts) await deps.sleep(wait(attempt, policy, deps));
      continue;
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      last = `answered ${response.status}`;
      if (attempt === policy.attempts) break;
      const asked = response.status === 429 ? retryAfterMs(response.headers.get("retry-after"), deps.now()) : undefined;
      if (asked !== undefined && asked > policy.maxDelayMs)
        throw new SystemError(
          policy.system,
          `${call.what} answered 429 asking to wait ${Math.ceil(asked / 1000)} s, longer than max_delay_ms allows`,
        );
      if (asked !== undefined) policy.pace.holdFor(asked);
      else await deps.sleep(wait(attempt, policy, deps));
      continue;
    }
    try {
      return { status: response.status, headers: response.headers, json: await readJson(response) };
    } catch (error) {
      // The answer broke off or stalled half-way: as unreliable as no answer, and tried again the same way.
      last = `broke off its answer (${networkReason(error, policy.redactor)})`;
      if (attempt < policy.attempts) await deps.sleep(wait(attempt, policy, deps));
    }
  }
  throw new SystemError(policy.system, `${call.what} ${last} after ${policy.attempts} tries`);
}

function wait(attempt: number, policy: CallPolicy, deps: HttpDeps): number {
  return backoffMs(attempt, policy.baseDelayMs, policy.maxDelayMs, deps.random());
}

/** A network error's code (ECONNREFUSED, ...), scrubbed all the same: some libraries quote the URL. */
function networkReason(error: unknown, redactor: Redactor): string {
  if ((error as Error).name === "TimeoutError") return "timed out";
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const text = cause?.code ?? cause?.message ?? (error as Error).message ?? "unknown error";
  return redactor.redact(String(text));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
