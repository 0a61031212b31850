/** One suite of vitest's JSON report, as far as the per-store counts read it. */
export interface ReportSuite {
  name?: string;
  assertionResults?: { fullName?: string; status?: string }[];
}

export function perStoreLines(results: ReportSuite[]): string[];
