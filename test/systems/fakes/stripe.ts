import type { IncomingMessage } from "node:http";
import { FakeApi, type Received } from "./fake-api.js";

export const STRIPE_KEY = "sk_test_fake0123456789";

export interface Customer {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  address: { line1: string; postal_code: string; city: string; country: string } | null;
}

/**
 * Stripe's customers as its API reference documents them: search with `query=email:'...'` in pages
 * (has_more, next_page, ?page=), DELETE /v1/customers/{id}, POST /v1/customers/{id} with a form body,
 * bearer authentication, and a resource_missing error for an unknown or deleted customer. Pages are
 * `pageSize` long so a test sees more than one.
 */
export class FakeStripe extends FakeApi {
  customers: Customer[] = [];
  pageSize = 2;

  protected authorised(req: IncomingMessage): boolean {
    return req.headers.authorization === `Bearer ${STRIPE_KEY}`;
  }

  protected route(req: Received, url: URL) {
    if (req.method === "GET" && url.pathname === "/v1/customers/search") {
      const query = /^email:'((?:[^'\\]|\\.)*)'$/.exec(url.searchParams.get("query") ?? "");
      if (!query) return { status: 400, body: { error: { type: "invalid_request_error", code: "parameter_invalid" } } };
      const email = query[1]!.replace(/\\(.)/g, "$1");
      const all = this.customers.filter((c) => c.email === email);
      const start = Number(url.searchParams.get("page") ?? "0");
      const data = all.slice(start, start + this.pageSize);
      const more = start + this.pageSize < all.length;
      return {
        status: 200,
        body: {
          object: "search_result",
          url: "/v1/customers/search",
          data: data.map((c) => ({ object: "customer", ...c })),
          has_more: more,
          next_page: more ? String(start + this.pageSize) : null,
        },
      };
    }
    const one = /^\/v1\/customers\/(cus_\w+)$/.exec(url.pathname);
    const index = one ? this.customers.findIndex((c) => c.id === one[1]) : -1;
    if (index < 0) return { status: 404, body: { error: { type: "invalid_request_error", code: "resource_missing" } } };
    if (req.method === "DELETE") {
      this.customers.splice(index, 1);
      return { status: 200, body: { id: one![1], object: "customer", deleted: true } };
    }
    if (req.method === "POST") {
      const form = new URLSearchParams(req.body);
      const customer = this.customers[index]!;
      for (const key of ["email", "name", "phone"] as const) {
        const value = form.get(key);
        if (value !== null) customer[key] = value;
      }
      return { status: 200, body: { object: "customer", ...customer } };
    }
    return { status: 405, body: { error: { type: "invalid_request_error" } } };
  }
}
