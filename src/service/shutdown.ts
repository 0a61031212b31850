/**
 * Resolves on the first SIGTERM or SIGINT: how a supervisor or a terminal stops the service or a
 * worker. Listening starts before the process reports it is up, so a stop sent right after is never
 * missed; the listeners go once the signal came (a second Ctrl-C then ends the process the hard way,
 * as people expect). Signal listeners do not keep Node running: with `keepAlive`, a timer does, for an
 * idle worker that may have nothing else pending.
 */
export function untilStopSignal(options: { keepAlive?: boolean } = {}): {
  signal: Promise<NodeJS.Signals>;
  cancel(): void;
} {
  let onSignal: (signal: NodeJS.Signals) => void = () => {};
  const keepAlive = options.keepAlive ? setInterval(() => {}, 60_000) : undefined;
  const cancel = () => {
    if (keepAlive) clearInterval(keepAlive);
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  };
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = (received) => {
      cancel();
      resolve(received);
    };
  });
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return { signal, cancel };
}
