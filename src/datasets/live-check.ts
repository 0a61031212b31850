import type { Register } from "../register/index.js";
import { closeConnections, openConnections } from "./connections.js";
import { buildGraph } from "./graph.js";
import { liveSchemaProblems, type SchemaProblem } from "./schema-check.js";

/**
 * Opens the register's connections (URLs from the environment variables it names), compares every
 * collection with the tables there, and closes them. A connection that cannot be opened is one
 * problem at the connections, naming the variable, never the URL.
 */
export async function checkLiveDatasets(register: Register, env: NodeJS.ProcessEnv): Promise<SchemaProblem[]> {
  const graph = buildGraph(register);
  if (graph.collections.size === 0) return [];
  let connections;
  try {
    connections = await openConnections(register, env);
  } catch (error) {
    return [{ collection: "", path: ["datasets", "connections"], message: (error as Error).message }];
  }
  try {
    return await liveSchemaProblems(graph, connections);
  } finally {
    await closeConnections(connections);
  }
}
