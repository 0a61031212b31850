/** The name the scanner gives itself in robots.txt groups and its User-Agent. */
export const SCANNER_AGENT = "WaarborgScan";

interface Group {
  agents: string[];
  rules: { allow: boolean; path: string }[];
}

export interface Robots {
  /** Whether the scanner may visit this path (with its query). */
  allows(pathAndQuery: string): boolean;
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, "").trim();
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === "allow" || field === "disallow") {
      // An empty Disallow allows everything: it adds no rule.
      if (value) current.rules.push({ allow: field === "allow", path: value });
    }
  }
  return groups;
}

/** A robots.txt path pattern: `*` any characters, a trailing `$` the end of the path. */
function matchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = new RegExp(
    `^${body
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}${anchored ? "$" : ""}`,
  );
  return regex.test(path) ? body.length : -1;
}

/**
 * robots.txt as RFC 9309 reads it: the group naming the scanner, else the `*` group; the longest
 * matching rule wins and Allow wins a tie. Without a group for it everything is allowed.
 */
export function parseRobots(text: string, agent = SCANNER_AGENT): Robots {
  const groups = parseGroups(text);
  const name = agent.toLowerCase();
  const own = groups.filter((g) => g.agents.some((a) => a !== "*" && name.includes(a)));
  const chosen = own.length > 0 ? own : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen.flatMap((g) => g.rules);
  return {
    allows(pathAndQuery) {
      let best = { length: -1, allow: true };
      for (const rule of rules) {
        const length = matchLength(rule.path, pathAndQuery);
        if (length > best.length || (length === best.length && rule.allow)) best = { length, allow: rule.allow };
      }
      return best.allow;
    },
  };
}

/** Everything allowed: a site without a robots.txt (a 4xx answer). */
export const ALLOW_ALL: Robots = { allows: () => true };
