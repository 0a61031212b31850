import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readAudit } from "../../../src/audit/index.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import { fileRequest } from "../../../src/requests/index.js";
import { type ConsoleHarness, consoleHarness, get, post } from "./harness.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("the console's outbox", (kind) => {
  const testStore = useTestStore(kind);

  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(testStore());
  });
  afterEach(() => h.close());

  /** Files a request, as the privacy center does, and returns its code mail's id, code and status token. */
  async function codeMail() {
    const filed = await fileRequest(h.ctx, {
      type: "access",
      identities: [{ type: "email", value: "requester@example.org" }],
      lang: "en",
    });
    const [mail] = await listOutbox(h.store, { to: "requester@example.org" });
    const code = /(\d{6})/.exec(mail!.subject)![1]!;
    expect(mail!.text).toContain(filed.statusToken);
    return { id: mail!.id, code, token: filed.statusToken };
  }

  const reveals = async () => (await readAudit(h.store)).filter((e) => e.action === "outbox.reveal");

  describe("secrets in the outbox", () => {
    it("are masked for every role in the list and in the message, and only an admin is offered to reveal them", async () => {
      const { id, code, token } = await codeMail();
      for (const role of ["support", "privacy_officer", "admin"] as const) {
        const list = await get(h.app, "/admin/outbox", h.as[role]);
        const message = await get(h.app, `/admin/outbox/${id}`, h.as[role]);
        for (const page of [list, message]) {
          expect(page.statusCode).toBe(200);
          expect(page.body).not.toContain(code);
          expect(page.body).not.toContain(token);
        }
        expect(message.body).toContain("••••••");
        expect(message.body.includes(`action="/admin/outbox/${id}/reveal"`)).toBe(role === "admin");
      }
      expect(await reveals()).toEqual([]);
    });

    it("are shown to an admin who reveals them, with an audit entry naming the message and not its content", async () => {
      const { id, code, token } = await codeMail();
      const revealed = await post(h.app, `/admin/outbox/${id}/reveal`, h.as.admin, {});
      expect(revealed.statusCode).toBe(200);
      expect(revealed.body).toContain(code);
      expect(revealed.body).toContain(token);
      expect(revealed.body).toContain("Dat staat in het auditlog.");
      const entries = await reveals();
      expect(entries.map((e) => [e.actor, e.subject_type, e.subject_id])).toEqual([
        [`user:${h.as.admin.userId}`, "outbox", id],
      ]);
      expect(JSON.stringify(entries)).not.toContain(code);
    });

    it("stay masked for support and the privacy officer, who may not reveal them", async () => {
      const { id, code } = await codeMail();
      for (const role of ["support", "privacy_officer", "auditor"] as const) {
        const refused = await post(h.app, `/admin/outbox/${id}/reveal`, h.as[role], {});
        expect(refused.statusCode).toBe(403);
        expect(refused.body).not.toContain(code);
      }
      expect(await reveals()).toEqual([]);
      // Without the session's form token not even an admin reveals anything.
      expect((await post(h.app, `/admin/outbox/${id}/reveal`, h.as.admin, {}, { csrf: null })).statusCode).toBe(403);
      expect(await reveals()).toEqual([]);
    });
  });
});
