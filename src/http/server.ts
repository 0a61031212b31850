import type { FastifyInstance } from "fastify";

export interface Listening {
  /** The address the server answers on, e.g. http://127.0.0.1:3000 (the real port when 0 was asked). */
  address: string;
  close(): Promise<void>;
}

/** Starts listening and reports where; with port 0 the system picks a free port (tests, several instances). */
export async function listen(app: FastifyInstance, options: { host: string; port: number }): Promise<Listening> {
  await app.listen({ host: options.host, port: options.port, listenTextResolver: () => "listening" });
  const bound = app.server.address();
  if (bound === null || typeof bound === "string") throw new Error("the server is not bound to a TCP port");
  const host = bound.family === "IPv6" ? `[${bound.address}]` : bound.address;
  return { address: `http://${host}:${bound.port}`, close: () => closeServer(app) };
}

/**
 * Stops taking connections and waits for the requests in flight. Fastify cuts idle keep-alive
 * connections on close, so a browser holding one open cannot keep the process alive.
 */
export async function closeServer(app: FastifyInstance): Promise<void> {
  await app.close();
}
