import type { Command } from "@commander-js/extra-typings";
import { runRules } from "../../check/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import { renderStatement, STATEMENT_FORMATS } from "../../statement/index.js";
import { emit, oneOf, UsageError } from "../io.js";
import { loadValid } from "../load.js";

export function registerStatement(program: Command, setExit: (code: number) => void): void {
  program
    .command("statement")
    .description("write the privacy statement from the register: Markdown, HTML or PDF, in Dutch or English")
    .argument("<register>", "the register file")
    .option("--lang <lang>", "nl or en", "nl")
    .option("--format <format>", "md, html or pdf", "md")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (file, opts) => {
      const lang = oneOf(opts.lang, LANGUAGES, "--lang");
      const format = oneOf(opts.format, STATEMENT_FORMATS, "--format");
      if (format === "pdf" && !opts.out && process.stdout.isTTY) {
        throw new UsageError("a PDF is binary: write it to a file with -o, or redirect stdout");
      }
      const loaded = await loadValid(file);
      if (!loaded) return setExit(2);
      // The statement says what the register says; legal defects are check's to report, so only a pointer here.
      const errors = runRules(loaded).filter((d) => d.severity === "error").length;
      if (errors > 0) process.stderr.write(`warning: ${errors} legal errors in the register; run waarborg check\n`);
      await emit(await renderStatement(loaded.register, { lang, format }), opts.out);
    });
}
