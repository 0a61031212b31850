import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileRequest, QUEUE_PAGE_SIZE } from "../../../src/requests/index.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { type ConsoleHarness, consoleHarness, get } from "./harness.js";

await describeEachStore("the request queue in pages", (kind) => {
  const testStore = useTestStore(kind);
  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(testStore());
  });
  afterEach(() => h.close());

  /** Files a request received `days` after the console's sessions began, then sets the clock back. */
  async function file(i: number, days = 0) {
    const start = h.clock.now;
    h.clock.now = new Date(start.getTime() + days * 86_400_000);
    try {
      return await fileRequest(h.ctx, {
        type: "access",
        identities: [{ type: "email", value: `p${i}@example.org` }],
        lang: "nl",
      });
    } finally {
      h.clock.now = start;
    }
  }

  function rowsOf(body: string): string[] {
    return [...body.matchAll(/<th scope="row"><a href="\/admin\/requests\/([^"]+)"/g)].map((m) => m[1]!);
  }

  function nextOf(body: string): string | undefined {
    return /<a href="(\/admin\/requests\?status=open&amp;after=[^"]+)"/.exec(body)?.[1]?.replaceAll("&amp;", "&");
  }

  describe("paging", () => {
    it("shows a page at a time, by deadline, and the pages together hold every open request once", async () => {
      const filed: string[] = [];
      // Many share a receipt time and so a due date: the keyset must still tell them apart.
      for (let i = 0; i < 2 * QUEUE_PAGE_SIZE + 30; i++) filed.push((await file(i, Math.floor(i / 50))).requestId);
      const sizes: number[] = [];
      const seen: string[] = [];
      let url: string | undefined = "/admin/requests";
      while (url) {
        const page = await get(h.app, url, h.as.support);
        expect(page.statusCode).toBe(200);
        const rows = rowsOf(page.body);
        sizes.push(rows.length);
        seen.push(...rows);
        url = nextOf(page.body);
        // A request filed while the officer pages (due last) is not shown twice and does not shift the pages.
        if (sizes.length === 1) filed.push((await file(999, 10)).requestId);
      }
      expect(sizes).toEqual([QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE, 31]);
      expect(new Set(seen).size).toBe(seen.length);
      expect(new Set(seen)).toEqual(new Set(filed));
    });

    it("starts at the first page for a cursor it did not make", async () => {
      await file(1);
      for (const after of ["nonsense", "WyJhIl0", "%00"]) {
        const page = await get(h.app, `/admin/requests?after=${after}`, h.as.support);
        expect(page.statusCode).toBe(200);
        expect(rowsOf(page.body)).toHaveLength(1);
      }
    });
  });
});
