import { type Connector, dialectOf, openConnector } from "../connectors/index.js";
import type { Register } from "../register/index.js";

/** The open connectors of a register's datasets, by connection name. */
export type Connections = Map<string, Connector>;

/**
 * Opens every connection the datasets declare. URLs come only from the environment variables the
 * register names; an error names the variable, never its value (it may hold a password).
 */
export async function openConnections(register: Register, env: NodeJS.ProcessEnv = process.env): Promise<Connections> {
  const out: Connections = new Map();
  try {
    for (const [name, connection] of Object.entries(register.datasets?.connections ?? {})) {
      const url = env[connection.url_env];
      if (!url) throw new Error(`connection "${name}": environment variable ${connection.url_env} is not set`);
      if (connection.type && dialectOf(url) !== connection.type) {
        throw new Error(`connection "${name}": ${connection.url_env} is not a ${connection.type} URL`);
      }
      out.set(name, await openConnector(url));
    }
    return out;
  } catch (error) {
    await closeConnections(out);
    throw error;
  }
}

export async function closeConnections(connections: Connections): Promise<void> {
  await Promise.all([...connections.values()].map((c) => c.close()));
}
