import type { Register } from "../../register/index.js";
import type { ServiceContext } from "../../context/index.js";
import { OperationError } from "../../requests/index.js";
import { ConfigError, openOperatorContext } from "../../service/index.js";
import type { StoreUrlOptions } from "../../store/index.js";
import { UsageError } from "../io.js";
import { loadOrReport } from "../load.js";
import { storeUrlFrom } from "./migrate.js";

type Exit = (code: number) => void;

/**
 * The option a refused field came from, so the message points at what to change on the command
 * line: `identities[1].value` is the second --identity, `details.corrections[0]` the first --set.
 */
export function flagOf(field: string | undefined): string {
  if (field === undefined) return "request";
  const identity = /^identities\[(\d+)\]/.exec(field);
  if (identity) return `--identity #${Number(identity[1]) + 1}`;
  const correction = /^details\.corrections\[(\d+)\]/.exec(field);
  if (correction) return `--set #${Number(correction[1]) + 1}`;
  if (field === "identities") return "--identity";
  if (field === "details.corrections") return "--set";
  if (field === "details.hold_override") return "--override-hold";
  if (field === "notify") return "--notify";
  if (field === "lang") return "--lang";
  // A review's fields (recordReview), as `review record` names them.
  if (field === "outcome") return "--outcome";
  if (field === "view_considered") return "--view-considered";
  if (field.startsWith("reasons.")) return `--reasons-${field.slice("reasons.".length)}`;
  return field;
}

/** Prints an error the way every request command does; refusals name the option, never the value. */
export function reportFailure(error: unknown, setExit: Exit): void {
  if (error instanceof UsageError) throw error;
  if (error instanceof OperationError)
    process.stderr.write(`waarborg: refused: ${flagOf(error.field)}: ${error.message}\n`);
  else process.stderr.write(`waarborg: ${(error as Error).message}\n`);
  setExit(1);
}

/**
 * Runs `work` in the context a worker would have, on the store the options name: the register loaded
 * (its diagnostics printed and exit 2 when it has errors), the store opened and migrated, and
 * everything closed afterwards.
 */
export async function withOperatorContext(
  opts: StoreUrlOptions & { register: string },
  setExit: Exit,
  work: (ctx: ServiceContext, register: Register) => Promise<void>,
): Promise<void> {
  const register = await loadOrReport(opts.register);
  if (!register) return setExit(2);
  const storeUrl = storeUrlFrom(opts);
  let opened;
  try {
    opened = await openOperatorContext({ storeUrl, register, registerPath: opts.register, env: process.env });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  try {
    await work(opened.ctx, register);
  } catch (error) {
    reportFailure(error, setExit);
  } finally {
    await opened.close();
  }
}
