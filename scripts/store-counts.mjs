// How the request lifecycle and HTTP suites did on each service store, read from vitest's JSON report,
// so the CI log shows that both stores ran. The store is found in a test's full name by the phrase
// test/helpers/stores.ts puts in every suite title (`... on the postgres store`): keep the two in step.

const STORE_SUITES = /[\\/]test[\\/](requests|http)[\\/]/;
const STORES = ["sqlite", "postgres"];
const STORE_IN_NAME = / on the (\w+) store\b/;

/** One line per store, `store <kind> (test/requests, test/http): N passed, N failed, N skipped`. */
export function perStoreLines(results) {
  const counts = Object.fromEntries(STORES.map((store) => [store, { passed: 0, failed: 0, skipped: 0 }]));
  for (const suite of results) {
    if (!STORE_SUITES.test(suite.name ?? "")) continue;
    for (const test of suite.assertionResults ?? []) {
      const count = counts[STORE_IN_NAME.exec(test.fullName ?? "")?.[1] ?? ""];
      if (!count) continue;
      if (test.status === "passed") count.passed++;
      else if (test.status === "failed") count.failed++;
      else count.skipped++;
    }
  }
  return STORES.map((store) => {
    const { passed, failed, skipped } = counts[store];
    const none = passed + failed + skipped === 0 ? " (not run)" : "";
    return `store ${store} (test/requests, test/http): ${passed} passed, ${failed} failed, ${skipped} skipped${none}`;
  });
}
