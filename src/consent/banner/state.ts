/**
 * The choice as the banner keeps it on the visitor's device, in one first-party cookie:
 * `version~consent id~granted~refused~gpc`, purpose ids joined by "|" (ids hold only a-z, 0-9, _ and .,
 * and every character used is allowed in a cookie value).
 */
export interface State {
  v: number;
  id: string;
  granted: string[];
  refused: string[];
  /** Whether the decision was made while the browser sent Global Privacy Control. */
  gpc: boolean;
}

const list = (text: string | undefined) => (text ? text.split("|") : []);

export function readState(name: string): State | undefined {
  const prefix = `${name}=`;
  const raw = document.cookie
    .split("; ")
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
  const parts = raw?.split("~");
  if (!parts || parts.length < 5 || !/^\d+$/.test(parts[0]!)) return undefined;
  return {
    v: Number(parts[0]),
    id: parts[1]!,
    granted: list(parts[2]),
    refused: list(parts[3]),
    gpc: parts[4] === "1",
  };
}

export function writeState(name: string, days: number, s: State): void {
  const value = [s.v, s.id, s.granted.join("|"), s.refused.join("|"), s.gpc ? 1 : 0].join("~");
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${name}=${value}; Max-Age=${days * 86400}; Path=/; SameSite=Lax${secure}`;
}
