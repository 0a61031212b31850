import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export interface CliProcess {
  child: ChildProcess;
  exited: Promise<Exit>;
  /** Everything it wrote so far, stdout and stderr together. */
  output(): string;
}

/** A `waarborg` command in a process of its own, so a test can kill it with SIGKILL half-way. */
export function cliProcess(command: readonly string[], env: NodeJS.ProcessEnv): CliProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", ...command], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const exited = new Promise<Exit>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => out };
}

/**
 * Kills `working` with SIGKILL once `farEnough` says it has done part of its work, and returns how it
 * ended. A process that ends by itself first fails the test: it was never killed half-way.
 */
export async function killHalfWay(working: CliProcess, farEnough: () => Promise<boolean>): Promise<Exit> {
  let ended = false;
  void working.exited.then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`the process ended before it was killed:\n${working.output()}`);
    if (await farEnough()) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  working.child.kill("SIGKILL");
  return working.exited;
}
