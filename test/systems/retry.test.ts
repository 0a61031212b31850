import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { send, type CallPolicy } from "../../src/systems/http/client.js";
import { SystemError } from "../../src/systems/http/errors.js";
import { idempotencyKey } from "../../src/systems/http/idempotency.js";
import { backoffMs, Pace, retryAfterMs } from "../../src/systems/http/pace.js";
import { Redactor } from "../../src/systems/http/redact.js";
import { SystemClient } from "../../src/systems/http/system-client.js";
import { FakeApi, type Received } from "./fakes/fake-api.js";
import { fakeTime, httpSystem, run } from "./helpers.js";

/** Answers 200 with a small record; tests put their failures in front. */
class Plain extends FakeApi {
  protected authorised() {
    return true;
  }
  protected route(_req: Received) {
    return { status: 200, body: { ok: true } };
  }
}

const api = new Plain();
let base: string;
beforeAll(async () => {
  base = await api.listen();
});
afterAll(() => api.close());
beforeEach(() => {
  api.received = [];
  api.injected = [];
});

function policy(time: ReturnType<typeof fakeTime>, attempts = 4, perSecond?: number): CallPolicy {
  return {
    system: "api",
    attempts,
    baseDelayMs: 100,
    maxDelayMs: 10_000,
    timeoutMs: 5_000,
    pace: new Pace(time.deps, perSecond),
    redactor: new Redactor(["jan@example.nl"]),
  };
}

function call(path = "/people/jan%40example.nl") {
  return { what: "access GET /people/{identity.email}", method: "GET", url: new URL(path, base), headers: {} };
}

describe("retries with backoff", () => {
  it("doubles the wait per try, capped, with half of it jittered", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 100, 500, 0))).toEqual([50, 100, 200, 250]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 100, 500, 0.999))).toEqual([100, 200, 400, 500]);
  });

  it("tries again after 500s and a dropped connection, and returns the answer that came", async () => {
    api.injected.push({ status: 500 }, { status: "drop" }, { status: 503 });
    const time = fakeTime();
    const answer = await send(call(), policy(time), time.deps);
    expect(answer).toMatchObject({ status: 200, json: { ok: true } });
    expect(api.received).toHaveLength(4);
    expect(time.waits).toEqual([75, 150, 300]);
  });

  it("stops after the bounded number of tries, naming the call and status, never the address", async () => {
    api.injected.push({ status: 502 }, { status: 502 }, { status: 502 });
    const time = fakeTime();
    const error = await send(call(), policy(time, 3), time.deps).catch((e: Error) => e);
    expect(error).toBeInstanceOf(SystemError);
    expect((error as Error).message).toBe("system api: access GET /people/{identity.email} answered 502 after 3 tries");
    expect(api.received).toHaveLength(3);
    expect(time.waits).toHaveLength(2);
  });

  it("does not retry other client errors: they are returned for the caller to judge", async () => {
    api.injected.push({ status: 400 });
    const time = fakeTime();
    expect((await send(call(), policy(time), time.deps)).status).toBe(400);
    expect(api.received).toHaveLength(1);
  });

  it("names an unreachable system by its error code, scrubbed", async () => {
    const time = fakeTime();
    // A port that was just free: nothing listens there.
    const closed = new Plain();
    const url = await closed.listen();
    await closed.close();
    const gone = { ...call(), url: new URL(`${url}/people/jan%40example.nl`) };
    const error = await send(gone, policy(time, 2), time.deps).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "system api: access GET /people/{identity.email} could not be reached (ECONNREFUSED) after 2 tries",
    );
  });

  it("tries again when an answer breaks off half-way", async () => {
    let served = 0;
    const flaky = createServer((_req, res) => {
      served++;
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      if (served === 1) {
        res.write('{"ok":');
        res.socket?.destroy();
      } else res.end(JSON.stringify({ ok: true }).padEnd(100));
    });
    await new Promise<void>((resolve) => flaky.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}`;
    const time = fakeTime();
    const answer = await send({ ...call(), url: new URL(`${url}/people/x`) }, policy(time), time.deps);
    flaky.closeAllConnections();
    await new Promise<void>((resolve) => flaky.close(() => resolve()));
    expect(answer.json).toEqual({ ok: true });
    expect(served).toBe(2);
    expect(time.waits).toEqual([75]);
  });

  it("abandons a try that stalls, and counts it as a network error", async () => {
    // Takes each request and never answers.
    let taken = 0;
    const stalled = createServer(() => void taken++);
    await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}`;
    const time = fakeTime();
    const slow = { ...call(), url: new URL(`${url}/people/jan%40example.nl`) };
    const error = await send(slow, { ...policy(time, 2), timeoutMs: 50 }, time.deps).catch((e: Error) => e);
    stalled.closeAllConnections();
    await new Promise<void>((resolve) => stalled.close(() => resolve()));
    expect((error as Error).message).toBe(
      "system api: access GET /people/{identity.email} could not be reached (timed out) after 2 tries",
    );
    expect(taken).toBe(2);
  });
});

