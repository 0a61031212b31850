import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { open } from "../../src/crypto/envelope.js";
import { sha256Hex } from "../../src/crypto/hash.js";
import { GoneError, NotFoundError } from "../../src/requests/errors.js";
import { downloadPackage } from "../../src/requests/operations/download-package.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { type Fixture, lifecycleFixture, unzip } from "./fixture.js";
import { describeEachStore } from "../helpers/stores.js";

/** Every string value anywhere in a parsed JSON document. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

async function verifiedAccess(f: Fixture, email: string, lang: "nl" | "en" = "en") {
  const filed = await fileRequest(f.ctx, { type: "access", identities: [{ type: "email", value: email }], lang });
  const code = await f.codeFor(email, filed.statusToken);
  expect(await verifyRequest(f.ctx, { ...filed, code })).toEqual({ ok: true });
  return filed;
}

await describeEachStore("an access request", (kind) => {
  describe("an access request, end to end in-process", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind });
    });
    afterAll(() => f.close());

    it("is filed, verified by the mailed code, processed, and downloaded three times", async () => {
      const email = f.emails[2]!;
      const filed = await fileRequest(f.ctx, {
        type: "access",
        identities: [{ type: "email", value: email }],
        lang: "en",
      });
      expect(Object.keys(filed).sort()).toEqual(["requestId", "statusToken"]);

      const [codeMail] = await f.mailsTo(email);
      expect(codeMail!.subject).toMatch(/^Your verification code: \d{6}$/);
      expect(codeMail!.text).toContain(`https://privacy.klantwijs.example/status/${filed.statusToken}`);
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("verifying");

      expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) })).toEqual({
        ok: true,
      });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("verified");
      // The worker's job carries the request id and nothing else.
      const jobs = await f.store.db.selectFrom("jobs").select(["queue", "payload"]).execute();
      expect(jobs).toEqual([{ queue: "request.process", payload: JSON.stringify({ requestId: filed.requestId }) }]);
      const received = (await f.mailsTo(email)).find((m) => m.subject.startsWith("Received"));
      expect(received!.text).toContain("by 2 April 2026 at the latest");

      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "completed" });
      const view = await requestStatus(f.ctx, filed.statusToken);
      expect(view).toMatchObject({ status: "completed", download: { downloadsLeft: 3, available: true } });

      const done = (await f.mailsTo(email)).find((m) => m.subject.startsWith("Completed"))!;
      const link = /https:\/\/privacy\.klantwijs\.example\/download\/([A-Za-z0-9_-]+)/.exec(done.text)!;
      expect(link[0]).toBe(view.download!.url);
      const token = link[1]!;

      const first = await downloadPackage(f.ctx, token);
      expect(first).toMatchObject({
        mediaType: "application/zip",
        fileName: "access-2026-03-02.zip",
        downloadsLeft: 2,
      });
      const files = await unzip(first.content);
      expect([...files.keys()].sort()).toEqual(
        expect.arrayContaining(["data.json", "index.html", "index.pdf", "users.csv"]),
      );
      expect(files.get("index.pdf")!.subarray(0, 5).toString()).toBe("%PDF-");
      const data = JSON.parse(files.get("data.json")!.toString("utf8"));
      expect(data.collections.users.rows.map((r: { email: string }) => r.email)).toEqual([email]);
      const values = new Set(strings(data));
      expect(values.has(email)).toBe(true);
      const others = f.allEmails.filter((e) => e !== email);
      expect(others.filter((e) => values.has(e))).toEqual([]);

      expect((await downloadPackage(f.ctx, token)).downloadsLeft).toBe(1);
      expect((await downloadPackage(f.ctx, token)).downloadsLeft).toBe(0);
      await expect(downloadPackage(f.ctx, token)).rejects.toThrow(GoneError);
      await expect(downloadPackage(f.ctx, token)).rejects.toThrow("used up");
      expect((await requestStatus(f.ctx, filed.statusToken)).download).toMatchObject({
        downloadsLeft: 0,
        available: false,
      });
      await expect(downloadPackage(f.ctx, "not-a-token")).rejects.toThrow(NotFoundError);
    });

    it("keeps the package encrypted at rest, bound to its own id", async () => {
      const [pkg] = await f.store.db.selectFrom("packages").selectAll().execute();
      const content = Buffer.from(pkg!.content!);
      expect(pkg!.encrypted).toBe(1);
      expect(content.subarray(0, 2).toString("latin1")).not.toBe("PK");
      expect(content.toString("latin1")).not.toContain("data.json");
      expect(() => open(f.ctx.keys.data, content, "package:another-id")).toThrow();
      expect(open(f.ctx.keys.data, content, `package:${pkg!.id}`).subarray(0, 2).toString()).toBe("PK");
    });

    it("refuses the link after its seven days, even with downloads left", async () => {
      const email = f.emails[4]!;
      const filed = await verifiedAccess(f, email);
      await processRequest(f.ctx, filed.requestId);
      const url = (await requestStatus(f.ctx, filed.statusToken)).download!.url;
      const token = url.slice(url.lastIndexOf("/") + 1);
      expect((await downloadPackage(f.ctx, token)).downloadsLeft).toBe(2);
      f.clock.advance(7 * 86_400_000 - 1000);
      expect((await downloadPackage(f.ctx, token)).downloadsLeft).toBe(1);
      f.clock.advance(2000);
      await expect(downloadPackage(f.ctx, token)).rejects.toThrow("expired");
      expect((await requestStatus(f.ctx, filed.statusToken)).download!.available).toBe(false);
    });

    it("a status link or download link of one request opens nothing of another", async () => {
      const a = await verifiedAccess(f, f.emails[6]!);
      const b = await verifiedAccess(f, f.emails[7]!);
      expect((await requestStatus(f.ctx, a.statusToken)).requestId).toBe(a.requestId);
      await expect(
        verifyRequest(f.ctx, { requestId: a.requestId, statusToken: b.statusToken, code: "000000" }),
      ).rejects.toThrow(NotFoundError);
      await expect(requestStatus(f.ctx, `${a.statusToken}x`)).rejects.toThrow(NotFoundError);
      // Links are stored as hashes only.
      const row = await f.store.db
        .selectFrom("requests")
        .select("status_token_hash")
        .where("id", "=", a.requestId)
        .executeTakeFirst();
      expect(row!.status_token_hash).toBe(sha256Hex(a.statusToken));
    });

    it("a second run of the job changes nothing: status, packages, events, mails and the demo database", async () => {
      const filed = await verifiedAccess(f, f.emails[9]!);
      await processRequest(f.ctx, filed.requestId);
      const snapshot = async () => ({
        status: (await requestStatus(f.ctx, filed.statusToken)).status,
        packages: (await f.store.db.selectFrom("packages").select("id").execute()).length,
        events: (await f.store.db.selectFrom("request_events").select("id").execute()).length,
        audit: (await f.store.db.selectFrom("audit_log").select("seq").execute()).length,
        outbox: (await f.store.db.selectFrom("outbox").select("id").execute()).length,
        users: await f.demo.db.selectFrom("users").selectAll().orderBy("id").execute(),
      });
      const before = await snapshot();
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "completed" });
      expect(await snapshot()).toEqual(before);
    });
  });
});
