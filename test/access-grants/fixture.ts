import { generateKeyPairSync } from "node:crypto";
import type { GrantDeps } from "../../src/access-grants/index.js";
import type { Register } from "../../src/register/index.js";
import type { Store } from "../../src/store/index.js";
import { demoRegister } from "../http/admin/service.js";

export const ISSUER = "https://privacy.example.nl";

/** A fresh Ed25519 signing key as base64 PKCS#8, the way the environment gives it. */
export function signingKeyText(): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  return privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
}

/** The demo register with a support access policy: 8 hours, the tenant's approval as given, a helpdesk and DBAs. */
export async function registerWith(customerApproval: boolean): Promise<Register> {
  const demo = await demoRegister();
  return {
    ...demo,
    support_access: {
      who: "support",
      requires_reason: true,
      max_duration: "8 hours",
      customer_approval: customerApproval,
      audited: true,
      external_parties: {
        helpdesk: { label: "helpdesk", while_open: ["project", "incident"] },
        dba: { label: "database administrators", while_open: ["incident"] },
      },
    },
  };
}

export interface GrantFixture {
  deps: GrantDeps;
  clock: { now: Date };
}

export async function grantFixture(store: Store, options: { customerApproval?: boolean } = {}): Promise<GrantFixture> {
  const clock = { now: new Date("2026-03-02T09:00:00.000Z") };
  const deps: GrantDeps = {
    store,
    register: await registerWith(options.customerApproval ?? false),
    env: { WAARBORG_GRANT_SIGNING_KEY: signingKeyText() },
    now: () => clock.now,
    publicUrl: ISSUER,
  };
  return { deps, clock };
}

export const later = (clock: { now: Date }, minutes: number) => {
  clock.now = new Date(clock.now.getTime() + minutes * 60_000);
};

export const staffGrant = {
  tenant: "tenant-42",
  reason: "the invoice module shows a wrong total",
  reference: { kind: "ticket" as const, id: "SUP-1234" },
  grantee: "staff-7",
  actor: "user:asker",
};
