import type { Command } from "@commander-js/extra-typings";
import { checkRegister, formatRuleList, RULES } from "../../check/index.js";
import { formatDiagnostic, summarize } from "../../diagnostics/index.js";
import { oneOf } from "../io.js";

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("check a register against the GDPR, the UAVG and the Dutch cookie rules")
    .argument("[register]", "the register file", "privacy.yaml")
    .option("--format <format>", "text or json", "text")
    .option("--rules", "list the rules instead of checking")
    .option(
      "--connect",
      "also compare the datasets with the live databases (URLs from the environment variables the connections name)",
    )
    .action(async (file, opts) => {
      const format = oneOf(opts.format, ["text", "json"] as const, "--format");
      if (opts.rules) {
        const rows = RULES.map((r) => ({ id: r.id, severity: r.severity, article: r.article, summary: r.summary }));
        if (format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else process.stdout.write(formatRuleList(RULES));
        return;
      }
      const result = await checkRegister(file, undefined, opts.connect ? { connect: process.env } : {});
      if (format === "json") {
        process.stdout.write(
          `${JSON.stringify({ exitCode: result.exitCode, diagnostics: result.diagnostics }, null, 2)}\n`,
        );
      } else {
        for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
        process.stdout.write(`${summarize(result.diagnostics)}\n`);
      }
      setExit(result.exitCode);
    });
}
