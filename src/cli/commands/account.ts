import type { Command } from "@commander-js/extra-typings";
import { LANGUAGES } from "../../kernel/index.js";
import { AccountClosureError, closeAccount } from "../../retention/index.js";
import { oneOf, UsageError } from "../io.js";
import { formatRequestReport, handedOverNotice } from "./request-report.js";
import { addRequestOptions, splitIdentity } from "./request-options.js";
import { withOperatorContext } from "./request-run.js";

type Exit = (code: number) => void;

export function registerAccount(program: Command, setExit: Exit): void {
  const account = program
    .command("account")
    .description("a person's account ending, where the register counts that as their erasure request");
  addRequestOptions(
    account
      .command("close")
      .description("record that a person closed their account: opens and carries out their erasure request (Art. 17)"),
  )
    .option("--rule <id>", "the retention rule with erasure_request: true, when the register has more than one")
    .option("--by <who>", "who recorded it: a role or a reference; it goes into the audit log, so no name", "operator")
    .action(async (opts) => {
      const lang = oneOf(opts.lang, LANGUAGES, "--lang");
      const identities = opts.identity.map(splitIdentity);
      if (identities.length === 0) throw new UsageError("give the person with --identity type=value");
      await withOperatorContext(opts, setExit, async (ctx) => {
        let result;
        try {
          result = await closeAccount(ctx, {
            identities,
            lang,
            actor: opts.by,
            notify: opts.notify === true,
            ...(opts.rule ? { rule: opts.rule } : {}),
          });
        } catch (error) {
          if (error instanceof AccountClosureError) throw new UsageError(error.message);
          throw error;
        }
        process.stdout.write(`Counts as the erasure request under retention rule ${result.rule}.\n`);
        process.stdout.write(formatRequestReport("erasure", result));
        if (result.handedOver !== undefined) {
          process.stderr.write(handedOverNotice(result));
          setExit(1);
        }
        if (result.refused !== undefined) {
          process.stderr.write(`waarborg: request ${result.requestId}: ${result.refused}\n`);
          setExit(1);
        }
      });
    });
}
