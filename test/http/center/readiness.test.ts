import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/open.js";
import { type Center, startCenter } from "./harness.js";
import { describeEachStore } from "../../helpers/stores.js";

await describeEachStore("the privacy center's health checks", (kind) => {
  let center: Center;
  beforeAll(async () => {
    center = await startCenter(kind);
  });
  afterAll(() => center.close());

  describe("health and readiness", () => {
    it("are both fine while the store answers", async () => {
      const ready = await center.app.inject({ method: "GET", url: "/readyz" });
      expect([ready.statusCode, ready.body]).toEqual([200, "ready"]);
      expect((await center.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    });

    it("say not ready while the store is down, and still alive", async () => {
      const dir = mkdtempSync(join(tmpdir(), "waarborg-down-"));
      const down = await openStore({ url: `sqlite:${join(dir, "down.db")}` });
      await down.close();
      const store = center.ctx.store;
      center.ctx.store = down;
      try {
        const ready = await center.app.inject({ method: "GET", url: "/readyz" });
        expect([ready.statusCode, ready.body]).toEqual([503, "store unreachable"]);
        const health = await center.app.inject({ method: "GET", url: "/healthz" });
        expect([health.statusCode, health.body]).toEqual([200, "ok"]);
      } finally {
        center.ctx.store = store;
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
