import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SIGNATURE_HEADER, verifyWebhook } from "../../src/requests/webhook-signature.js";

/**
 * A recipient's Art. 19 webhook on loopback. It counts the notices it receives per request, and only
 * those with a valid signature; an unsigned or wrongly signed one is refused with 401 and counted apart.
 */
export class WebhookEndpoint {
  /** Valid notices received, by request id: more than one is a repeated delivery (at least once). */
  readonly received = new Map<string, number>();
  refused = 0;
  private readonly server: Server;

  constructor(private readonly secret: string) {
    this.server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      req.on("end", () => {
        const signature = req.headers[SIGNATURE_HEADER.toLowerCase()];
        if (typeof signature !== "string" || !verifyWebhook(this.secret, body, signature)) {
          this.refused++;
          res.statusCode = 401;
          return res.end();
        }
        const requestId = String((JSON.parse(body) as { request_id: unknown }).request_id);
        this.received.set(requestId, (this.received.get(requestId) ?? 0) + 1);
        res.statusCode = 204;
        res.end();
      });
    });
  }

  /** Listens on a free loopback port; returns the webhook's URL. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/privacy-hook`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
