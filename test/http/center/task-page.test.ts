import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/http/app.js";
import { processRequest } from "../../../src/requests/operations/process-request.js";
import { tasksOfRequest } from "../../../src/tasks/index.js";
import { type Fixture, lifecycleFixture } from "../../requests/fixture.js";
import { ARCHIVE_OWNER, answerToken, SHEET_OWNER, verified, withManualSystems } from "../../tasks/fixture.js";

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, files: { name: string; type: string; content: string }[]) {
  const boundary = "----waarborgTestBoundary";
  const parts = [
    ...Object.entries(fields).map(([k, v]) => `Content-Disposition: form-data; name="${k}"\r\n\r\n${v}`),
    ...files.map(
      (f) =>
        `Content-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n${f.content}`,
    ),
  ];
  return {
    payload: `${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("")}--${boundary}--\r\n`,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

describe("the task answer page", () => {
  let f: Fixture;
  let app: FastifyInstance;
  let requestId: string;
  beforeAll(async () => {
    f = await lifecycleFixture({ register: withManualSystems });
    app = buildApp(f.ctx);
    await app.ready();
    const filed = await verified(f, "access", f.emails[2]!);
    requestId = filed.requestId;
    await processRequest(f.ctx, requestId);
  });
  afterAll(async () => {
    await app.close();
    await f.close();
  });

  it("shows what to do in the owner's language, without the person's identities", async () => {
    const token = await answerToken(f, ARCHIVE_OWNER, requestId);
    const page = await app.inject({ method: "GET", url: `/task/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain('<html lang="nl"');
    expect(page.body).toContain("Zoek de map van de klant.");
    expect(page.body).toContain('<label for="files">');
    expect(page.body).not.toContain(f.emails[2]!);
    const english = await app.inject({ method: "GET", url: `/task/${token}?lang=en` });
    expect(english.body).toContain("Find the customer's folder.");
    expect(english.body).toContain("Please answer by 12 March 2026.");
  });

  it("takes an answer with a file, then says it was answered", async () => {
    const token = await answerToken(f, ARCHIVE_OWNER, requestId);
    const wrong = await app.inject({ method: "POST", url: `/task/${token}`, ...multipart({ answer: "files" }, []) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("minstens één bestand");
    const sent = await app.inject({
      method: "POST",
      url: `/task/${token}`,
      ...multipart({ answer: "files", note: "Map gevonden" }, [
        { name: "map.pdf", type: "application/pdf", content: "%PDF-1.4" },
      ]),
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain("Dank u, uw antwoord is vastgelegd.");
    const [archive] = await tasksOfRequest(f.store.db, requestId, "2026-03-02");
    expect(archive).toMatchObject({ answer: "files", files: [{ name: "map.pdf", size: 8 }] });
    const again = await app.inject({ method: "GET", url: `/task/${token}` });
    expect(again.body).toContain("Deze taak is al beantwoord.");
    const twice = await app.inject({ method: "POST", url: `/task/${token}`, ...multipart({ answer: "done" }, []) });
    expect(twice.statusCode).toBe(409);
  });

  it("answers a forged link with not found and an expired one with gone", async () => {
    const token = await answerToken(f, SHEET_OWNER, requestId);
    const forged = `${token.slice(0, -2)}${token.endsWith("00") ? "11" : "00"}`;
    expect((await app.inject({ method: "GET", url: `/task/${forged}` })).statusCode).toBe(404);
    expect(
      (await app.inject({ method: "POST", url: `/task/${forged}`, ...multipart({ answer: "done" }, []) })).statusCode,
    ).toBe(404);
    f.clock.advance(30 * 86_400_000);
    const expired = await app.inject({ method: "GET", url: `/task/${token}?lang=en` });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain("This link has expired.");
  });
});
