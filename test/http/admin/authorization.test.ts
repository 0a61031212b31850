import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, USER_ROLES } from "../../../src/auth/index.js";
import { type ConsoleHarness, consoleHarness, get, post } from "./harness.js";
import { CONSOLE_ROUTES, concrete, type ConsoleRoute } from "./routes.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("the console's authorization", (kind) => {
  const testStore = useTestStore(kind);

  let h: ConsoleHarness;
  let counter = 0;
  const nextTag = () => `t${++counter}`;

  beforeAll(async () => {
    h = await consoleHarness(testStore());
  });
  afterAll(() => h.close());

  async function attempt(route: ConsoleRoute, who: (typeof USER_ROLES)[number] | undefined) {
    const { url, fields } = await concrete(route, h, nextTag());
    const signed = who ? h.as[who] : undefined;
    return route.method === "GET" ? get(h.app, url, signed) : post(h.app, url, signed, fields);
  }

  describe("console authorization matrix", () => {
    it("covers every console route the plugin serves", () => {
      // Sign-in, sign-out and the front door are for everyone; sign-in.test.ts tries them.
      const open = ["GET /admin/", "GET /admin", "GET /admin/sign-in", "POST /admin/sign-in", "POST /admin/sign-out"];
      const served = [...new Set(h.served)].filter((r) => !open.includes(r)).sort();
      expect(served).toEqual(CONSOLE_ROUTES.map((r) => `${r.method} ${r.pattern}`).sort());
    });

    it.each(CONSOLE_ROUTES.map((r) => [`${r.method} ${r.pattern}`, r] as const))(
      "%s: anonymous goes to sign-in, each role gets what the permission table grants",
      async (_name, route) => {
        const anonymous = await attempt(route, undefined);
        expect(anonymous.statusCode).toBe(303);
        expect(anonymous.headers.location).toMatch(/^\/admin\/sign-in\?next=/);
        for (const role of USER_ROLES) {
          const response = await attempt(route, role);
          if (can(role, route.permission)) {
            expect(response.statusCode, `${role}: ${response.body.slice(0, 300)}`).toBe(route.ok);
          } else {
            expect(response.statusCode, role).toBe(403);
            expect(response.body).toContain("<h1>Geen toegang</h1>");
          }
        }
      },
    );

    it.each(CONSOLE_ROUTES.filter((r) => r.method === "POST").map((r) => [r.pattern, r] as const))(
      "POST %s: refused without the session's CSRF token, or with another session's",
      async (_name, route) => {
        for (const csrf of [null, "wrong", h.as.auditor.csrf]) {
          const { url, fields } = await concrete(route, h, nextTag());
          const response = await post(h.app, url, h.as.admin, fields, { csrf });
          expect(response.statusCode, `csrf=${csrf}`).toBe(403);
          expect(response.body).toContain("<h1>Formulier verlopen</h1>");
        }
      },
    );

    it("shows the 403 page in the user's language", async () => {
      const response = await get(h.app, "/admin/users?lang=en", h.as.auditor);
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('<html lang="en"');
      expect(response.body).toContain("<h1>No access</h1>");
    });
  });
});
