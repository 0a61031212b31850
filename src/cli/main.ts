import { Command, CommanderError } from "@commander-js/extra-typings";
import { registerAccessGrant } from "./commands/access-grant.js";
import { registerBreach } from "./commands/breach.js";
import { registerProcessors } from "./commands/processors.js";
import { registerAccount } from "./commands/account.js";
import { registerAudit } from "./commands/audit.js";
import { registerCheck } from "./commands/check.js";
import { registerConsent } from "./commands/consent.js";
import { registerDeadline } from "./commands/deadline.js";
import { registerDemo } from "./commands/demo.js";
import { registerDiscover } from "./commands/discover.js";
import { registerDiff } from "./commands/diff.js";
import { registerMigrate } from "./commands/migrate.js";
import { registerRecord } from "./commands/record.js";
import { registerRequests } from "./commands/requests.js";
import { registerRetention } from "./commands/retention.js";
import { registerReview } from "./commands/review.js";
import { registerScan } from "./commands/scan.js";
import { registerSchema } from "./commands/schema.js";
import { registerTasks } from "./commands/tasks.js";
import { registerTaxonomy } from "./commands/taxonomy.js";
import { registerServe } from "./commands/serve.js";
import { registerStatement } from "./commands/statement.js";
import { registerSubscribers } from "./commands/subscribers.js";
import { registerTenant } from "./commands/tenant.js";
import { registerUsers } from "./commands/users.js";
import { registerWorker } from "./commands/worker.js";
import { StoreConfigError, StoreUnreachableError } from "../store/index.js";
import { UsageError } from "./io.js";

/** Builds the CLI. Commands only parse options and call the domain modules. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("waarborg")
    .description("Privacy operations as code: check the register, write the statement and the Art. 30 record")
    .version("0.1.0")
    .exitOverride();
  registerCheck(program, setExit);
  registerSchema(program);
  registerTaxonomy(program, setExit);
  registerDiscover(program, setExit);
  registerRecord(program, setExit);
  registerDiff(program, setExit);
  registerRequests(program, setExit);
  registerReview(program, setExit);
  registerRetention(program, setExit);
  registerTenant(program, setExit);
  registerAccount(program, setExit);
  registerAccessGrant(program, setExit);
  registerBreach(program, setExit);
  registerTasks(program, setExit);
  registerProcessors(program, setExit);
  registerStatement(program, setExit);
  registerDemo(program, setExit);
  registerDeadline(program);
  registerMigrate(program);
  registerWorker(program, setExit);
  registerServe(program, setExit);
  registerUsers(program, setExit);
  registerAudit(program, setExit);
  registerConsent(program, setExit);
  registerSubscribers(program, setExit);
  registerScan(program, setExit);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError || error instanceof StoreConfigError) {
      process.stderr.write(`waarborg: ${error.message}\n`);
      return 2;
    }
    // A store that is down or a wrong URL: one line that says why, without the URL or a stack trace.
    if (error instanceof StoreUnreachableError) {
      process.stderr.write(`waarborg: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
