import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeRequest } from "../../../src/requests/change.js";
import { fileVerified, notReached } from "../admin/service.js";
import { type ApiHarness, apiHarness } from "./harness.js";
import { openDsrBody } from "./routes.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("API validation", (kind) => {
  const testStore = useTestStore(kind);

  let h: ApiHarness;
  beforeAll(async () => {
    h = await apiHarness(testStore());
  });
  afterAll(() => h.close());

  /** A value no error may repeat: it stands for an address, a name or a reason someone typed. */
  const SECRET = "Jansen-7781";

  async function expectFieldError(method: string, url: string, body: unknown, field: string | undefined) {
    const response = await h.call(method, url, h.tokens.all, body);
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("invalid_request");
    expect(error.field).toBe(field);
    expect(typeof error.message).toBe("string");
    expect(response.body).not.toContain(SECRET);
  }

  describe("API validation errors", () => {
    it.each([
      [
        "an identity that is no e-mail address",
        { type: "access", identities: [{ type: "email", value: SECRET }], lang: "nl" },
        "identities[0].value",
      ],
      [
        "an unknown identity type",
        { type: "access", identities: [{ type: SECRET, value: "a@example.nl" }], lang: "nl" },
        "identities[0].type",
      ],
      [
        "an unknown request type",
        { type: SECRET, identities: [{ type: "email", value: "a@example.nl" }], lang: "nl" },
        "type",
      ],
      [
        "a value of the wrong type",
        { type: "access", identities: [{ type: "email", value: 42 }], lang: "nl" },
        "identities[0].value",
      ],
      ["no identities", { type: "access", identities: [], lang: "nl" }, "identities"],
      [
        "an unknown key",
        { type: "access", identities: [{ type: "email", value: "a@example.nl", colour: SECRET }], lang: "nl" },
        "identities[0].colour",
      ],
      [
        "no e-mail identity",
        { type: "access", identities: [{ type: "phone", value: SECRET }], lang: "nl" },
        "identities",
      ],
    ])("POST /api/requests with %s names the field, not the value", async (_what, body, field) => {
      await expectFieldError("POST", "/api/requests", body, field);
    });

    it("checks query and path parameters the same way", async () => {
      const query = await h.call("GET", `/api/requests?status=${SECRET}`, h.tokens.all);
      expect(query.statusCode).toBe(400);
      expect(query.json().error.field).toBe("status");
      expect(query.body).not.toContain(SECRET);
      const path = await h.call("GET", `/api/requests/${SECRET}`, h.tokens.all);
      expect(path.statusCode).toBe(400);
      expect(path.json().error.field).toBe("id");
      expect(path.body).not.toContain(SECRET);
    });

    it("checks decision bodies", async () => {
      const id = "00000000-0000-4000-8000-000000000000";
      await expectFieldError("POST", `/api/requests/${id}/deny`, { reason: "   " }, "reason");
      await expectFieldError("POST", `/api/requests/${id}/extend`, { months: 3, reason: SECRET }, "months");
      const missing = await h.call("POST", `/api/requests/${id}/deny`, h.tokens.all, { reason: "Unfounded." });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ error: { code: "not_found", message: "no such request" } });
    });

    it("answers a decision the request's state does not allow with 409, not a server error", async () => {
      const filed = await h.call("POST", "/api/requests", h.tokens.all, {
        type: "access",
        identities: [{ type: "email", value: "state@example.nl" }],
        lang: "nl",
      });
      const id = filed.json().id as string;
      // Filed but not verified: nothing waits for a worker yet.
      const retry = await h.call("POST", `/api/requests/${id}/retry`, h.tokens.all);
      expect(retry.statusCode).toBe(409);
      expect(retry.json().error.code).toBe("conflict");
      const denied = await h.call("POST", `/api/requests/${id}/deny`, h.tokens.all, { reason: "Unfounded." });
      expect(denied.statusCode).toBe(200);
      const extend = await h.call("POST", `/api/requests/${id}/extend`, h.tokens.all, { months: 1, reason: "Busy." });
      expect(extend.statusCode).toBe(409);
      expect(extend.json().error).toEqual({
        code: "conflict",
        message: "the request is denied: its clock has stopped",
      });
    });

    it("marks a verified request no worker has taken as stranded until it is run again", async () => {
      const { requestId } = await fileVerified(h.ctx, "access", "stranded-api@example.nl");
      const stranded = async () => (await h.call("GET", `/api/requests/${requestId}`, h.tokens.all)).json().stranded;
      expect(await stranded()).toBe(false);
      await changeRequest(h.ctx, requestId, { actor: "system", kind: "queue_failed" });
      expect(await stranded()).toBe(true);
      const listed = (await h.call("GET", "/api/requests", h.tokens.all)).json().requests as {
        id: string;
        stranded: boolean;
      }[];
      expect(listed.find((r) => r.id === requestId)?.stranded).toBe(true);
      const retried = await h.call("POST", `/api/requests/${requestId}/retry`, h.tokens.all);
      expect(retried.statusCode).toBe(200);
      expect(retried.json().stranded).toBe(false);
    });

    it("lists recipients the Art. 19 notice did not reach, and records one told another way", async () => {
      const { requestId } = await fileVerified(h.ctx, "access", "not-reached-api@example.nl");
      await notReached(h.ctx, requestId);
      const view = await h.call("GET", `/api/requests/${requestId}`, h.tokens.all);
      expect(view.json().recipients_not_reached).toEqual(["helpdesk"]);
      await expectFieldError(
        "POST",
        `/api/requests/${requestId}/informed`,
        { recipient: "email_delivery" },
        "recipient",
      );
      const done = await h.call("POST", `/api/requests/${requestId}/informed`, h.tokens.all, {
        recipient: "helpdesk",
        note: "Phoned.",
      });
      expect(done.statusCode).toBe(200);
      expect(done.json().recipients_not_reached).toEqual([]);
    });

    it("names OpenDSR's own fields", async () => {
      const identity = { identity_type: "email", identity_value: SECRET, identity_format: "raw" };
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { subject_request_id: SECRET }),
        "subject_request_id",
      );
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { subject_request_id: "6ba7b810-9dad-11d1-80b4-00c04fd430c8" }),
        "subject_request_id",
      );
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { subject_identities: [identity] }),
        "subject_identities[0].identity_value",
      );
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { subject_identities: [{ ...identity, identity_type: "shoe_size" }] }),
        "subject_identities[0].identity_type",
      );
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { subject_identities: [{ ...identity, identity_format: "hashed" }] }),
        "subject_identities[0].identity_format",
      );
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { submitted_time: SECRET }),
        "submitted_time",
      );
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { status_callback_urls: [`ftp://${SECRET}.example/`] }),
        "status_callback_urls[0]",
      );
      await expectFieldError(
        "POST",
        "/v1/requests",
        openDsrBody("a@example.nl", { subject_request_type: "rectification" }),
        "subject_request_type",
      );
    });

    it("answers a body that is no JSON without repeating it", async () => {
      const response = await h.app.inject({
        method: "POST",
        url: "/api/requests",
        headers: { authorization: `Bearer ${h.tokens.all}`, "content-type": "application/json" },
        payload: `{"type": "${SECRET}"`,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid_request");
      expect(response.body).not.toContain(SECRET);
    });
  });
});
