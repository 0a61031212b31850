import { generateKeyPairSync, randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { calendarFor } from "../../../src/deadlines/index.js";
import { type CreateQueueOptions, createQueue } from "../../../src/jobs/create.js";
import { changeRequest } from "../../../src/requests/change.js";
import { fileRequest, verifyRequest } from "../../../src/requests/index.js";
import type { ServiceContext } from "../../../src/context/index.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import { loadRegister } from "../../../src/register/load.js";
import type { Register } from "../../../src/register/schema/register.js";
import { createServiceContext } from "../../../src/service/context.js";
import type { Store } from "../../../src/store/open.js";
import type { RequestType } from "../../../src/kernel/index.js";

export const DEMO_REGISTER = fileURLToPath(new URL("../../../examples/demo/privacy.yaml", import.meta.url));

let demo: Promise<Register> | undefined;

/** One grant signing key per test file, as the environment would give it. */
const GRANT_SIGNING_KEY = generateKeyPairSync("ed25519")
  .privateKey.export({ type: "pkcs8", format: "der" })
  .toString("base64");

/** The demo register, loaded once per test file. */
export function demoRegister(): Promise<Register> {
  demo ??= loadRegister(DEMO_REGISTER).then((loaded) => {
    if (!loaded.register) throw new Error("the demo register does not load");
    return loaded.register;
  });
  return demo;
}

/**
 * A service context over a test store: the demo register, the outbox as mailer, a random data key,
 * the Dutch calendar and a clock the test moves. The queue is created but not started: jobs stay
 * queued, so tests see what was sent without a worker doing it.
 */
export async function serviceContext(
  store: Store,
  clock: { now: Date },
  options: { publicUrl?: string; queue?: CreateQueueOptions; register?: Register; env?: NodeJS.ProcessEnv } = {},
): Promise<ServiceContext> {
  return createServiceContext({
    store,
    queue: createQueue(store, { runner: "store", ...options.queue }),
    register: options.register ?? (await demoRegister()),
    registerPath: DEMO_REGISTER,
    dataKey: randomBytes(32),
    calendar: calendarFor("NL"),
    now: () => clock.now,
    publicUrl: options.publicUrl ?? "http://localhost",
    env: {
      WAARBORG_WEBHOOK_SECRET: "test webhook secret",
      WAARBORG_GRANT_SIGNING_KEY: GRANT_SIGNING_KEY,
      ...options.env,
    },
  });
}

/** Files a request for `email` and enters the code from the outbox, as the person would. */
export async function fileVerified(
  ctx: ServiceContext,
  type: RequestType,
  email: string,
  details?: Record<string, unknown>,
): Promise<{ requestId: string; statusToken: string }> {
  const filed = await fileRequest(ctx, {
    type,
    identities: [{ type: "email", value: email }],
    lang: "nl",
    ...(details ? { details } : {}),
  });
  const mail = (await listOutbox(ctx.store, { to: email }))[0];
  const code = /(\d{6})/.exec(mail?.subject ?? "")?.[1] ?? "";
  const verified = await verifyRequest(ctx, { ...filed, code });
  if (!verified.ok) throw new Error("the code from the outbox did not verify");
  return filed;
}

/** Records that the Art. 19 notice to `recipient` failed for good, as the worker does after its last try. */
export async function notReached(ctx: ServiceContext, requestId: string, recipient = "helpdesk"): Promise<void> {
  await changeRequest(ctx, requestId, {
    actor: "worker",
    kind: "recipient_notify_failed",
    data: { recipient, error: "HTTP 503" },
  });
}
