import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SOURCE = "packages/client/src";

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(text: string): string[] {
  const found = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']/g)];
  return found.map((m) => m[1] ?? m[2]!);
}

describe("the client package stands alone", () => {
  it("imports only its own modules: nothing of the service, no npm package, no Node module", () => {
    const files = readdirSync(SOURCE).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(3);
    const outside = files.flatMap((file) =>
      specifiers(readFileSync(join(SOURCE, file), "utf8"))
        .filter((spec) => !/^\.\/[\w-]+\.js$/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  it("type-checks against the web platform alone (fetch, WebCrypto), without Node's types", () => {
    const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "packages/client", "--noEmit"], {
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("has no dependencies of its own to install", () => {
    const manifest = JSON.parse(readFileSync("packages/client/package.json", "utf8")) as Record<string, unknown>;
    expect(manifest.name).toBe("@waarborg/client");
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
  });
});
