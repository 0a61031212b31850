import type { Command } from "@commander-js/extra-typings";
import { LANGUAGES } from "../../kernel/index.js";
import {
  planTenantDeletion,
  renderPurgeReport,
  renderTenantStatus,
  runTenantPurges,
  scheduleTenantDeletion,
  TenantDeletionError,
  tenantDeletions,
  TenantPlanError,
  undoTenantDeletion,
} from "../../retention/index.js";
import { oneOf, UsageError } from "../io.js";
import { addStoreOptions } from "./migrate.js";
import { withRetention } from "./retention.js";
import { registerTenantDirectory } from "./tenant-directory.js";

type Exit = (code: number) => void;

/** Refusals of the tenant operations are the operator's to fix: exit 2 with the message, no stack. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TenantDeletionError || error instanceof TenantPlanError) throw new UsageError(error.message);
    throw error;
  }
}

const WHO = "who asked: a role or a reference such as a ticket number; it goes into the audit log, so no name";

export function registerTenant(program: Command, setExit: Exit): void {
  const tenant = program
    .command("tenant")
    .description(
      "the tenants directory (name and privacy contact), and a tenant's deletion: scheduled with an undo window, then purged from every dataset",
    );
  registerTenantDirectory(tenant);

  addStoreOptions(
    tenant
      .command("delete <tenant-key>")
      .description("schedule a tenant's deletion; nothing is removed before the undo window ends")
      .option("--rule <id>", "the retention rule (after: tenant_deleted) when the register has more than one")
      .option("--by <who>", WHO, "operator")
      .option("--lang <lang>", "nl or en", "en")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (key, opts) => {
    const lang = oneOf(opts.lang, LANGUAGES, "--lang");
    await withRetention(opts, setExit, async (deps) => {
      const scheduled = await refusing(() =>
        scheduleTenantDeletion(deps, { tenant: key, requestedBy: opts.by, ...(opts.rule ? { rule: opts.rule } : {}) }),
      );
      process.stdout.write(renderTenantStatus([scheduled], lang));
      for (const name of planTenantDeletion(deps.register, scheduled.rule).uncovered)
        process.stderr.write(
          `waarborg: ${name} points at a purged collection by a reference the purge does not follow down, and names no tenant column: not purged, and the rows it points at stay\n`,
        );
    });
  });

  addStoreOptions(
    tenant
      .command("undo <tenant-key>")
      .description("undo a tenant's scheduled deletion while its undo window is open")
      .option("--by <who>", WHO, "operator")
      .option("--lang <lang>", "nl or en", "en")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (key, opts) => {
    const lang = oneOf(opts.lang, LANGUAGES, "--lang");
    await withRetention(opts, setExit, async (deps) => {
      const undone = await refusing(() => undoTenantDeletion(deps, key, opts.by));
      process.stdout.write(renderTenantStatus([undone], lang));
    });
  });

  addStoreOptions(
    tenant
      .command("status [tenant-key]")
      .description("every tenant deletion (or one tenant's): dates, rows removed per collection, backup date")
      .option("--format <format>", "text or json", "text")
      .option("--lang <lang>", "nl or en", "en")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (key, opts) => {
    const lang = oneOf(opts.lang, LANGUAGES, "--lang");
    const format = oneOf(opts.format, ["text", "json"] as const, "--format");
    await withRetention(opts, setExit, async (deps) => {
      const rows = await refusing(() => tenantDeletions(deps, key));
      process.stdout.write(
        format === "json" ? `${JSON.stringify({ deletions: rows }, null, 2)}\n` : renderTenantStatus(rows, lang),
      );
    });
  });

  addStoreOptions(
    tenant
      .command("run")
      .description("purge every tenant whose undo window has ended (or --tenant), in batches")
      .option("--tenant <key>", "only this tenant")
      .option("--batch-size <n>", "rows per batch and transaction", "2000")
      .option("--lang <lang>", "nl or en", "en")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (opts) => {
    const lang = oneOf(opts.lang, LANGUAGES, "--lang");
    const batchSize = Number(opts.batchSize);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new UsageError("--batch-size must be a whole number above 0");
    await withRetention(opts, setExit, async (deps) => {
      const reports = await refusing(() =>
        runTenantPurges(deps, { batchSize, ...(opts.tenant !== undefined ? { tenant: opts.tenant } : {}) }),
      );
      process.stdout.write(renderPurgeReport(reports, lang));
      if (reports.some((r) => r.outcome === "failed")) setExit(1);
    });
  });
}
