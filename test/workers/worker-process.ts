import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root: workers run the CLI from source, wherever the test was started from. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * One `waarborg worker` in a process of its own, started the way a supervisor starts it, so it can be
 * killed with SIGKILL: no handler runs, no job is handed back, the database connections just drop.
 */
export class WorkerProcess {
  private readonly child: ChildProcess;
  private log = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly name: string,
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", "worker"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (chunk: Buffer) => {
      this.log += chunk.toString("utf8");
    };
    this.child.stdout!.on("data", collect);
    this.child.stderr!.on("data", collect);
    this.exited = new Promise((resolve) => this.child.on("exit", (code, signal) => resolve({ code, signal })));
  }

  /** What the worker wrote: pino JSON lines, and anything a crash printed. */
  output(): string {
    return this.log;
  }

  /** The worker's log lines with a level of warning or worse, as pino numbers them (40 and up). */
  problems(): Record<string, unknown>[] {
    return this.log
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => Number(line.level) >= 40);
  }

  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.log.includes('"worker ready"')) {
      if (this.child.exitCode !== null || this.child.signalCode !== null || Date.now() > deadline)
        throw new Error(`${this.name} did not get ready; it wrote:\n${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** The orderly stop: SIGTERM, and the exit it came to. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGTERM");
    return this.exited;
  }
}
