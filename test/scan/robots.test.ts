import { describe, expect, it } from "vitest";
import { parseRobots } from "../../src/scan/index.js";

describe("robots.txt", () => {
  it("follows the * group: disallowed paths out, the rest in", () => {
    const robots = parseRobots("User-agent: *\nDisallow: /admin\nDisallow: /*.pdf$\n");
    expect(robots.allows("/")).toBe(true);
    expect(robots.allows("/admin/users")).toBe(false);
    expect(robots.allows("/files/a.pdf")).toBe(false);
    expect(robots.allows("/files/a.pdf?x=1")).toBe(true);
  });

  it("prefers the group that names the scanner over the * group", () => {
    const robots = parseRobots("User-agent: *\nDisallow: /\n\nUser-agent: WaarborgScan\nDisallow: /private\n");
    expect(robots.allows("/shop")).toBe(true);
    expect(robots.allows("/private")).toBe(false);
  });

  it("lets the longest rule win, and Allow win a tie", () => {
    const robots = parseRobots("User-agent: *\nDisallow: /shop\nAllow: /shop/cart\nAllow: /x\nDisallow: /x\n");
    expect(robots.allows("/shop/list")).toBe(false);
    expect(robots.allows("/shop/cart")).toBe(true);
    expect(robots.allows("/x")).toBe(true);
  });

  it("allows everything with an empty Disallow, comments and no group for the scanner", () => {
    expect(parseRobots("User-agent: *\nDisallow:\n").allows("/a")).toBe(true);
    expect(parseRobots("# nothing\nUser-agent: Googlebot\nDisallow: /\n").allows("/a")).toBe(true);
  });

  it("reads a group that names several agents", () => {
    const robots = parseRobots("User-agent: Foo\nUser-agent: waarborgscan\nDisallow: /a\n");
    expect(robots.allows("/a")).toBe(false);
  });
});
