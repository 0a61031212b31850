import type { Command } from "@commander-js/extra-typings";
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
import type { Permission } from "../../auth/index.js";
import type { AccessReferenceKind } from "../../store/index.js";
import { oneOf, UsageError } from "../io.js";
import { asConsoleUser, type ConsoleUserOptions, withConsoleUser } from "../console-user.js";

type Exit = (code: number) => void;

const isGrantRefusal = (error: unknown): error is AccessGrantError => error instanceof AccessGrantError;

/** Runs `work` as the console user `--as` names: the one who approves a grant is not the one who asked. */
function asUser(
  opts: ConsoleUserOptions,
  permission: Permission,
  setExit: Exit,
  work: (deps: GrantDeps, actor: string) => Promise<void>,
): Promise<void> {
  return asConsoleUser(opts, permission, setExit, isGrantRefusal, ({ store, register }, actor) =>
    work(
      { store, register, env: process.env, now: () => new Date(), publicUrl: process.env.WAARBORG_PUBLIC_URL ?? "" },
      actor,
    ),
  );
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

export function registerAccessGrant(program: Command, setExit: Exit): void {
  const grants = program
    .command("access-grant")
    .description("support access to one tenant's data: asked for, approved, time-boxed, signed and audited");

  withConsoleUser(
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

  withConsoleUser(
    grants.command("approve").description("approve a grant someone else asked for").argument("<id>"),
  ).action(async (id, opts) =>
    asUser(opts, "access.approve", setExit, async (deps, actor) => {
      process.stdout.write(line(await approveGrant(deps, id, actor)));
    }),
  );

  withConsoleUser(
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

  withConsoleUser(
    grants.command("token").description("print a short-lived signed token for an open grant").argument("<id>"),
  ).action(async (id, opts) =>
    asUser(opts, "access.request", setExit, async (deps, actor) => {
      const { token, expiresAt } = await issueGrantToken(deps, id, actor);
      process.stderr.write(`valid until ${expiresAt}\n`);
      process.stdout.write(`${token}\n`);
    }),
  );

  withConsoleUser(
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
  withConsoleUser(
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
  withConsoleUser(
    engagement.command("close").option("--project <ref>", "a project").option("--incident <ref>", "an incident"),
  ).action(async (opts) => {
    const ref = kindOf(opts);
    await asUser(opts, "access.approve", setExit, async (deps, actor) => {
      const revoked = await closeEngagement(deps, ref.kind, ref.id, actor);
      process.stdout.write(`closed ${ref.kind} ${ref.id}; grants revoked: ${revoked.length}\n`);
    });
  });
  withConsoleUser(engagement.command("list").option("--all", "closed ones too")).action(async (opts) =>
    asUser(opts, "access.read", setExit, async (deps) => {
      for (const e of await listEngagements(deps, { all: opts.all ?? false }))
        process.stdout.write(`${e.kind} ${e.reference}  ${e.closedAt ? `closed ${e.closedAt}` : "open"}  ${e.title}\n`);
    }),
  );
}
