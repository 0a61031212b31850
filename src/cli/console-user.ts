import type { Command, OptionValues } from "@commander-js/extra-typings";
import { can, findUserByEmail, type Permission } from "../auth/index.js";
import type { Register } from "../register/index.js";
import { openStore, pendingMigrations, type Store } from "../store/index.js";
import { UsageError } from "./io.js";
import { loadOrReport } from "./load.js";
import { addStoreOptions, storeUrlFrom } from "./commands/migrate.js";

type Exit = (code: number) => void;

/** What `withConsoleUser` adds to a command's options. */
export type ConsoleUserOptions = { as: string; register: string; store?: string; databaseUrlEnv?: string };

/** A domain's refusal as the command line reports it: the field it concerns, and whether the input was bad. */
export interface DomainRefusal {
  field?: string | undefined;
  message: string;
  kind: string;
}

/** The options of a command that acts as a console user: who acts, the register, and the store. */
export function withConsoleUser<Args extends unknown[], Opts extends OptionValues, Global extends OptionValues>(
  command: Command<Args, Opts, Global>,
) {
  return addStoreOptions(
    command
      .requiredOption("--as <email>", "the console user doing this")
      .option("--register <file>", "the register file", "privacy.yaml"),
  );
}

/**
 * Runs `work` on the store with the register, as the active console user `--as` names, who needs
 * `permission`. Decisions such as approving access or recording a breach are taken by people with a
 * role, so the command line acts as one, never as an anonymous operator. A refusal of the domain
 * (`isRefusal`) is printed with its field and exits 2 for bad input, 1 otherwise.
 */
export async function asConsoleUser(
  opts: ConsoleUserOptions,
  permission: Permission,
  setExit: Exit,
  isRefusal: (error: unknown) => error is DomainRefusal,
  work: (on: { store: Store; register: Register }, actor: string) => Promise<void>,
): Promise<void> {
  const register = await loadOrReport(opts.register);
  if (!register) return setExit(2);
  const store = await openStore({ url: storeUrlFrom(opts) });
  try {
    if ((await pendingMigrations(store)).length > 0)
      throw new UsageError("the service store is not up to date: run `waarborg migrate` first");
    const user = await findUserByEmail(store, opts.as);
    if (!user || user.disabled_at !== null) throw new UsageError("--as: no active console user with this address");
    if (!can(user.role, permission)) throw new UsageError(`--as: this user's role (${user.role}) may not do this`);
    await work({ store, register }, `user:${user.id}`);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    process.stderr.write(`waarborg: ${error.field ? `${error.field}: ` : ""}${error.message}\n`);
    setExit(error.kind === "invalid" ? 2 : 1);
  } finally {
    await store.close();
  }
}
