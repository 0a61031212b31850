import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/http/app.js";
import { createQueue } from "../../src/jobs/create.js";
import type { ServiceContext } from "../../src/context/index.js";
import type { Mailer, MailMessage } from "../../src/mail/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { createServiceContext } from "../../src/service/context.js";
import type { Store } from "../../src/store/open.js";
import { openTestStore, type StoreKind } from "../helpers/stores.js";
import { demoRegister } from "../service/helpers.js";

export const PUBLIC_URL = "http://privacy.test";
/** The company's site, where the banner runs: another origin than the service. */
export const SITE = "http://shop.test";

/**
 * The demo register with an advertising purpose besides its statistics: an ad network's cookie on
 * the marketing purpose, so GPC has something to keep off.
 */
export async function consentRegister(change: (r: Register) => Register = (r) => r): Promise<Register> {
  return change(withAdvertising(await demoRegister()));
}

/** A copy of the register with the advertising purpose, its ad network and its cookie added. */
export function withAdvertising(base: Register): Register {
  const register = structuredClone(base);
  register.consent!.purposes.advertising = {
    name: { nl: "Advertenties", en: "Advertising" },
    description: { nl: "Advertenties die passen bij uw bezoek", en: "Adverts that match your visit" },
    mechanism: "opt_in",
    withdrawal: { nl: "via Cookie-instellingen", en: "through Cookie settings" },
  };
  register.recipients.adnet = {
    name: "AdNet Europe B.V.",
    kind: "controller",
    service: { nl: "advertenties", en: "advertising" },
    location: ["NL"],
    sub_processors: [],
    hosts: [],
  };
  register.cookies.push({
    name: "_adnet",
    provider: "adnet",
    purpose: "marketing",
    consent_purpose: "advertising",
    duration: "3 months",
    party: "third",
  });
  return register;
}

export interface ConsentService {
  ctx: ServiceContext;
  store: Store;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The service's HTTP app on a fresh store of the dialect, for the consent routes. */
export async function consentService(
  dialect: StoreKind,
  register?: Register,
  options: { now?: () => Date; mailer?: Mailer } = {},
): Promise<ConsentService> {
  const testStore = await openTestStore(dialect);
  const { store } = testStore;
  const ctx = createServiceContext({
    store,
    queue: createQueue(store),
    register: register ?? (await consentRegister()),
    registerPath: "privacy.yaml",
    dataKey: randomBytes(32),
    publicUrl: PUBLIC_URL,
    env: { WAARBORG_CONSENT_ORIGINS: SITE },
    ...(options.now ? { now: options.now } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  const app = buildApp(ctx);
  return {
    ctx,
    store,
    app,
    close: async () => {
      await app.close();
      await testStore.close();
    },
  };
}

/** A mailer that keeps every message with its headers (the outbox keeps no headers). */
export class KeepingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
  /** The messages to one address, oldest first. */
  to(address: string): MailMessage[] {
    return this.sent.filter((m) => m.to === address);
  }
}
