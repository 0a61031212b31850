import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "@commander-js/extra-typings";
import { formatDiagnostic } from "../../diagnostics/index.js";
import { loadRegister, type Register } from "../../register/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import { renderStatement, STATEMENT_FORMATS } from "../../statement/index.js";

/** The demo register ships with the package: found from this file, so the command works from any folder. */
export const DEMO_REGISTER = fileURLToPath(new URL("../../../examples/demo/privacy.yaml", import.meta.url));

/** One file the demo writes. Adding an output is adding an entry to DEMO_OUTPUTS. */
export interface DemoOutput {
  file: string;
  render(register: Register): Promise<string | Buffer>;
}

export const DEMO_OUTPUTS: DemoOutput[] = LANGUAGES.flatMap((lang) =>
  STATEMENT_FORMATS.map((format): DemoOutput => ({
    file: `statement-${lang}.${format}`,
    render: (register) => renderStatement(register, { lang, format }),
  })),
);

export function registerDemo(program: Command, setExit: (code: number) => void): void {
  program
    .command("demo")
    .description("render the demo register (a fictitious Dutch SaaS company) into a folder: its privacy statement")
    .option("-o, --out <dir>", "the folder to write to", "out")
    .action(async (opts) => {
      const loaded = await loadRegister(DEMO_REGISTER);
      if (!loaded.register) {
        for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
        return setExit(2);
      }
      await mkdir(opts.out, { recursive: true });
      for (const output of DEMO_OUTPUTS) {
        const path = join(opts.out, output.file);
        await writeFile(path, await output.render(loaded.register));
        process.stdout.write(`wrote ${path}\n`);
      }
      process.stdout.write(
        `\nOpen ${join(opts.out, "statement-nl.html")} in a browser to read the privacy statement (statement-en.html for English).\n`,
      );
    });
}
