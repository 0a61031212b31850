import { listOutbox, OutboxMailer } from "../../src/mail/index.js";
import type { ProcessorDeps } from "../../src/processors/index.js";
import { loadRegister } from "../../src/register/index.js";
import type { Register } from "../../src/register/schema/register.js";
import type { Store } from "../../src/store/index.js";
import { Clock } from "../requests/fixture.js";

/** The demo register with the processors' agreements as a test wants them. */
export async function demoRegister(change: (register: Register) => void = () => undefined): Promise<Register> {
  const loaded = await loadRegister("examples/demo/privacy.yaml");
  if (!loaded.register) throw new Error("the demo register does not load");
  const register = structuredClone(loaded.register);
  change(register);
  return register;
}

/** Processor operations on a store, the outbox as mailer and a clock the test sets. */
export function processorDeps(store: Store, register: Register, start: string) {
  const clock = new Clock(Date.parse(start));
  const deps: ProcessorDeps = { store, register, now: clock.now, mailer: new OutboxMailer(store, clock.now) };
  return { deps, clock, outbox: () => listOutbox(store) };
}

/** Every processor of the demo signed on 2025-03-01 for review on the given day. */
export function reviewsDueOn(register: Register, dueOn: string): void {
  for (const recipient of Object.values(register.recipients))
    if (recipient.kind === "processor")
      recipient.agreement = { status: "signed", signed_on: "2025-03-01", review_due: dueOn };
}
