import type { Command } from "@commander-js/extra-typings";
import { registerJsonSchema } from "../../register/index.js";
import { emit } from "../io.js";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the register's JSON Schema (for editor autocompletion)")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (opts) => {
      await emit(`${JSON.stringify(registerJsonSchema(), null, 2)}\n`, opts.out);
    });
}
