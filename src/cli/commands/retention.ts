import type { Command } from "@commander-js/extra-typings";
import { KeyConfigError, loadDataKey } from "../../crypto/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import type { Register } from "../../register/index.js";
import {
  LegalHoldError,
  liftLegalHold,
  listLegalHolds,
  placeLegalHold,
  purgeOwnData,
  renderOwnDataReport,
  renderRunReport,
  renderStatusCsv,
  renderStatusText,
  type RetentionDeps,
  retentionStatus,
  runRetention,
} from "../../retention/index.js";
import { migrateToLatest, openStore } from "../../store/index.js";
import { emit, oneOf, UsageError } from "../io.js";
import { loadOrReport } from "../load.js";
import { createProgress, type Progress } from "../progress.js";
import { addStoreOptions, storeUrlFrom } from "./migrate.js";
import { registerRetentionReport } from "./retention-report.js";

type Exit = (code: number) => void;
type Common = { register: string; store?: string; databaseUrlEnv?: string };

/** The data key when the environment has one: only a hold on a person needs it. */
function optionalDataKey(env: NodeJS.ProcessEnv): Buffer | undefined {
  if (!env.WAARBORG_DATA_KEY) return undefined;
  try {
    return loadDataKey(env);
  } catch (error) {
    if (error instanceof KeyConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Loads the register, opens and migrates the store, runs `work`, and closes it again (also for `tenant`). */
export async function withRetention(opts: Common, setExit: Exit, work: (deps: RetentionDeps) => Promise<void>) {
  const register: Register | undefined = await loadOrReport(opts.register);
  if (!register) return setExit(2);
  const store = await openStore({ url: storeUrlFrom(opts) });
  try {
    await migrateToLatest(store);
    await work({ store, register, env: process.env, now: () => new Date(), dataKey: optionalDataKey(process.env) });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    process.stderr.write(`waarborg: ${(error as Error).message}\n`);
    setExit(1);
  } finally {
    await store.close();
  }
}

export function registerRetention(program: Command, setExit: Exit): void {
  const retention = program
    .command("retention")
    .description("carry out the register's retention rules on its datasets");

  addStoreOptions(
    retention
      .command("run")
      .description(
        "sweep every rule (or --rule) over its collections, then purge Waarborg's own data past its periods; print what was removed",
      )
      .option("--dry-run", "count what would be removed and change nothing")
      .option("--rule <id...>", "only these rules (Waarborg's own data is then left for another run)")
      .option("--batch-size <n>", "the most rows per batch and transaction", "2000")
      .option(
        "--batch-ms <n>",
        "time budget of a batch's transaction in ms: a slower batch halves the next (0: fixed size)",
        "100",
      )
      .option("--lang <lang>", "nl or en", "en")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (opts) => {
    const lang = oneOf(opts.lang, LANGUAGES, "--lang");
    const batchSize = Number(opts.batchSize);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new UsageError("--batch-size must be a whole number above 0");
    const batchTargetMs = Number(opts.batchMs);
    if (!Number.isFinite(batchTargetMs) || batchTargetMs < 0)
      throw new UsageError("--batch-ms must be a number of milliseconds, 0 or more");
    await withRetention(opts, setExit, async (deps) => {
      let bar: Progress | undefined;
      let current = "";
      // One bar per rule and collection, then per kind of own data: a new label ends the bar before it.
      const show = (label: string, done: number, total: number) => {
        if (label !== current) {
          bar?.finish();
          bar = createProgress({ label, total });
          current = label;
        }
        bar?.update(done);
      };
      const dryRun = opts.dryRun ?? false;
      // Waarborg's own data first: it needs none of the company's databases, so one that is down stops no purge.
      if (!opts.rule) {
        const own = await purgeOwnData(deps, {
          dryRun,
          batchSize,
          onProgress: ({ kind, done, total }) => {
            if (!dryRun) show(`own data ${kind}`, done, total);
          },
        });
        bar?.finish();
        process.stdout.write(renderOwnDataReport(own, lang, dryRun));
      }
      const reports = await runRetention(deps, {
        dryRun,
        ...(opts.rule ? { rules: opts.rule } : {}),
        batchSize,
        batchTargetMs,
        onProgress: ({ rule, collection, done, total }) => show(`${rule} ${collection}`, done, total),
      });
      bar?.finish();
      process.stdout.write(renderRunReport(reports, lang));
      if (reports.some((r) => r.outcome === "failed")) setExit(1);
    });
  });

  addStoreOptions(
    retention
      .command("status")
      .description("per rule: last run, rows handled, next run and rows overdue; --format json or csv as evidence")
      .option("--format <format>", "text, json or csv", "text")
      .option("--lang <lang>", "nl or en", "en")
      .option("-o, --out <file>", "write to a file instead of stdout")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (opts) => {
    const lang = oneOf(opts.lang, LANGUAGES, "--lang");
    const format = oneOf(opts.format, ["text", "json", "csv"] as const, "--format");
    await withRetention(opts, setExit, async (deps) => {
      const rows = await retentionStatus(deps);
      const text =
        format === "json"
          ? `${JSON.stringify({ rules: rows }, null, 2)}\n`
          : format === "csv"
            ? renderStatusCsv(rows)
            : renderStatusText(rows, lang);
      await emit(text, opts.out);
    });
  });

  registerRetentionReport(retention, (opts, work) => withRetention(opts, setExit, work));

  const hold = retention
    .command("hold")
    .description("legal holds: keep a person's, a tenant's or a collection's rows until lifted");
  addStoreOptions(
    hold
      .command("place")
      .description("put a legal hold on one of --person, --tenant or --collection, with a reason")
      .option("--person <type=value>", "a person, by an identity the datasets declare (e.g. email=someone@example.nl)")
      .option("--tenant <key>", "a tenant, by the key in the collections' tenant column")
      .option("--collection <name>", "a whole collection")
      .requiredOption("--reason <text>", "why (an incident, a claim); goes into the audit log, so no personal data")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (opts) => {
    const given = (["person", "tenant", "collection"] as const).filter((s) => opts[s] !== undefined);
    if (given.length !== 1) throw new UsageError("give exactly one of --person, --tenant or --collection");
    const scope = given[0]!;
    await withRetention(opts, setExit, async (deps) => {
      try {
        const placed = await placeLegalHold(deps, {
          scope,
          target: opts[scope]!,
          reason: opts.reason,
          actor: "operator",
        });
        process.stdout.write(`${placed.id}\n`);
      } catch (error) {
        if (error instanceof LegalHoldError) throw new UsageError(error.message);
        throw error;
      }
    });
  });
  addStoreOptions(
    hold
      .command("lift <id>")
      .description("lift a legal hold; the next sweep takes the rows it kept")
      .requiredOption("--reason <text>", "why it ends; goes into the audit log")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (id, opts) => {
    await withRetention(opts, setExit, async (deps) => {
      try {
        await liftLegalHold(deps, id, opts.reason, "operator");
      } catch (error) {
        if (error instanceof LegalHoldError) throw new UsageError(error.message);
        throw error;
      }
    });
  });
  addStoreOptions(
    hold
      .command("list")
      .description("the active legal holds (--all: lifted ones too)")
      .option("--all", "include lifted holds")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (opts) => {
    await withRetention(opts, setExit, async (deps) => {
      for (const h of await listLegalHolds(deps, { all: opts.all ?? false })) {
        process.stdout.write(
          `${h.id}  ${h.scope}  ${h.target}  ${h.placedAt}  ${h.liftedAt ? `lifted ${h.liftedAt}` : "active"}  ${h.reason}\n`,
        );
      }
    });
  });
}
