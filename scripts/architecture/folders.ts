import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/**
 * The top-level folders of src/ and what each holds, in the order docs/architecture.md lists them:
 * from the transports down to the kernel. A folder missing here fails the architecture test, so the
 * page cannot fall behind the tree.
 */
export const FOLDERS: Record<string, { layer: Layer; holds: string }> = {
  cli: { layer: "transport", holds: "the `waarborg` command: parses flags, calls the operations, prints" },
  http: {
    layer: "transport",
    holds: "Fastify app: privacy center, admin console, JSON API; routes parse and call operations",
  },
  service: {
    layer: "transport",
    holds: "start-up: reads settings, opens the store, builds the context, merges the job handlers",
  },
  requests: {
    layer: "domain",
    holds: "the data-subject request lifecycle: filing, verification, clock, processing, packages",
  },
  tasks: {
    layer: "domain",
    holds: "manual tasks for systems with no API: owners, due dates, answers with files, reminders and escalation",
  },
  opendsr: {
    layer: "domain",
    holds: "OpenDSR: filing in one transaction, links between its ids and requests, status and callbacks",
  },
  consent: {
    layer: "domain",
    holds: "the consent banner script, consent records as proof sealed into the audit log, marketing subscriptions",
  },
  datasets: {
    layer: "domain",
    holds:
      "the engine on the company's databases: graph, walk, plan, access, erasure, rectification, restriction; discovery",
  },
  retention: {
    layer: "domain",
    holds:
      "retention rules compiled to sweeps over the datasets: batches, holds, legal holds, run records, leases; tenant deletions; account closures as erasure requests",
  },
  "access-grants": {
    layer: "domain",
    holds: "support access grants: requested, approved, time-boxed, signed as tokens, every use audited",
  },
  breaches: {
    layer: "domain",
    holds:
      "the breach register: 72-hour clock, risk and what it obliges, the authority's form as a draft, the message to people",
  },
  systems: {
    layer: "domain",
    holds:
      "systems a request reaches beside the databases: HTTP APIs with templates, pagination, rate limits, retries and idempotency keys",
  },
  tenants: {
    layer: "domain",
    holds: "the tenants directory: each customer's name and privacy contact, for referring its end users to it",
  },
  processors: {
    layer: "domain",
    holds: "processors as governance records: agreements with their next review, reminders to the privacy officer",
  },
  check: { layer: "domain", holds: "the legal checks `waarborg check` runs on a register" },
  scan: {
    layer: "domain",
    holds:
      "the site scan: Chromium visits before a choice, after reject and accept; findings against the register; the evidence report",
  },
  statement: { layer: "domain", holds: "the privacy statement built from the register, and its archived versions" },
  record: { layer: "domain", holds: "the Art. 30 record of processing activities" },
  diff: { layer: "domain", holds: "what changed between two registers, in plain language" },
  demo: { layer: "domain", holds: "the demo company's database: schema, fictitious people, hostile identities" },
  docs: { layer: "domain", holds: "reference pages generated from the schema and the rules" },
  context: { layer: "service", holds: "the ServiceContext every operation is handed" },
  auth: { layer: "service", holds: "console users, sessions, roles, API tokens, sign-in limits" },
  mail: { layer: "service", holds: "messages in both languages, the outbox, SMTP" },
  audit: { layer: "service", holds: "the tamper-evident audit log (hash chain) in the store" },
  jobs: { layer: "service", holds: "the job queue: one interface, in-process and pg-boss runners" },
  store: { layer: "service", holds: "Waarborg's own database (SQLite or PostgreSQL): schema, migrations" },
  connectors: {
    layer: "service",
    holds: "the company's databases: one interface, PostgreSQL, MySQL/MariaDB and SQLite",
  },
  crypto: { layer: "service", holds: "envelope encryption, hashes, random tokens, keys" },
  register: { layer: "register", holds: "privacy.yaml: the zod schema, loading with line and column, JSON Schema" },
  vocabulary: {
    layer: "register",
    holds: "words for the register's terms (bases, categories, periods) in both languages",
  },
  "member-states": {
    layer: "register",
    holds: "each EU/EEA state's supervisory authority, age of digital consent, implementing act and company register",
  },
  documents: { layer: "register", holds: "one document model, rendered to Markdown, HTML, PDF and CSV" },
  diagnostics: { layer: "register", holds: "file:line:col diagnostics and spelling suggestions" },
  identifiers: {
    layer: "register",
    holds: "validators: BSN, IBAN, KvK, BTW and EU VAT numbers, e-mail, phone, postcode",
  },
  deadlines: {
    layer: "kernel",
    holds: "Art. 12(3) deadlines: periods, working days, Dutch, Belgian and German holidays",
  },
  kernel: { layer: "kernel", holds: "the names every folder shares: language, request type, status, identity" },
};

export type Layer = "transport" | "domain" | "service" | "register" | "kernel";
export const LAYERS: Record<Layer, string> = {
  transport: "Transports and start-up",
  domain: "Domains",
  service: "Services the domains use",
  register: "The register and its words",
  kernel: "Kernel",
};

/** Folder -> the folders it imports (type-only imports included). */
export type FolderGraph = Map<string, Set<string>>;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Reads every import between top-level folders of `src`. */
export function folderGraph(src: string): FolderGraph {
  const root = resolve(src);
  const top = (path: string) => relative(root, path).split(sep)[0]!;
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(root)) {
    const from = top(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolve(dirname(file), (match[1] ?? match[2])!);
      if (!target.startsWith(root + sep)) continue;
      const to = top(target);
      if (to !== from && !/\.tsx?$|\.js$/.test(to)) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** The circles between folders (strongly connected components of more than one folder). */
export function folderCircles(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) circles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return circles;
}

/**
 * The arrows worth drawing: each import not already implied by a longer path of imports (the
 * transitive reduction; the graph has no circles, so it is unique).
 */
export function essentialArrows(graph: FolderGraph): [string, string][] {
  /** Whether `to` is reached from `from` through some other folder. */
  const implied = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const todo = [...(graph.get(from) ?? [])].filter((n) => n !== to);
    while (todo.length > 0) {
      const node = todo.pop()!;
      if (node === to) return true;
      if (seen.has(node)) continue;
      seen.add(node);
      todo.push(...(graph.get(node) ?? []));
    }
    return false;
  };
  const arrows: [string, string][] = [];
  for (const [from, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b)))
    for (const to of [...targets].sort()) if (!implied(from, to)) arrows.push([from, to]);
  return arrows;
}
