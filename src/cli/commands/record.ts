import type { Command } from "@commander-js/extra-typings";
import { RECORD_FORMATS, renderRecord } from "../../record/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import { emit, oneOf } from "../io.js";
import { loadOrReport } from "../load.js";

export function registerRecord(program: Command, setExit: (code: number) => void): void {
  program
    .command("record")
    .description("write the record of processing activities (GDPR Art. 30) as CSV, JSON or PDF")
    .argument("[register]", "the register file", "privacy.yaml")
    .option("--format <format>", "csv, json or pdf", "csv")
    .option("--lang <lang>", "language of headers and labels: nl or en", "nl")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (file, opts) => {
      const format = oneOf(opts.format, RECORD_FORMATS, "--format");
      const lang = oneOf(opts.lang, LANGUAGES, "--lang");
      const register = await loadOrReport(file);
      if (!register) return setExit(2);
      await emit(await renderRecord(register, { format, lang }), opts.out);
    });
}
