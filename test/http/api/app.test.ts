import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, createUser } from "../../../src/auth/index.js";
import { buildApp } from "../../../src/http/app.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { serviceContext } from "../admin/service.js";

await describeEachStore("the service app", (kind) => {
  const testStore = useTestStore(kind);

  /** The console and the API as the service serves them: inside buildApp, next to the privacy center. */
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    const temp = testStore();
    const ctx = await serviceContext(temp.store, { now: new Date("2025-03-05T09:00:00.000Z") });
    app = buildApp(ctx);
    await app.ready();
    const user = await createUser(
      temp.store,
      { email: "po@example.nl", name: "PO", role: "privacy_officer", password: "a long enough password" },
      { actor: "system" },
    );
    cookie = `waarborg_admin=${(await createSession(temp.store, user.id, new Date("2025-03-05T09:00:00.000Z"))).token}`;
  });
  afterAll(async () => {
    await app.close();
  });

  describe("the console and the API in the service", () => {
    it("serves the OpenAPI document and answers the API in JSON, also for unknown paths", async () => {
      expect((await app.inject("/openapi.json")).json().openapi).toBe("3.1.0");
      const anonymous = await app.inject("/api/requests");
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers["content-type"]).toMatch(/^application\/json/);
      const unknown = await app.inject("/v1/nope");
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe("not_found");
      expect((await app.inject("/v1/discovery")).statusCode).toBe(200);
    });

    it("serves console pages under the service's content security policy: no script, no inline style", async () => {
      const page = await app.inject({ url: "/admin/dashboard", headers: { cookie } });
      expect(page.statusCode).toBe(200);
      expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(page.body).not.toMatch(/<script|\sstyle="|\son[a-z]+="/);
      expect((page.body.match(/<style>/g) ?? []).length).toBe(1);
    });
  });
});
