import type { Command } from "@commander-js/extra-typings";
import {
  API_SCOPES,
  AuthInputError,
  createApiToken,
  createUser,
  disableUser,
  findUserByEmail,
  generatePassword,
  listApiTokens,
  listUsers,
  revokeApiToken,
  USER_ROLES,
} from "../../auth/index.js";
import { openStore, pendingMigrations, type Store, type StoreUrlOptions } from "../../store/index.js";
import { UsageError } from "../io.js";
import { addStoreOptions, storeUrlFrom } from "./migrate.js";

/** The audit log's actor for changes made on the command line (whoever has the store's credentials). */
const CLI = { actor: "cli" };

/** Opens the store for one command, refusing a store whose tables are not up to date. */
export async function withStore<T>(options: StoreUrlOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url: storeUrlFrom(options) });
  try {
    if ((await pendingMigrations(store)).length > 0)
      throw new UsageError("the service store is not up to date: run `waarborg migrate` first");
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Input the auth domain refused, as a usage error naming the option (never repeating the value). */
function asUsage(error: unknown): never {
  if (error instanceof AuthInputError) throw new UsageError(`--${error.field}: ${error.message}`);
  throw error;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function registerUserCommands(program: Command, setExit: (code: number) => void): void {
  const users = program.command("users").description("accounts of the admin console");

  addStoreOptions(
    users
      .command("add")
      .description("create an account; prints a generated password once unless --password-stdin")
      .requiredOption("--email <address>", "the address to sign in with")
      .requiredOption("--name <name>", "the name shown in the console")
      .requiredOption("--role <role>", `one of ${USER_ROLES.join(", ")}`)
      .option("--password-stdin", "read the password from standard input instead of generating one"),
  ).action(async (opts) => {
    const password = opts.passwordStdin ? await readStdin() : generatePassword();
    await withStore(opts, async (store) => {
      const user = await createUser(
        store,
        { email: opts.email, name: opts.name, role: opts.role, password },
        CLI,
      ).catch(asUsage);
      process.stdout.write(`created ${user.role} ${user.email} (${user.id})\n`);
      if (!opts.passwordStdin) process.stdout.write(`password, shown only now: ${password}\n`);
    });
  });

  addStoreOptions(users.command("list").description("list the accounts")).action(async (opts) => {
    await withStore(opts, async (store) => {
      for (const user of await listUsers(store)) {
        const state = user.disabledAt ? `disabled ${user.disabledAt.slice(0, 10)}` : "active";
        process.stdout.write(`${user.email}\t${user.role}\t${state}\t${user.name}\n`);
      }
    });
  });

  addStoreOptions(
    users.command("disable").description("disable an account and end its sessions").argument("<email>"),
  ).action(async (email, opts) => {
    await withStore(opts, async (store) => {
      const user = await findUserByEmail(store, email);
      const disabled = user ? await disableUser(store, user.id, CLI).catch(asUsage) : false;
      if (!disabled) {
        process.stderr.write("waarborg: no active account with that address\n");
        setExit(1);
        return;
      }
      process.stdout.write(`disabled ${user?.email}\n`);
    });
  });
}

function registerTokenCommands(program: Command, setExit: (code: number) => void): void {
  const tokens = program.command("tokens").description("bearer tokens for the API");

  addStoreOptions(
    tokens
      .command("create")
      .description("create a token; prints its value once")
      .requiredOption("--name <name>", "what the token is for, e.g. the system that uses it")
      .requiredOption("--scope <scope...>", `one or more of ${API_SCOPES.join(", ")}`)
      .option(
        "--tenant <key>",
        "processor mode: the customer (tenant) the token acts for; its requests reach only rows with this key in the tenant column",
      ),
  ).action(async (opts) => {
    await withStore(opts, async (store) => {
      const input = {
        name: opts.name,
        scopes: opts.scope,
        ...(opts.tenant === undefined ? {} : { tenant: opts.tenant }),
      };
      const created = await createApiToken(store, input, CLI).catch((error) =>
        asUsage(
          error instanceof AuthInputError && error.field === "scopes"
            ? new AuthInputError("scope", error.message)
            : error,
        ),
      );
      const tenant = created.apiToken.tenant === null ? "" : ` for tenant ${created.apiToken.tenant}`;
      process.stdout.write(`created token ${created.apiToken.id} (${created.apiToken.scopes.join(", ")})${tenant}\n`);
      process.stdout.write(`token, shown only now: ${created.token}\n`);
    });
  });

  addStoreOptions(tokens.command("list").description("list the tokens, never their values")).action(async (opts) => {
    await withStore(opts, async (store) => {
      for (const token of await listApiTokens(store)) {
        const state = token.revokedAt ? `revoked ${token.revokedAt.slice(0, 10)}` : "live";
        const used = token.lastUsedAt ? `last used ${token.lastUsedAt.slice(0, 10)}` : "never used";
        const tenant = token.tenant === null ? "" : `\ttenant ${token.tenant}`;
        process.stdout.write(`${token.id}\t${token.scopes.join(",")}\t${state}\t${used}\t${token.name}${tenant}\n`);
      }
    });
  });

  addStoreOptions(tokens.command("revoke").description("revoke a token at once").argument("<id>")).action(
    async (id, opts) => {
      await withStore(opts, async (store) => {
        if (!(await revokeApiToken(store, id, CLI))) {
          process.stderr.write("waarborg: no live token with that id\n");
          setExit(1);
          return;
        }
        process.stdout.write(`revoked ${id}\n`);
      });
    },
  );
}

/** `waarborg users add|list|disable` and `waarborg tokens create|list|revoke`. */
export function registerUsers(program: Command, setExit: (code: number) => void): void {
  registerUserCommands(program, setExit);
  registerTokenCommands(program, setExit);
}
