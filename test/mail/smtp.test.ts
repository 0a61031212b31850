import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../../src/mail/smtp.js";

/** A real SMTP server on loopback: what the mailer sends is what a server receives. */
const received: { to: string[]; raw: string }[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => {
        raw += c.toString("utf8");
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@reject.example")) return callback(new Error("mailbox unavailable"));
      callback();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("SMTP mailer", () => {
  it("delivers subject, body, language and extra headers", async () => {
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "Privacy <privacy@klantwijs.example>");
    await mailer.send({
      to: "ann@example.nl",
      subject: "Uw verificatiecode",
      text: "Uw code is 123456.",
      lang: "nl",
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    mailer.close();
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(["ann@example.nl"]);
    expect(mail.raw).toContain("Subject: Uw verificatiecode");
    expect(mail.raw).toContain("Content-Language: nl");
    expect(mail.raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail.raw).toContain("Uw code is 123456.");
  });

  it("reports a refused recipient without the address", async () => {
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "privacy@klantwijs.example");
    const error = await mailer
      .send({ to: "secret.person@reject.example", subject: "x", text: "x", lang: "en" })
      .catch((e: Error) => e);
    mailer.close();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("reject.example");
    expect((error as Error).message).not.toContain("secret.person");
  });
});
