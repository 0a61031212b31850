import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface DelayProxy {
  /** The database URL with its host and port replaced by the proxy's. */
  readonly url: string;
  close(): void;
}

/** Starts bench/delay-proxy.mjs in front of the database at `url`, delaying every chunk by `delayMs` each way. */
export async function startDelayProxy(url: string, delayMs: number): Promise<DelayProxy> {
  const target = new URL(url);
  const script = fileURLToPath(new URL("./delay-proxy.mjs", import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    [script, "0", `${target.hostname}:${target.port || 5432}`, String(delayMs)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const port = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the delay proxy stopped (exit ${code})`)));
    child.stdout!.on("data", (b: Buffer) => {
      const m = /listening (\d+)/.exec(b.toString());
      if (m?.[1]) resolve(m[1]);
    });
  });
  const proxied = new URL(url);
  proxied.hostname = "127.0.0.1";
  proxied.port = port;
  return { url: proxied.toString(), close: () => void child.kill() };
}
