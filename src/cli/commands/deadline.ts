import type { Command } from "@commander-js/extra-typings";
import {
  CalendarConfigError,
  calendarFor,
  DEFAULT_COUNTRY,
  DeadlineError,
  explainDeadline,
  InvalidDateError,
  longDate,
  parseDateInput,
  responseDeadline,
} from "../../deadlines/index.js";
import { emit, UsageError } from "../io.js";

export function registerDeadline(program: Command): void {
  program
    .command("deadline")
    .description("when a data-subject request received on a day must be answered (Art. 12(3) GDPR, Reg. 1182/71)")
    .argument("<received>", "day of receipt (YYYY-MM-DD), or the moment with its offset (2026-03-31T23:30:00Z)")
    .option("--months <n>", "length of the period in months", "1")
    .option("--country <code>", "member state whose holidays apply", DEFAULT_COUNTRY)
    .option("--extra <dates>", "extra holidays, comma-separated YYYY-MM-DD")
    .action(async (received, flags) => {
      try {
        const extra = flags.extra?.split(",").map((day) => day.trim()) ?? [];
        const calendar = calendarFor(flags.country, { extra });
        const deadline = responseDeadline(parseDateInput(received), { months: Number(flags.months), calendar });
        const lines = [
          `${longDate(deadline.due, "nl")} / ${longDate(deadline.due, "en")}`,
          "",
          ...explainDeadline(deadline, "nl"),
          "",
          ...explainDeadline(deadline, "en"),
        ];
        await emit(`${lines.join("\n")}\n`);
      } catch (error) {
        if (
          error instanceof InvalidDateError ||
          error instanceof CalendarConfigError ||
          error instanceof DeadlineError
        ) {
          throw new UsageError(error.message);
        }
        throw error;
      }
    });
}
