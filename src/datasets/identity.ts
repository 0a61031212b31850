import type { Identity } from "../kernel/index.js";

/**
 * Parses `--identity email=a@b.nl`. The error never repeats the value: it is personal data and
 * error messages end up in logs.
 */
export function parseIdentity(text: string, known: readonly string[]): Identity {
  const eq = text.indexOf("=");
  if (eq <= 0 || eq === text.length - 1)
    throw new Error("--identity expects type=value, e.g. email=someone@example.nl");
  const type = text.slice(0, eq).trim();
  if (!known.includes(type)) {
    throw new Error(
      `--identity: unknown identity type "${type}"; the register's datasets declare ${known.join(", ") || "none"}`,
    );
  }
  return { type, value: text.slice(eq + 1) };
}
