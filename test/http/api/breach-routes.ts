import { recordBreach } from "../../../src/breaches/index.js";
import type { ApiHarness } from "./harness.js";
import type { ApiRoute } from "./routes.js";

const AWARE_AT = "2020-01-01T09:00:00.000Z";

const recorded = async (h: ApiHarness, tag: string) =>
  (await recordBreach(h.ctx, { title: `breach ${tag}`, awareAt: AWARE_AT, actor: "user:officer" })).id;

/** The breach register's routes of the API, for the authorization matrix in routes.ts. */
export const BREACH_ROUTES: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/api/breaches",
    scope: "breaches:write",
    body: (tag) => ({ title: `breach ${tag}`, awareAt: AWARE_AT, risk: "risk" }),
    ok: 201,
  },
  { method: "GET", pattern: "/api/breaches", scope: "breaches:read", ok: 200 },
  { method: "GET", pattern: "/api/breaches/export", scope: "breaches:read", ok: 200 },
  { method: "GET", pattern: "/api/breaches/:id", scope: "breaches:read", target: recorded, ok: 200 },
  {
    method: "PATCH",
    pattern: "/api/breaches/:id",
    scope: "breaches:write",
    target: recorded,
    body: () => ({ risk: "high", facts: { summary: "a laptop was stolen" } }),
    ok: 200,
  },
  { method: "GET", pattern: "/api/breaches/:id/draft", scope: "breaches:read", target: recorded, ok: 200 },
  { method: "GET", pattern: "/api/breaches/:id/message", scope: "breaches:read", target: recorded, ok: 200 },
];
