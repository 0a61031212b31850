import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../../src/auth/index.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import type { Register } from "../../../src/register/index.js";
import { requestDetail } from "../../../src/requests/index.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { type ApiHarness, apiHarness } from "./harness.js";

const body = (email: string, extra: Record<string, unknown> = {}) => ({
  type: "access",
  identities: [{ type: "email", value: email }],
  lang: "en",
  verified_by: "app",
  ...extra,
});

await describeEachStore("requests the application files verified", (kind) => {
  const testStore = useTestStore(kind);

  let h: ApiHarness;
  let appToken: string;
  let appTokenId: string;
  beforeAll(async () => {
    h = await apiHarness(testStore());
    const made = await createApiToken(
      h.store,
      { name: "shop app", scopes: ["requests:file_verified"] },
      { actor: "system" },
    );
    appToken = made.token;
    appTokenId = made.apiToken.id;
  });
  afterAll(() => h.close());

  const auditOf = (requestId: string) =>
    h.store.db
      .selectFrom("audit_log")
      .select(["actor", "action", "data"])
      .where("subject_id", "=", requestId)
      .orderBy("seq")
      .execute();

  describe("filing for a signed-in user", () => {
    it("starts verified without a code, recorded with the token's name in the events and the audit log", async () => {
      const filed = await h.call(
        "POST",
        "/api/requests/verified",
        appToken,
        body("app-1@example.nl", { app_user: "u-881" }),
      );
      expect(filed.statusCode, filed.body).toBe(201);
      const { id, status } = filed.json();
      expect(status).toBe("verified");
      const { events } = await requestDetail(h.ctx, id);
      expect(events.map((e) => `${e.kind}/${e.actor}`)).toEqual([
        `received/api:${appTokenId}`,
        `app_verified/api:${appTokenId}`,
      ]);
      expect(events[1]!.data).toMatchObject({ token_name: "shop app", token_id: appTokenId, app_user: "u-881" });
      const audit = await auditOf(id);
      const verified = audit.find((a) => a.action === "request.app_verified");
      expect(verified?.actor).toBe(`api:${appTokenId}`);
      expect(JSON.parse(verified!.data)).toMatchObject({ token_name: "shop app", to: "verified" });
      // The application's user id is the company's own reference to a person: not in the exported log.
      expect(audit.map((a) => a.data).join()).not.toContain("u-881");
      const mails = await listOutbox(h.store, { to: "app-1@example.nl" });
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).not.toMatch(/\d{6}/);
    });

    it("takes a person without an e-mail identity, and mails no one", async () => {
      const filed = await h.call("POST", "/api/requests/verified", appToken, {
        type: "access",
        identities: [{ type: "phone", value: "+31612345678" }],
        lang: "nl",
        verified_by: "app",
      });
      expect(filed.statusCode, filed.body).toBe(201);
      expect(filed.json().status).toBe("verified");
    });

    it("waits for the privacy officer where the register wants approval", async () => {
      const filed = await h.call(
        "POST",
        "/api/requests/verified",
        appToken,
        body("app-2@example.nl", { type: "erasure" }),
      );
      expect(filed.statusCode, filed.body).toBe(201);
      expect(filed.json().status).toBe("awaiting_approval");
    });
  });

  describe("the status the application shows its user", () => {
    it("reads a request it filed as the person's status page shows it", async () => {
      const filed = await h.call("POST", "/api/requests/verified", appToken, body("app-3@example.nl"));
      const { id } = filed.json();
      const read = await h.call("GET", `/api/requests/verified/${id}`, appToken);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({
        id,
        type: "access",
        status: "verified",
        received_on: "2025-03-05",
        due_on: "2025-04-07",
        download: null,
        events: [expect.objectContaining({ kind: "received" }), expect.objectContaining({ kind: "app_verified" })],
      });
      expect(read.body).not.toContain("app-3@example.nl");
    });

    it("answers 404 for a request another token filed, or one filed any other way", async () => {
      const other = await createApiToken(
        h.store,
        { name: "other app", scopes: ["requests:file_verified"] },
        { actor: "system" },
      );
      const mine = (await h.call("POST", "/api/requests/verified", appToken, body("app-4@example.nl"))).json().id;
      const theirs = await h.call("GET", `/api/requests/verified/${mine}`, other.token);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.json().error.code).toBe("not_found");
      const filedByCode = await h.call(
        "POST",
        "/api/requests",
        h.tokens.all,
        body("app-5@example.nl", { verified_by: undefined }),
      );
      const byCode = await h.call("GET", `/api/requests/verified/${filedByCode.json().id}`, h.tokens.all);
      expect(byCode.statusCode).toBe(404);
    });
  });

  describe("what is refused", () => {
    it("refuses a token without the scope, even one that may file unverified requests", async () => {
      const refused = await h.call("POST", "/api/requests/verified", h.tokens["requests:write"], body("a@example.nl"));
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe("insufficient_scope");
    });

    it("refuses a verifier other than the application, with the field at fault", async () => {
      const refused = await h.call(
        "POST",
        "/api/requests/verified",
        appToken,
        body("a@example.nl", { verified_by: "x" }),
      );
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.field).toBe("verified_by");
    });

    it("refuses a right the register does not offer", async () => {
      const register = h.ctx.register;
      h.ctx.register = { ...register, rights: { ...register.rights, supported: ["access"] } } as Register;
      try {
        const refused = await h.call(
          "POST",
          "/api/requests/verified",
          appToken,
          body("a@example.nl", { type: "erasure" }),
        );
        expect(refused.statusCode).toBe(400);
        expect(refused.json().error.field).toBe("type");
      } finally {
        h.ctx.register = register;
      }
    });

    it("refuses every filing where the register does not list account_login, and stores nothing", async () => {
      const register = h.ctx.register;
      const verification = { ...register.rights.verification!, methods: ["email_code" as const] };
      h.ctx.register = { ...register, rights: { ...register.rights, verification } };
      try {
        const before = await h.store.db.selectFrom("requests").select("id").execute();
        const refused = await h.call("POST", "/api/requests/verified", appToken, body("a@example.nl"));
        expect(refused.statusCode).toBe(400);
        expect(refused.json().error).toMatchObject({ code: "invalid_request", field: "verified_by" });
        expect(refused.json().error.message).toContain("account_login");
        expect(await h.store.db.selectFrom("requests").select("id").execute()).toHaveLength(before.length);
      } finally {
        h.ctx.register = register;
      }
    });
  });
});
