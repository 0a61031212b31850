// The architecture's rules, checked by `npm run check:architecture` (scripts/check-architecture.mjs,
// which also refuses circles between top-level folders). docs/architecture.md draws the result.
const TRANSPORTS = "^src/(http|cli|service)/";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A circle of imports: modules that cannot be read, tested or loaded one without the other.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "domain-imports-transport",
      severity: "error",
      comment: "Domain code knows no HTTP, no command line and no service start-up: those call it, not the other way.",
      from: { path: "^src/", pathNot: TRANSPORTS },
      to: { path: TRANSPORTS },
    },
    {
      name: "transport-imports-cli",
      severity: "error",
      comment: "Only the command line's own files import src/cli; HTTP and the service do not.",
      from: { path: "^src/(http|service)/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "http-imports-service",
      severity: "error",
      comment: "The service builds the HTTP app and hands it the context; routes never reach back into start-up.",
      from: { path: "^src/http/" },
      to: { path: "^src/service/" },
    },
    {
      name: "past-the-index",
      severity: "error",
      comment: "Another folder is entered through its index.ts only, so each folder decides what it shows.",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/", pathNot: ["^src/$1/", "^src/[^/]+/index\\.ts$"] },
    },
    {
      name: "kernel-imports",
      severity: "error",
      comment: "The shared kernel depends on nothing, so every folder can import it.",
      from: { path: "^src/kernel/" },
      to: { path: "^src/", pathNot: "^src/kernel/" },
    },
    {
      name: "deadlines-imports",
      severity: "error",
      comment: "Deadlines are calendar arithmetic: they depend on nothing but themselves and the kernel.",
      from: { path: "^src/deadlines/" },
      to: { path: "^src/", pathNot: "^src/(deadlines|kernel)/" },
    },
    {
      name: "infrastructure-imports-domain",
      severity: "error",
      comment:
        "The store, the queue, the audit log, crypto and the connectors serve the domains and know none of them.",
      from: { path: "^src/(store|jobs|audit|crypto|connectors)/" },
      to: { path: "^src/(requests|datasets|opendsr|statement|record|diff|check|demo|context|mail|auth)/" },
    },
    {
      name: "client-standalone",
      severity: "error",
      comment:
        "The client package (@waarborg/client) runs in the company's application on fetch and WebCrypto alone: it imports nothing outside packages/client, no npm package and no Node module.",
      from: { path: "^packages/client/" },
      to: { pathNot: "^packages/client/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing.",
      from: {},
      to: { couldNotResolve: true, pathNot: "^pdfmake/interfaces" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a circle through types is still a circle for the reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
