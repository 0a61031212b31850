// `npm run bench` runs every benchmark; `npm run bench -- register` runs one. Each prints its figures
// and, last, one JSON line with the numbers.
const benches: Record<string, () => Promise<void>> = {
  register: async () => (await import("./register.bench.js")).run(),
  dsr: async () => (await import("./dsr.bench.js")).run(),
  workers: async () => (await import("./workers.bench.js")).run(),
  serve: async () => (await import("./serve.bench.js")).run(),
  audit: async () => (await import("./audit.bench.js")).run(),
  banner: async () => (await import("./banner.bench.js")).run(),
  consent: async () => (await import("./consent.bench.js")).run(),
  retention: async () => (await import("./retention.bench.js")).run(),
  scan: async () => (await import("./scan.bench.js")).run(),
};

// Bare words name benchmarks; --name value pairs are options for them.
const wanted = process.argv.slice(2).filter((a, i, all) => !a.startsWith("-") && !all[i - 1]?.startsWith("--"));
const names = wanted.length ? wanted : Object.keys(benches);
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(benches).join(", ")}`);
    process.exit(2);
  }
  console.log(`== ${name}`);
  await bench();
}
