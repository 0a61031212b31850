import type { Command } from "@commander-js/extra-typings";
import { DIFF_FORMATS, diffRegisters, renderDiff, versionOf } from "../../diff/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import { emit, oneOf } from "../io.js";
import { loadOrReport } from "../load.js";

export function registerDiff(program: Command, setExit: (code: number) => void): void {
  program
    .command("diff")
    .description("list what changed between two versions of a register, in plain language")
    .argument("<old>", "the previous register")
    .argument("<new>", "the new register")
    .option("--format <format>", "text, md (the change notice) or json", "text")
    .option("--lang <lang>", "nl or en", "nl")
    .option("--exit-code", "exit 1 when a change needs a notice to the people concerned")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (oldFile, newFile, opts) => {
      const format = oneOf(opts.format, DIFF_FORMATS, "--format");
      const lang = oneOf(opts.lang, LANGUAGES, "--lang");
      const before = await loadOrReport(oldFile);
      const after = await loadOrReport(newFile);
      if (!before || !after) return setExit(2);
      const changes = diffRegisters(before, after);
      await emit(
        renderDiff(changes, { lang, format, oldVersion: versionOf(before), newVersion: versionOf(after) }),
        opts.out,
      );
      // A report by default; with --exit-code a company's CI can stop a release that needs a notice first.
      setExit(opts.exitCode && changes.some((c) => c.impact === "notify") ? 1 : 0);
    });
}
