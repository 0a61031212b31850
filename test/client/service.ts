import type { FastifyInstance } from "fastify";
import { approveGrant, decideAsCustomer, issueGrantToken, requestGrant } from "../../src/access-grants/index.js";
import { type ApiScope, createApiToken } from "../../src/auth/index.js";
import type { ServiceContext } from "../../src/context/index.js";
import { buildApp } from "../../src/http/app.js";
import { openTestStore, type TestStore } from "../helpers/stores.js";
import { serviceContext } from "../http/admin/service.js";

export interface RunningService {
  /** Where the service listens, and the public address its grant tokens name as issuer. */
  baseUrl: string;
  ctx: ServiceContext;
  clock: { now: Date };
  /** A live API token with these scopes, named `name`; a tenant's token when `tenant` is given. */
  token(name: string, scopes: ApiScope[], tenant?: string): Promise<{ token: string; id: string }>;
  /** An active grant on `tenant` (asked for, approved by the company and by the tenant) and a token for it. */
  activeGrant(tenant: string): Promise<{ id: string; token: string; expiresAt: string }>;
  close(): Promise<void>;
}

/**
 * The whole service (buildApp, as `waarborg serve` builds it) listening on a free local port, over a
 * SQLite store of its own and the demo register, with a clock the test moves. The client under test
 * talks to it over real HTTP with the platform's fetch.
 */
export async function startService(): Promise<RunningService> {
  const testStore: TestStore = await openTestStore("sqlite");
  const clock = { now: new Date("2025-03-05T09:00:00.000Z") };
  const ctx = await serviceContext(testStore.store, clock);
  const app: FastifyInstance = buildApp(ctx);
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  // Known once listening: the address the tokens name as their issuer is where the test reaches it.
  ctx.publicUrl = address;
  return {
    baseUrl: address,
    ctx,
    clock,
    async token(name, scopes, tenant) {
      const input = { name, scopes, ...(tenant === undefined ? {} : { tenant }) };
      const made = await createApiToken(testStore.store, input, { actor: "system" });
      return { token: made.token, id: made.apiToken.id };
    },
    async activeGrant(tenant) {
      const grant = await requestGrant(ctx, {
        tenant,
        reason: "the invoice module shows a wrong total",
        reference: { kind: "ticket", id: "SUP-1234" },
        grantee: "staff-7",
        actor: "user:asker",
      });
      await approveGrant(ctx, grant.id, "user:approver");
      await decideAsCustomer(ctx, grant.id, { decision: "approve", tenant, by: "tenant-user-1", actor: "api:app" });
      return { id: grant.id, ...(await issueGrantToken(ctx, grant.id, "user:support")) };
    },
    async close() {
      await app.close();
      await testStore.close();
    },
  };
}
