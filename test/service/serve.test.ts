import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `waarborg serve --demo` as its own process in an empty folder, the way `npm start` runs it. The
 * environment holds none of the service's settings, as on a fresh machine.
 */
function serve(cwd: string): Run {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(WAARBORG_|DATABASE_URL$|DEMO_DATABASE_URL$|PORT$|HOST$)/.test(name),
    ),
  );
  const child = spawn(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), join(ROOT, "src/cli/run.ts"), "serve", "--demo", "--port", "0"],
    // tsx reads the JSX settings from the project's tsconfig, not from the folder the service runs in.
    { cwd, env: { ...env, TSX_TSCONFIG_PATH: join(ROOT, "tsconfig.json") }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, output: () => stdout + stderr, exited };
}

async function waitFor(run: Run, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(run.stdout());
    if (match) return match;
    if (Date.now() > deadline || run.child.exitCode !== null)
      throw new Error(`no ${pattern} from the service; it wrote:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const messages = (output: string) =>
  output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => (JSON.parse(line) as { msg: string }).msg);

describe("waarborg serve --demo", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-serve-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts the embedded default on a fresh folder, prints the addresses and a first login once", async () => {
    const first = serve(dir);
    const [, center] = await waitFor(first, /Privacy center: +(http:\/\/\S+)\n/);
    const [, admin] = await waitFor(first, /Admin console: +(http:\/\/\S+)\n/);
    const [, email, password] = await waitFor(first, /First admin account[^:]*: (\S+)\n {2}Password: (\S+)\n/);
    expect(email).toBe("admin@waarborg.local");
    expect(password!.length).toBeGreaterThanOrEqual(20);
    expect(admin).toBe(`${center}admin/`);

    const home = await fetch(`${center}en/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Privacy at Klantwijs B.V.");
    expect((await fetch(`${center}nl/privacy`)).status).toBe(200);

    expect(statSync(join(dir, ".waarborg", "keys.env")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, ".waarborg", "demo.db")).size).toBeGreaterThan(0);
    expect(statSync(join(dir, ".waarborg", "waarborg.db")).size).toBeGreaterThan(0);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const said = messages(first.output());
    expect(said).toContain("created and seeded the demo database");
    expect(said).toContain("recorded the demo's organisations in the tenants directory");
    expect(said.some((m) => m.startsWith("generated WAARBORG_DATA_KEY and WAARBORG_MASKING_KEY"))).toBe(true);
    expect(said.slice(-2)).toEqual(["stopping", "stopped"]);
    // The password goes to the console only, never into a log line.
    expect(
      first
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{") && l.includes(password!)),
    ).toEqual([]);

    const second = serve(dir);
    await waitFor(second, /Admin console: +http:\/\/\S+\n/);
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    expect(second.stdout()).not.toContain("Password");
    const again = messages(second.output());
    expect(again).not.toContain("created and seeded the demo database");
    expect(again).not.toContain("recorded the demo's organisations in the tenants directory");
    expect(again.some((m) => m.startsWith("generated"))).toBe(false);
  });
});
