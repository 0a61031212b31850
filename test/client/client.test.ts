import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_TYPES, STATUSES } from "../../src/kernel/index.js";
import { listOutbox } from "../../src/mail/outbox.js";
import { packageRow } from "../../src/requests/package/store-package.js";
import { CALLBACK_KEY_ENV, tenantCallbackSecret } from "../../src/tenants/index.js";
import {
  REQUEST_STATUSES,
  REQUEST_TYPES as CLIENT_REQUEST_TYPES,
  WaarborgClient,
  WaarborgError,
} from "../../packages/client/src/index.js";
import { type RunningService, startService } from "./service.js";

/** The error a call throws, for its fields. */
async function refusal(call: Promise<unknown>): Promise<WaarborgError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WaarborgError);
  return error as WaarborgError;
}

describe("the client SDK against a running service", () => {
  let service: RunningService;
  let app: WaarborgClient;
  let appTokenId: string;
  beforeAll(async () => {
    service = await startService();
    const made = await service.token("shop app", ["requests:file_verified", "access-grants:report"]);
    appTokenId = made.id;
    app = new WaarborgClient({ baseUrl: service.baseUrl, token: made.token });
  });
  afterAll(() => service.close());

  it("files a verified request for a signed-in user and reads its status", async () => {
    const filed = await app.fileVerifiedRequest({
      type: "access",
      identities: [{ type: "email", value: "signed-in@example.nl" }],
      lang: "en",
      appUser: "u-881",
    });
    expect(filed).toMatchObject({ status: "verified", due_on: "2025-04-07" });
    const status = await app.requestStatus(filed.id);
    expect(status).toMatchObject({ id: filed.id, type: "access", status: "verified", lang: "en", download: null });
    expect(status.events.map((e) => e.kind)).toEqual(["received", "app_verified"]);

    // The back office reads the whole request, with who filed it.
    const { token } = await service.token("back office", ["requests:read"]);
    const office = new WaarborgClient({ baseUrl: service.baseUrl, token });
    const full = await office.request(filed.id);
    expect(full.identities).toEqual([{ type: "email", value: "signed-in@example.nl" }]);
    expect(full.events.map((e) => `${e.kind}/${e.actor}`)).toEqual([
      `received/api:${appTokenId}`,
      `app_verified/api:${appTokenId}`,
    ]);
    // Another application's token does not see it.
    const other = new WaarborgClient({
      baseUrl: service.baseUrl,
      token: (await service.token("other app", ["requests:file_verified"])).token,
    });
    expect(await refusal(other.requestStatus(filed.id))).toMatchObject({ status: 404, code: "not_found" });
  });

  it("files a request on behalf of a person, who confirms it with a code", async () => {
    const { token } = await service.token("crm", ["requests:write"]);
    const crm = new WaarborgClient({ baseUrl: `${service.baseUrl}/`, token });
    const filed = await crm.fileRequest({
      type: "erasure",
      identities: [{ type: "email", value: "caller@example.nl" }],
      lang: "nl",
    });
    expect(filed.status).toBe("verifying");
  });

  it("files a tenant's request, follows it and downloads its package as a tenant integration does", async () => {
    const made = await service.token("customer a", ["requests:read", "requests:write"], "a");
    const tenant = new WaarborgClient({ baseUrl: service.baseUrl, token: made.token });
    const filed = await tenant.fileTenantRequest({
      type: "access",
      identities: [{ type: "email", value: "end-user@example.nl" }],
      lang: "nl",
    });
    // The tenant identified its user: verified at once, and nothing mailed to the person.
    expect(filed.status).toBe("verified");
    expect(await listOutbox(service.ctx.store, { to: "end-user@example.nl" })).toEqual([]);
    const view = await tenant.request(filed.id);
    expect(view.events.map((e) => e.kind)).toEqual(["received", "tenant_verified", "tenant_informed"]);
    expect(view.packages).toEqual([]);
    expect(await refusal(tenant.downloadPackage(filed.id))).toMatchObject({ status: 409, code: "conflict" });

    // The package the workers leave (an access runs on the tenant's rows; here it is put in place).
    const file = { name: "inzage-€.zip", mediaType: "application/zip", content: Buffer.from("PK\x03\x04 archive") };
    const row = packageRow(service.ctx, filed.id, file);
    await service.ctx.store.db.insertInto("packages").values(row).execute();
    expect((await tenant.request(filed.id)).packages).toEqual([
      { id: row.id, file_name: file.name, expires_at: row.expires_at, downloads_left: 3, available: true },
    ]);
    const pkg = await tenant.downloadPackage(filed.id);
    expect(pkg).toMatchObject({ fileName: "inzage-€.zip", mediaType: "application/zip", downloadsLeft: 2 });
    expect(Buffer.from(pkg.bytes)).toEqual(file.content);

    // Another tenant's token does not reach it.
    const other = new WaarborgClient({
      baseUrl: service.baseUrl,
      token: (await service.token("customer b", ["requests:read"], "b")).token,
    });
    expect(await refusal(other.downloadPackage(filed.id))).toMatchObject({ status: 404, code: "not_found" });
    expect(await refusal(other.request(filed.id))).toMatchObject({ status: 404, code: "not_found" });
  });

  it("reads the tenant's callback secret, its own and no other's", async () => {
    service.ctx.env[CALLBACK_KEY_ENV] = "client-test-callback-key-01";
    const secretOf = async (tenant: string) =>
      new WaarborgClient({
        baseUrl: service.baseUrl,
        token: (await service.token(`customer ${tenant} profile`, ["tenant:profile"], tenant)).token,
      }).tenantCallbackSecret();
    expect(await secretOf("a")).toBe(tenantCallbackSecret(service.ctx.env, "a"));
    expect(await secretOf("b")).not.toBe(await secretOf("a"));
  });

  it("throws the API's error with status, code and the field at fault", async () => {
    const error = await refusal(
      app.fileVerifiedRequest({ type: "access", identities: [{ type: "email", value: "not an address" }], lang: "en" }),
    );
    expect(error).toMatchObject({ status: 400, code: "invalid_request", field: "identities[0].value" });
    expect(error.message).not.toContain("not an address");

    const unknownType = await refusal(
      app.fileVerifiedRequest({ type: "access", identities: [{ type: "shoe_size", value: "44" }], lang: "en" }),
    );
    expect(unknownType.field).toBe("identities[0].type");
  });

  it("maps refusals without a field: no token, a missing scope, an unknown request", async () => {
    const anonymous = new WaarborgClient({ baseUrl: service.baseUrl, token: "wbt_not-a-token" });
    expect(await refusal(anonymous.requestStatus(randomUUID()))).toMatchObject({ status: 401, code: "unauthorized" });
    expect(await refusal(app.request(randomUUID()))).toMatchObject({ status: 403, code: "insufficient_scope" });
    const filing = await refusal(
      app.fileRequest({ type: "access", identities: [{ type: "email", value: "a@example.nl" }], lang: "en" }),
    );
    expect(filing).toMatchObject({ status: 403, code: "insufficient_scope", field: undefined });
    expect(await refusal(app.requestStatus(randomUUID()))).toMatchObject({ status: 404, code: "not_found" });
  });

  it("calls the fetch it is given, and names an answer that is not the API's http_error", async () => {
    const seen: string[] = [];
    const proxy = new WaarborgClient({
      baseUrl: "https://privacy.example.nl",
      token: "wbt_x",
      fetch: async (input) => {
        seen.push(String(input));
        return new Response("<html>Bad gateway</html>", { status: 502, headers: { "content-type": "text/html" } });
      },
    });
    expect(await refusal(proxy.requestStatus("r/1"))).toMatchObject({ status: 502, code: "http_error" });
    expect(seen).toEqual(["https://privacy.example.nl/api/requests/verified/r%2F1"]);
  });

  it("reports a use of a support access grant", async () => {
    const grant = await service.activeGrant("tenant-42");
    expect(await app.reportGrantUse(grant.id, { tenant: "tenant-42", action: "invoice.read" })).toEqual({
      withinGrant: true,
    });
    expect(
      await app.reportGrantUse(grant.id, { tenant: "tenant-43", action: "invoice.read", at: service.clock.now }),
    ).toEqual({ withinGrant: false });
  });

  it("names the service's request types and statuses, no more and no fewer", () => {
    expect([...CLIENT_REQUEST_TYPES]).toEqual([...REQUEST_TYPES]);
    expect([...REQUEST_STATUSES]).toEqual([...STATUSES]);
  });
});
