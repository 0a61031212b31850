import { afterEach, describe, expect, it } from "vitest";
import { type Center, FORM_HEADERS, form, startCenter } from "./harness.js";
import { describeEachStore } from "../../helpers/stores.js";

/*
 * A visitor behind the proxy writes whatever X-Forwarded-For they like; the proxy appends the address
 * it saw. The per-client filing limit must count that appended address, so changing the left-most
 * entry on every try does not reset it.
 */
const PROXY = "10.0.0.5";
const VISITOR = "203.0.113.50";
const PER_CLIENT = 2;

await describeEachStore("the privacy center behind proxies", (kind) => {
  let center: Center | undefined;
  afterEach(async () => {
    await center?.close();
    center = undefined;
  });

  function fileThroughProxy(c: Center, spoofed: string, remoteAddress = PROXY) {
    return c.app.inject({
      method: "POST",
      url: "/en/request",
      headers: { ...FORM_HEADERS, "x-forwarded-for": `${spoofed}, ${VISITOR}` },
      remoteAddress,
      payload: form({ type: "access", email: `spoof-${spoofed}@example.org`, lang: "en" }),
    });
  }

  async function statuses(c: Center, tries: number, remoteAddress?: string): Promise<number[]> {
    const codes: number[] = [];
    for (let i = 0; i < tries; i++)
      codes.push((await fileThroughProxy(c, `198.51.100.${i + 1}`, remoteAddress)).statusCode);
    return codes;
  }

  describe("the client address behind trusted proxies", () => {
    it("counts the address one trusted hop appended, whatever the visitor put before it", async () => {
      center = await startCenter(kind, { filingLimits: { perEmail: 1000, perClient: PER_CLIENT }, trustProxy: 1 });
      expect(await statuses(center, PER_CLIENT + 1)).toEqual([303, 303, 429]);
    });

    it("counts the address a listed proxy appended", async () => {
      center = await startCenter(kind, {
        filingLimits: { perEmail: 1000, perClient: PER_CLIENT },
        trustProxy: ["10.0.0.0/24"],
      });
      expect(await statuses(center, PER_CLIENT + 1)).toEqual([303, 303, 429]);
    });

    it("ignores X-Forwarded-For from a connection that is not a listed proxy", async () => {
      center = await startCenter(kind, {
        filingLimits: { perEmail: 1000, perClient: PER_CLIENT },
        trustProxy: ["10.0.0.0/24"],
      });
      // The connection itself is the client: the header, appended entry included, is the client's own writing.
      expect(await statuses(center, PER_CLIENT + 1, "192.0.2.77")).toEqual([303, 303, 429]);
      // And the address it named is not charged: a real visitor with that address may still file.
      const fromVisitor = await center.app.inject({
        method: "POST",
        url: "/en/request",
        headers: { ...FORM_HEADERS, "x-forwarded-for": VISITOR },
        remoteAddress: PROXY,
        payload: form({ type: "access", email: "visitor@example.org", lang: "en" }),
      });
      expect(fromVisitor.statusCode).toBe(303);
    });
  });
});