describe("rate limits", () => {
  it("honours Retry-After in seconds and as a date", async () => {
    expect(retryAfterMs("7", 0)).toBe(7000);
    expect(retryAfterMs(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(retryAfterMs("soon", 0)).toBeUndefined();
    api.injected.push({ status: 429, headers: { "retry-after": "2" } });
    const time = fakeTime();
    await send(call(), policy(time), time.deps);
    expect(time.waits).toEqual([2000]);
  });

  it("backs off on a 429 without Retry-After", async () => {
    api.injected.push({ status: 429 });
    const time = fakeTime();
    await send(call(), policy(time), time.deps);
    expect(time.waits).toEqual([75]);
  });

  it("refuses to wait longer than max_delay_ms rather than call early", async () => {
    api.injected.push({ status: 429, headers: { "retry-after": "3600" } });
    const time = fakeTime();
    const error = await send(call(), policy(time), time.deps).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "system api: access GET /people/{identity.email} answered 429 asking to wait 3600 s, longer than max_delay_ms allows",
    );
    expect(time.waits).toEqual([]);
  });

  it("spaces calls to the rate the register allows", async () => {
    const time = fakeTime();
    const p = policy(time, 1, 4);
    for (let i = 0; i < 4; i++) await send(call(), p, time.deps);
    expect(time.waits).toEqual([250, 250, 250]);
  });
});

describe("idempotency keys", () => {
  it("derive from request, system, operation and record, and nothing else", () => {
    const key = idempotencyKey("req-1", "stripe", "rectification", "cus_1");
    expect(key).toBe(idempotencyKey("req-1", "stripe", "rectification", "cus_1"));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    for (const other of [
      idempotencyKey("req-2", "stripe", "rectification", "cus_1"),
      idempotencyKey("req-1", "mailchimp", "rectification", "cus_1"),
      idempotencyKey("req-1", "stripe", "erasure", "cus_1"),
      idempotencyKey("req-1", "stripe", "rectification", "cus_2"),
    ])
      expect(other).not.toBe(key);
  });

  it("go out the same on every retry of a write, and again on a re-run of the job", async () => {
    const system = httpSystem({
      idempotency_header: "Idempotency-Key",
      rectification: { method: "POST", path: "/people/{identity.email|sha256}", body: { name: "{correction.name}" } },
    });
    const time = fakeTime();
    api.injected.push({ status: 500 }, { status: 500 });
    const client = () => new SystemClient("api", system, run({ API_URL: base }, time.deps));
    const template = system.rectification!;
    await client().send("rectification", template, client().values({ correction: { name: "Jan" } }));
    await client().send("rectification", template, client().values({ correction: { name: "Jan" } }));
    const keys = api.received.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(4);
    expect(new Set(keys)).toEqual(new Set([idempotencyKey("req-0001", "api", "rectification")]));
  });
});
