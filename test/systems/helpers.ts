import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { HttpSystem } from "../../src/register/index.js";
import { System } from "../../src/register/schema/systems/index.js";
import type { HttpDeps } from "../../src/systems/index.js";
import type { SystemRun } from "../../src/systems/http/system-client.js";

/** A shipped definition from examples/systems, parsed by the register's schema. */
export function exampleSystem(name: "mailchimp" | "stripe"): HttpSystem {
  const doc = parse(readFileSync(`examples/systems/${name}.yaml`, "utf8")) as Record<string, unknown>;
  return System.parse(doc[name]) as HttpSystem;
}

/** Parses a system written in a test, with the schema's defaults. */
export function httpSystem(input: Record<string, unknown>): HttpSystem {
  return System.parse({ kind: "http", label: "Test API", base_url_env: "API_URL", ...input }) as HttpSystem;
}

/**
 * Real fetch against the local fakes, and a clock that only moves when the code under test sleeps:
 * every wait is recorded and none is waited.
 */
export function fakeTime(): { deps: HttpDeps; waits: number[]; clock: { now: number } } {
  const clock = { now: 1_800_000_000_000 };
  const waits: number[] = [];
  return {
    clock,
    waits,
    deps: {
      fetch: (input, init) => fetch(input, init),
      now: () => clock.now,
      sleep: async (ms) => {
        waits.push(ms);
        clock.now += ms;
      },
      random: () => 0.5,
    },
  };
}

export function run(env: NodeJS.ProcessEnv, deps: HttpDeps, email = "Anna.de.Vries@example.nl"): SystemRun {
  return { requestId: "req-0001", identities: [{ type: "email", value: email }], env, deps };
}
