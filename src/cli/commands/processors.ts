import type { Command } from "@commander-js/extra-typings";
import { listProcessors, type ProcessorEntry, type ReminderSweep, remindReviews } from "../../processors/index.js";
import { loadOrReport } from "../load.js";
import { addStoreOptions } from "./migrate.js";
import { withOperatorContext } from "./request-run.js";

type Exit = (code: number) => void;

/** Where the console's processors page is, for the link in a reminder. */
export const CONSOLE_PROCESSORS_PATH = "/admin/processors";

function line(p: ProcessorEntry): string {
  const review = p.reviewDue ? `review ${p.reviewDue}` : "no review recorded";
  const signed = p.signedOn ? `signed ${p.signedOn}` : (p.status ?? "no agreement");
  return `${p.id}  ${p.state}  ${signed}  ${review}  ${p.name}\n`;
}

function sweepReport(sweep: ReminderSweep, dryRun: boolean): string {
  if (sweep.noAddress)
    return "no reminder sent: the register names no e-mail address for the privacy officer, the DPO or the privacy contact\n";
  const verb = dryRun ? "would remind" : "reminded";
  const lines = sweep.sent.map((r) => `${verb} ${r.kind} review of ${r.recipient} due ${r.dueOn}\n`);
  lines.push(...sweep.alreadySent.map((r) => `already reminded: ${r.kind} review of ${r.recipient} due ${r.dueOn}\n`));
  return lines.length > 0 ? lines.join("") : "no review is due within the reminder period\n";
}

export function registerProcessors(program: Command, setExit: Exit): void {
  const processors = program
    .command("processors")
    .description("processors and their agreements (Art. 28 GDPR): status, next review, reminders");

  processors
    .command("list")
    .description("every processor with its agreement status and next review")
    .option("--json", "print JSON instead of lines")
    .option("--register <file>", "the register file", "privacy.yaml")
    .action(async (opts) => {
      const register = await loadOrReport(opts.register);
      if (!register) return setExit(2);
      const entries = listProcessors(register, new Date());
      process.stdout.write(
        opts.json ? `${JSON.stringify(entries, null, 2)}\n` : entries.map(line).join("") || "no processors\n",
      );
      if (entries.some((e) => e.state === "overdue")) setExit(1);
    });

  addStoreOptions(
    processors
      .command("remind")
      .description(
        "mail the privacy officer about agreement reviews due within service.processors.remind_before or overdue, each once",
      )
      .option("--dry-run", "print what would be sent and send nothing")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action(async (opts) => {
    await withOperatorContext(opts, setExit, async (ctx) => {
      const dryRun = opts.dryRun ?? false;
      const sweep = await remindReviews(ctx, {
        dryRun,
        consoleUrl: `${ctx.publicUrl.replace(/\/$/, "")}${CONSOLE_PROCESSORS_PATH}`,
      });
      process.stdout.write(sweepReport(sweep, dryRun));
      if (sweep.noAddress) setExit(1);
    });
  });
}
