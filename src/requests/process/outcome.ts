import type { Insertable } from "kysely";
import type { PackageFile } from "../../datasets/index.js";
import type { KeptData } from "../../mail/index.js";
import type { PackagesTable } from "../../store/index.js";

/** What carrying out a request came to: how it ends, what the events and the audit log keep, and a package. */
export interface Outcome {
  event: "complete" | "complete_partially";
  /** Shown in the admin console and (the kept data) on the status page: counts, collections, keys. */
  data: { changed: boolean; kept?: (KeptData & { keys: string[] })[]; [key: string]: unknown };
  /** Counts only, and the operator's reason where they overrode a legal hold. */
  audit: Record<string, unknown>;
  package?: Insertable<PackagesTable>;
  /** The package's files before they were zipped and sealed, for a caller that keeps them as well. */
  files?: readonly PackageFile[];
}
