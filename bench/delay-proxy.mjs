// A TCP proxy that holds every chunk for a fixed time in each direction, to stand in for a database in
// another availability zone. Run as its own process so its timing loop never shares an event loop with
// the code being measured: `node bench/delay-proxy.mjs <listen-port> <target-host:port> <delay-ms>`.
// It prints "listening <port>" once ready.
import net from "node:net";

const [listenPort = "0", target = "127.0.0.1:5432", delayArg = "0.5"] = process.argv.slice(2);
const [targetHost, targetPort] = target.split(":");
const delayNs = BigInt(Math.round(Number(delayArg) * 1e6));

/** Forwards chunks from one socket to another, each one no earlier than `delay` after it arrived, in order. */
function delayed(from, to) {
  const queue = [];
  let pumping = false;
  const pump = () => {
    const now = process.hrtime.bigint();
    while (queue.length && queue[0].due <= now) to.write(queue.shift().chunk);
    if (!queue.length) return void (pumping = false);
    const waitMs = Number(queue[0].due - now) / 1e6;
    // Timers are only millisecond-precise: sleep the coarse part, spin the last stretch on setImmediate.
    if (waitMs > 1.5) setTimeout(pump, Math.floor(waitMs - 1));
    else setImmediate(pump);
  };
  from.on("data", (chunk) => {
    queue.push({ due: process.hrtime.bigint() + delayNs, chunk });
    if (!pumping) {
      pumping = true;
      pump();
    }
  });
  from.on("end", () => to.end());
  from.on("error", () => to.destroy());
}

const server = net.createServer((client) => {
  client.setNoDelay(true);
  const upstream = net.connect(Number(targetPort), targetHost, () => upstream.setNoDelay(true));
  delayed(client, upstream);
  delayed(upstream, client);
});
server.listen(Number(listenPort), "127.0.0.1", () => console.log(`listening ${server.address().port}`));
