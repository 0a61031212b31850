import type { Command, OptionValues } from "@commander-js/extra-typings";
import {
  AccessGrantError,
  type AccessGrant,
  approveGrant,
  closeEngagement,
  type GrantDeps,
  issueGrantToken,
  listEngagements,
  listGrants,
  openEngagement,
  requestGrant,
  revokeGrant,
} from "../../access-grants/index.js";
import { can, findUserByEmail, type Permission } from "../../auth/index.js";
import type { AccessReferenceKind } from "../../store/index.js";
import { openStore, pendingMigrations } from "../../store/index.js";
import { oneOf, UsageError } from "../io.js";
import { loadOrReport } from "../load.js";
import { addStoreOptions, storeUrlFrom } from "./migrate.js";

type Exit = (code: number) => void;
type Common = { register: string; store?: string; databaseUrlEnv?: string };

/**
 * Runs `work` on the store with the register, as the console user `--as` names. Grants are decided by
 * people with a role, and the one who approves is not the one who asked: the command line acts as a
 * console user, never as an anonymous operator.
 */
async function asUser(
  opts: Common & { as: string },
  permission: Permission,
  setExit: Exit,
  work: (deps: GrantDeps, actor: string) => Promise<void>,
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
    const deps: GrantDeps = {
      store,
      register,
      env: process.env,
      now: () => new Date(),
      publicUrl: process.env.WAARBORG_PUBLIC_URL ?? "",
    };
    await work(deps, `user:${user.id}`);
  } catch (error) {
    if (!(error instanceof AccessGrantError)) throw error;
    process.stderr.write(`waarborg: ${error.field ? `${error.field}: ` : ""}${error.message}\n`);
    setExit(error.kind === "invalid" ? 2 : 1);
  } finally {
    await store.close();
  }
}

function line(g: AccessGrant): string {
  const until = g.expiresAt ? ` until ${g.expiresAt}` : "";
  return `${g.id}  ${g.state}${until}  tenant ${g.tenant}  ${g.party}  ${g.reference.kind} ${g.reference.id}  ${g.reason}\n`;
}

function reference(opts: { ticket?: string; project?: string; incident?: string }): {
  kind: AccessReferenceKind;
  id: string;
} {
  const given = (["ticket", "project", "incident"] as const).filter((k) => opts[k] !== undefined);
  if (given.length !== 1) throw new UsageError("give exactly one of --ticket, --project or --incident");
  return { kind: given[0]!, id: opts[given[0]!]! };
}

/** The options every subcommand takes besides the store's: who acts, and the register. */
function withCommon<Args extends unknown[], Opts extends OptionValues, Global extends OptionValues>(
  command: Command<Args, Opts, Global>,
) {
  return addStoreOptions(
    command
      .requiredOption("--as <email>", "the console user doing this")
      .option("--register <file>", "the register file", "privacy.yaml"),
  );
}

export function registerAccessGrant(program: Command, setExit: Exit): void {
  const grants = program
    .command("access-grant")
    .description("support access to one tenant's data: asked for, approved, time-boxed, signed and audited");

  withCommon(
    grants
      .command("request")
      .description("ask for access to a tenant's data; someone else approves it")
      .requiredOption("--tenant <key>", "the tenant's key in the application")
      .requiredOption("--reason <text>", "why access is needed (no personal data)")
      .requiredOption("--grantee <id>", "who will use it: an id in the company's systems")
      .option("--party <id>", "staff, or an external party the register declares", "staff")
      .option("--ticket <ref>", "the support ticket")
      .option("--project <ref>", "an open project")
      .option("--incident <ref>", "an open incident")
      .option("--minutes <n>", "how long (default and maximum: the register's max_duration)"),
  ).action(async (opts) => {
    const ref = reference(opts);
    const minutes = opts.minutes === undefined ? undefined : Number(opts.minutes);
    await asUser(opts, "access.request", setExit, async (deps, actor) => {
      const grant = await requestGrant(deps, {
        tenant: opts.tenant,
        party: opts.party,
        reason: opts.reason,
        grantee: opts.grantee,
        reference: ref,
        ...(minutes === undefined ? {} : { durationMinutes: minutes }),
        actor,
      });
      process.stdout.write(line(grant));
    });
  });

  withCommon(grants.command("approve").description("approve a grant someone else asked for").argument("<id>")).action(
    async (id, opts) =>
      asUser(opts, "access.approve", setExit, async (deps, actor) => {
        process.stdout.write(line(await approveGrant(deps, id, actor)));
      }),
  );

  withCommon(
    grants
      .command("revoke")
      .description("end a grant now")
      .argument("<id>")
      .requiredOption("--reason <text>", "why it ends"),
  ).action(async (id, opts) =>
    asUser(opts, "access.approve", setExit, async (deps, actor) => {
      process.stdout.write(line(await revokeGrant(deps, id, opts.reason, actor)));
    }),
  );

  withCommon(
    grants.command("token").description("print a short-lived signed token for an open grant").argument("<id>"),
  ).action(async (id, opts) =>
    asUser(opts, "access.request", setExit, async (deps, actor) => {
      const { token, expiresAt } = await issueGrantToken(deps, id, actor);
      process.stderr.write(`valid until ${expiresAt}\n`);
      process.stdout.write(`${token}\n`);
    }),
  );

  withCommon(
    grants
      .command("list")
      .description("grants, newest first")
      .option("--tenant <key>", "only this tenant's")
      .option("--format <format>", "text or json", "text"),
  ).action(async (opts) => {
    const format = oneOf(opts.format, ["text", "json"] as const, "--format");
    await asUser(opts, "access.read", setExit, async (deps) => {
      const list = await listGrants(deps, opts.tenant === undefined ? {} : { tenant: opts.tenant });
      process.stdout.write(
        format === "json" ? `${JSON.stringify({ grants: list }, null, 2)}\n` : list.map(line).join(""),
      );
    });
  });

  const engagement = grants
    .command("engagement")
    .description("projects and incidents: an external party's grant names an open one and ends when it closes");
  const kindOf = (opts: { project?: string; incident?: string }) => {
    const ref = reference(opts);
    return ref as { kind: "project" | "incident"; id: string };
  };
  withCommon(
    engagement
      .command("open")
      .option("--project <ref>", "a project")
      .option("--incident <ref>", "an incident")
      .requiredOption("--title <text>", "what it is about (no personal data)"),
  ).action(async (opts) => {
    const ref = kindOf(opts);
    await asUser(opts, "access.approve", setExit, async (deps, actor) => {
      await openEngagement(deps, { kind: ref.kind, reference: ref.id, title: opts.title, actor });
      process.stdout.write(`opened ${ref.kind} ${ref.id}\n`);
    });
  });
  withCommon(
    engagement.command("close").option("--project <ref>", "a project").option("--incident <ref>", "an incident"),
  ).action(async (opts) => {
    const ref = kindOf(opts);
    await asUser(opts, "access.approve", setExit, async (deps, actor) => {
      const revoked = await closeEngagement(deps, ref.kind, ref.id, actor);
      process.stdout.write(`closed ${ref.kind} ${ref.id}; grants revoked: ${revoked.length}\n`);
    });
  });
  withCommon(engagement.command("list").option("--all", "closed ones too")).action(async (opts) =>
    asUser(opts, "access.read", setExit, async (deps) => {
      for (const e of await listEngagements(deps, { all: opts.all ?? false }))
        process.stdout.write(`${e.kind} ${e.reference}  ${e.closedAt ? `closed ${e.closedAt}` : "open"}  ${e.title}\n`);
    }),
  );
}
