import type { Command } from "@commander-js/extra-typings";
import { subscribers, subscribersCsv } from "../../consent/index.js";
import { emit, oneOf } from "../io.js";
import { addStoreOptions } from "./migrate.js";
import { withOperatorContext } from "./request-run.js";

export function registerSubscribers(program: Command, setExit: (code: number) => void): void {
  const command = program.command("subscribers").description("marketing subscriptions by e-mail (double opt-in)");

  addStoreOptions(
    command
      .command("export")
      .description(
        "the addresses a mailing tool may send a purpose's mail to, each with its unsubscribe link and RFC 8058 headers; the suppression list left out",
      )
      .requiredOption("--purpose <id>", "the consent purpose, e.g. newsletter")
      .option("--register <file>", "the register file", "privacy.yaml")
      .option("--format <format>", "csv or json", "csv")
      .option("-o, --out <file>", "write to a file instead of stdout (it holds e-mail addresses: keep it safe)"),
  ).action(async (opts) => {
    const format = oneOf(opts.format, ["csv", "json"] as const, "--format");
    await withOperatorContext(opts, setExit, async (ctx) => {
      const list = await subscribers(ctx, opts.purpose);
      await emit(format === "csv" ? subscribersCsv(list) : `${JSON.stringify(list, null, 2)}\n`, opts.out);
      process.stderr.write(`${list.length} subscriber(s) for ${opts.purpose}\n`);
    });
  });
}
