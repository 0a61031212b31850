import { recordBreach } from "../../../src/breaches/index.js";
import type { ConsoleHarness } from "./harness.js";
import type { ConsoleRoute } from "./routes.js";

const AWARE_AT = "2025-03-04T09:00:00.000Z";

const recorded = async (h: ConsoleHarness, tag: string) =>
  (await recordBreach(h.ctx, { title: `breach ${tag}`, awareAt: AWARE_AT, actor: "user:officer" })).id;

/** The console's breach register routes, for the authorization matrix in routes.ts. */
export const BREACH_CONSOLE_ROUTES: ConsoleRoute[] = [
  { method: "GET", pattern: "/admin/breaches", permission: "breaches.read", ok: 200 },
  { method: "GET", pattern: "/admin/breaches/export.csv", permission: "breaches.read", ok: 200 },
  { method: "GET", pattern: "/admin/breaches/export.json", permission: "breaches.read", ok: 200 },
  { method: "GET", pattern: "/admin/breaches/:id", permission: "breaches.read", target: recorded, ok: 200 },
  { method: "GET", pattern: "/admin/breaches/:id/draft", permission: "breaches.read", target: recorded, ok: 200 },
  { method: "GET", pattern: "/admin/breaches/:id/draft.html", permission: "breaches.read", target: recorded, ok: 200 },
  {
    method: "POST",
    pattern: "/admin/breaches",
    permission: "breaches.manage",
    fields: { title: "breach {tag}", awareAt: AWARE_AT },
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/breaches/:id",
    permission: "breaches.manage",
    target: recorded,
    fields: { risk: "risk", summary: "a mailing showed every recipient" },
    ok: 303,
  },
];
