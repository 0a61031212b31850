import { dialectOf } from "../../connectors/index.js";
import { closest } from "../../diagnostics/index.js";
import { loadRegister, type Register } from "../../register/index.js";

/** Where discovery reads from; the URL itself is only ever taken from the environment. */
export interface Target {
  url: string;
  /** The connection name in the proposal (and in the register, when one was given). */
  name: string;
  urlEnv: string;
  schema?: string;
  /** The register to report drift against. */
  register?: Register;
}

export interface TargetRequest {
  registerFile?: string;
  connection?: string;
  urlEnv?: string;
  schema?: string;
}

/** Wrong or missing input: the command line shows the message and exits with a usage error. */
export class TargetError extends Error {}

/**
 * Resolves the database to discover: a register connection (its url_env), or an environment
 * variable named on the command line. A URL is never taken as an argument, so a password in it
 * stays out of shell history and process listings.
 */
export async function resolveTarget(request: TargetRequest, env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  let register: Register | undefined;
  let name = request.connection;
  let urlEnv = request.urlEnv;
  let schema = request.schema;
  let type: string | undefined;

  if (request.registerFile !== undefined) {
    const loaded = await loadRegister(request.registerFile);
    if (!loaded.register) {
      throw new TargetError(`the register ${request.registerFile} does not load; run waarborg check on it first`);
    }
    register = loaded.register;
    const connections = register.datasets?.connections ?? {};
    const names = Object.keys(connections).sort();
    if (name === undefined) {
      if (names.length !== 1)
        throw new TargetError(
          `name the connection to discover with --connection (one of: ${names.join(", ") || "none declared"})`,
        );
      name = names[0] as string;
    }
    const connection = connections[name];
    if (!connection) {
      const suggestion = closest(name, names);
      throw new TargetError(
        `the register declares no connection "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
      );
    }
    urlEnv ??= connection.url_env;
    schema ??= connection.schema;
    type = connection.type;
  } else if (request.connection !== undefined) {
    throw new TargetError("--connection needs --register, the register that declares it");
  }
  if (urlEnv === undefined)
    throw new TargetError("say where the database URL is: --connection NAME --register FILE, or --url-env VAR");
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(urlEnv))
    throw new TargetError("--url-env takes the name of an environment variable, not a URL");
  const url = env[urlEnv];
  if (url === undefined || url === "") throw new TargetError(`the environment variable ${urlEnv} is not set`);
  let dialect: string;
  try {
    dialect = dialectOf(url);
  } catch (error) {
    throw new TargetError(`${urlEnv}: ${(error as Error).message}`);
  }
  if (type !== undefined && type !== dialect) {
    throw new TargetError(`connection ${name} is declared as ${type}, but ${urlEnv} points at ${dialect}`);
  }
  const target: Target = { url, name: name ?? connectionName(urlEnv), urlEnv };
  if (schema !== undefined) target.schema = schema;
  if (register) target.register = register;
  return target;
}

/** APP_DATABASE_URL -> "app": a connection name for the proposal when no register names one. */
export function connectionName(urlEnv: string): string {
  const base = urlEnv
    .toLowerCase()
    .replace(/_?(database_url|db_url|url|dsn)$/, "")
    .replace(/[^a-z0-9_]/g, "_");
  return /^[a-z][a-z0-9_]*$/.test(base) ? base : "main";
}
