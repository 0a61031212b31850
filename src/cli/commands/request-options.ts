import type { Command, OptionValues } from "@commander-js/extra-typings";
import type { Identity } from "../../kernel/index.js";
import { UsageError } from "../io.js";
import { addStoreOptions } from "./migrate.js";

export const collect = (value: string, previous: string[]) => [...previous, value];

/** What every command that runs a request says about where it is recorded and whom it tells. */
export const LIFECYCLE_HELP = `
Every run is a request in the service store (--store, else $DATABASE_URL, else sqlite:.waarborg/waarborg.db,
migrated first): filed with the privacy center's checks, verified by you as the operator, carried out the
way a worker carries it out, with its events and audit entries. The data key comes from $WAARBORG_DATA_KEY,
or on the default store from .waarborg/keys.env as serve --demo keeps it. A type the register wants
approved (rights.approval) waits for the privacy officer in the admin console; a running service or
\`waarborg worker\` then carries it out.

Art. 19: recipients with notify.email are told by mail right away (the outbox, or SMTP when
$WAARBORG_SMTP_URL is set); webhooks are queued on the store's queue and sent by a running service or
\`waarborg worker\`. The person is mailed only with --notify, which needs an e-mail identity: the mails a
request from the privacy center gets (received, completed with the status link, and the download link
for access). Without it, telling the person is yours to do.
`;

/** The options of a command that runs a request: the register, the person, the store, the language, mail. */
export function addRequestOptions<Args extends unknown[], Opts extends OptionValues, Global extends OptionValues>(
  command: Command<Args, Opts, Global>,
) {
  return addStoreOptions(
    command
      .option("--register <file>", "the register file", "privacy.yaml")
      .option(
        "--identity <type=value>",
        "an identity of the person (repeatable), e.g. email=someone@example.nl or customer_id=1042",
        collect,
        [],
      )
      .option("--lang <lang>", "the request's language: of mail to the person and of the package, nl or en", "nl")
      .option("--notify", "mail the person as the privacy center would (needs an e-mail identity)"),
  ).addHelpText("after", LIFECYCLE_HELP);
}

/**
 * `--identity type=value` as the request takes it. Only the shape is checked here: which types the
 * register knows, and whether an address is one, is checked where every request is (checkFileRequest).
 * The error never repeats the value.
 */
export function splitIdentity(text: string): Identity {
  const eq = text.indexOf("=");
  if (eq <= 0 || eq === text.length - 1)
    throw new UsageError("--identity expects type=value, e.g. email=someone@example.nl");
  return { type: text.slice(0, eq).trim(), value: text.slice(eq + 1) };
}

/** `--set field=value` (or collection.field=value) as a correction in the request's details. */
export function splitCorrection(text: string): { field: string; value: string } {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError("--set expects field=value or collection.field=value");
  return { field: text.slice(0, eq), value: text.slice(eq + 1) };
}
