import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextLink } from "../../src/systems/http/paginate.js";
import { SystemClient } from "../../src/systems/http/system-client.js";
import { FakeApi, type Received } from "./fakes/fake-api.js";
import { fakeTime, httpSystem, run } from "./helpers.js";

const RECORDS = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));

/** Seven records, in pages of three, in three styles. */
class Paged extends FakeApi {
  base = "";
  protected authorised() {
    return true;
  }
  protected route(_req: Received, url: URL): { status: number; body?: unknown; headers?: Record<string, string> } {
    if (url.pathname === "/cursor") {
      const after = Number(url.searchParams.get("after") ?? "0");
      const page = RECORDS.slice(after, after + 3);
      return { status: 200, body: { items: page, next: after + 3 < RECORDS.length ? after + 3 : null } };
    }
    if (url.pathname === "/pages") {
      const n = Number(url.searchParams.get("page"));
      expect(url.searchParams.get("per_page")).toBe("3");
      return { status: 200, body: RECORDS.slice((n - 1) * 3, n * 3) };
    }
    if (url.pathname === "/offset") {
      const n = Number(url.searchParams.get("offset"));
      return { status: 200, body: { members: RECORDS.slice(n, n + 3) } };
    }
    if (url.pathname === "/link") {
      const n = Number(url.searchParams.get("p") ?? "0");
      const more = n + 3 < RECORDS.length;
      return {
        status: 200,
        body: RECORDS.slice(n, n + 3),
        headers: more
          ? { link: `<${this.base}/link?p=${n + 3}>; rel="next", <${this.base}/link?p=0>; rel="first"` }
          : {},
      };
    }
    if (url.pathname === "/elsewhere")
      return { status: 200, body: [], headers: { link: '<https://evil.example/x>; rel="next"' } };
    return { status: 404 };
  }
}

const api = new Paged();
beforeAll(async () => {
  api.base = await api.listen();
});
afterAll(() => api.close());

async function find(access: Record<string, unknown>) {
  const system = httpSystem({ access: { method: "GET", ...access } });
  return new SystemClient("api", system, run({ API_URL: api.base }, fakeTime().deps)).find();
}

describe("pagination", () => {
  it("follows a cursor from the answer until there is none", async () => {
    const found = await find({
      path: "/cursor",
      records: "items",
      pagination: { style: "cursor", param: "after", next_path: "next" },
    });
    expect(found).toEqual(RECORDS);
  });

  it("counts pages until a short one", async () => {
    const found = await find({
      path: "/pages",
      pagination: { style: "page", param: "page", size: 3, size_param: "per_page" },
    });
    expect(found).toEqual(RECORDS);
  });

  it("counts offsets from 0", async () => {
    const found = await find({
      path: "/offset",
      records: "members",
      pagination: { style: "page", param: "offset", size: 3, offset: true },
    });
    expect(found).toEqual(RECORDS);
  });

  it("follows the Link header's rel=next", async () => {
    expect(await find({ path: "/link", pagination: { style: "link" } })).toEqual(RECORDS);
    expect(nextLink('<https://a/x?p=2>; rel="prev", <https://a/x?p=4>; rel="next"')).toBe("https://a/x?p=4");
    expect(nextLink('<https://a/x?p=2>; rel="prev"')).toBeUndefined();
  });

  it("refuses a next link to another host, where the credentials would go", async () => {
    await expect(find({ path: "/elsewhere", pagination: { style: "link" } })).rejects.toThrow(
      "system api: access's Link header points at another host",
    );
  });

  it("takes a not-found answer as no records", async () => {
    expect(await find({ path: "/nothing" })).toEqual([]);
  });
});
