import type { HttpSystem } from "../../register/index.js";
import { SystemError } from "./errors.js";

/**
 * The headers that sign in to the API, read from the environment variables the register names, and
 * the secrets among them (to scrub from anything that may reach a log).
 */
export function authHeaders(
  id: string,
  system: HttpSystem,
  env: NodeJS.ProcessEnv,
): { headers: Record<string, string>; secrets: string[] } {
  const auth = system.auth;
  if (!auth) return { headers: {}, secrets: [] };
  const read = (name: string) => {
    const value = env[name];
    if (!value) throw new SystemError(id, `the environment variable ${name} is not set`);
    return value;
  };
  if (auth.type === "bearer") {
    const token = read(auth.token_env);
    return { headers: { authorization: `Bearer ${token}` }, secrets: [token] };
  }
  if (auth.type === "header") {
    const value = read(auth.value_env);
    return { headers: { [auth.name.toLowerCase()]: value }, secrets: [value] };
  }
  const user = auth.username_env ? read(auth.username_env) : (auth.username ?? "");
  const password = read(auth.password_env);
  const encoded = Buffer.from(`${user}:${password}`).toString("base64");
  return { headers: { authorization: `Basic ${encoded}` }, secrets: [password, encoded] };
}

/** The API's base URL from its environment variable; only http(s). */
export function baseUrl(id: string, system: HttpSystem, env: NodeJS.ProcessEnv): string {
  const text = env[system.base_url_env];
  if (!text) throw new SystemError(id, `the environment variable ${system.base_url_env} is not set`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SystemError(id, `${system.base_url_env} does not hold a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new SystemError(id, `${system.base_url_env} must be an http(s) URL`);
  return text;
}
