import type { Command } from "@commander-js/extra-typings";
import {
  DEFAULT_SAMPLE_SIZE,
  discoverTarget,
  renderJson,
  renderText,
  type Report,
  resolveTarget,
  significantDrift,
  TargetError,
} from "../../datasets/index.js";
import { emit, UsageError } from "../io.js";
import { createProgress, type Progress } from "../progress.js";

export function registerDiscover(program: Command, setExit: (code: number) => void): void {
  program
    .command("discover")
    .description(
      "find personal data in a database: guess categories, propose datasets, report drift from the register " +
        "(exit code 1 on drift; low-confidence guesses alone do not count)",
    )
    .option("--connection <name>", "a connection declared in the register's datasets")
    .option("--register <file>", "the register to compare with (and to read the connection from)")
    .option("--url-env <var>", "the environment variable that holds the database URL")
    .option("--schema <name>", "the PostgreSQL schema to read (default: the connection's, else public)")
    .option("--sample <n>", "values read per column", String(DEFAULT_SAMPLE_SIZE))
    .option("--json", "print the report as JSON")
    .option("-o, --out <file>", "write the proposed datasets YAML to a file")
    .action(async (opts) => {
      const sample = Number(opts.sample);
      if (!Number.isInteger(sample) || sample < 1) throw new UsageError("--sample takes a positive whole number");
      const target = await resolveTarget({
        ...(opts.register !== undefined ? { registerFile: opts.register } : {}),
        ...(opts.connection !== undefined ? { connection: opts.connection } : {}),
        ...(opts.urlEnv !== undefined ? { urlEnv: opts.urlEnv } : {}),
        ...(opts.schema !== undefined ? { schema: opts.schema } : {}),
      }).catch((error: unknown) => {
        throw error instanceof TargetError ? new UsageError(error.message) : error;
      });
      let bar: Progress | undefined;
      let report: Report;
      try {
        report = await discoverTarget(target, {
          limit: sample,
          onTable: (done, total) => {
            bar ??= createProgress({ label: "sampling tables", total });
            bar.update(done);
          },
        });
      } catch (error) {
        // Driver messages name hosts and users, never passwords or row values; the URL itself is not repeated.
        process.stderr.write(
          `waarborg: cannot discover the database in ${target.urlEnv}: ${(error as Error).message}\n`,
        );
        setExit(2);
        return;
      } finally {
        bar?.finish();
      }
      if (opts.out) {
        await emit(report.proposal.yaml, opts.out);
        report.proposalFile = opts.out;
      }
      await emit(opts.json ? renderJson(report) : renderText(report));
      if (report.drift && significantDrift(report.drift).length > 0) setExit(1);
    });
}
