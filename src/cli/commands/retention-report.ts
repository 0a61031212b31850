import type { Command } from "@commander-js/extra-typings";
import { EVIDENCE_FORMATS, type RetentionDeps, renderEvidence, retentionEvidence } from "../../retention/index.js";
import { emit, oneOf } from "../io.js";
import { addStoreOptions } from "./migrate.js";

type WithRetention = (
  opts: { register: string; store?: string; databaseUrlEnv?: string },
  work: (deps: RetentionDeps) => Promise<void>,
) => Promise<void>;

/**
 * `waarborg retention report`: the evidence for an audit, per rule the statement's words and every
 * run with its counts and audit entries, and the audit log's head. Reads the store only; the
 * company's databases are not opened.
 */
export function registerRetentionReport(retention: Command, withRetention: WithRetention): void {
  addStoreOptions(
    retention
      .command("report")
      .description("evidence for an audit: per rule its statement text and every run, with the audit log's head")
      .option("--format <format>", "json or csv", "json")
      .option("-o, --out <file>", "write to a file instead of stdout")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (opts) => {
    const format = oneOf(opts.format, EVIDENCE_FORMATS, "--format");
    await withRetention(opts, async (deps) => {
      await emit(renderEvidence(await retentionEvidence(deps), format), opts.out);
    });
  });
}
