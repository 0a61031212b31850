import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a fake API received, as the tests look at it. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** An answer the test puts ahead of the API's own: a 429 with Retry-After, a 500, a dropped connection. */
export interface Injected {
  status: number | "drop";
  headers?: Record<string, string>;
  body?: unknown;
  /** Only for requests whose method and path start like this (any when left out). */
  match?: string;
}

/**
 * A local stand-in for a public API: node's http server on loopback, with the endpoints a subclass
 * routes, a log of what it received and answers a test injects before the real ones.
 */
export abstract class FakeApi {
  received: Received[] = [];
  injected: Injected[] = [];
  private readonly server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const got: Received = { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body };
      this.received.push(got);
      const index = this.injected.findIndex((i) => !i.match || `${got.method} ${got.url}`.startsWith(i.match));
      if (index >= 0) {
        const [injected] = this.injected.splice(index, 1);
        if (injected!.status === "drop") {
          req.socket.destroy();
          return;
        }
        return send(res, injected!.status, injected!.body ?? { error: "injected" }, injected!.headers);
      }
      if (!this.authorised(req)) return send(res, 401, { error: "unauthorised" });
      const answer = this.route(got, new URL(got.url, "http://fake"));
      send(res, answer.status, answer.body, answer.headers);
    });
  });

  protected abstract authorised(req: IncomingMessage): boolean;
  protected abstract route(
    req: Received,
    url: URL,
  ): { status: number; body?: unknown; headers?: Record<string, string> };

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined || status === 204) return void res.end();
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}
