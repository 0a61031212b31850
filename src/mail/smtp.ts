import nodemailer from "nodemailer";
import type { Mailer, MailMessage } from "./message.js";

/**
 * Sends over SMTP with nodemailer. The server comes from a URL in the environment
 * (smtp://user:pass@host:587 or smtps://...); errors name the recipient's domain at most, never the
 * address or the URL.
 */
export function smtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message: MailMessage) {
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: { "Content-Language": message.lang, ...message.headers },
        });
      } catch (error) {
        const code = (error as { code?: string }).code ?? "error";
        throw new Error(
          `SMTP delivery failed (${code}) for a recipient at ${message.to.split("@")[1] ?? "unknown domain"}`,
        );
      }
    },
    close: () => transport.close(),
  };
}
