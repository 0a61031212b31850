import { readFile } from "node:fs/promises";
import type { Command } from "@commander-js/extra-typings";
import type { Permission } from "../../auth/index.js";
import {
  type Breach,
  type BreachDeps,
  BreachError,
  breachDraft,
  breachesCsv,
  breachesJson,
  breachStatus,
  getBreach,
  listBreaches,
  peopleMessage,
  recordBreach,
  updateBreach,
} from "../../breaches/index.js";
import { isLang } from "../../kernel/index.js";
import { BREACH_RISKS, type BreachRisk } from "../../store/index.js";
import { emit, oneOf, UsageError } from "../io.js";
import { asConsoleUser, type ConsoleUserOptions, withConsoleUser } from "../console-user.js";

type Exit = (code: number) => void;

const isBreachRefusal = (error: unknown): error is BreachError => error instanceof BreachError;

/** Runs `work` as the console user `--as` names, who needs `permission`: a breach record says who wrote it. */
function asUser(
  opts: ConsoleUserOptions,
  permission: Permission,
  setExit: Exit,
  work: (deps: BreachDeps, actor: string) => Promise<void>,
): Promise<void> {
  return asConsoleUser(opts, permission, setExit, isBreachRefusal, ({ store, register }, actor) =>
    work({ store, register, now: () => new Date() }, actor),
  );
}

/** The facts file: a JSON object of the form's facts; its own errors name the file. */
async function factsFrom(file: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (file === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--facts ${file}: ${error instanceof SyntaxError ? error.message : "cannot be read"}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UsageError(`--facts ${file}: must hold one JSON object of facts`);
  return parsed as Record<string, unknown>;
}

const riskOf = (value: string | undefined): BreachRisk | undefined =>
  value === undefined ? undefined : oneOf(value, BREACH_RISKS, "--risk");

function line(b: Breach, now: Date): string {
  const { clock } = breachStatus(b, now);
  return `${b.reference}  ${b.risk ?? "unassessed"}  ${clock.state}  deadline ${clock.deadline}  ${b.title}\n`;
}

export function registerBreach(program: Command, setExit: Exit): void {
  const breach = program
    .command("breach")
    .description("the breach register (Art. 33/34 GDPR): every breach, its 72-hour clock, the draft notification");

  withConsoleUser(
    breach
      .command("record")
      .description("record a breach; the 72 hours to notify the authority run from --aware-at")
      .requiredOption("--title <text>", "a short name for the incident (no personal data)")
      .requiredOption("--aware-at <instant>", "when the company became aware, e.g. 2026-03-02T09:00:00Z")
      .option("--risk <risk>", `the risk assessment: ${BREACH_RISKS.join(", ")}`)
      .option("--facts <file>", "a JSON file with the form's facts"),
  ).action(async (opts) => {
    const risk = riskOf(opts.risk);
    const facts = await factsFrom(opts.facts);
    await asUser(opts, "breaches.manage", setExit, async (deps, actor) => {
      const b = await recordBreach(deps, {
        title: opts.title,
        awareAt: opts.awareAt,
        ...(risk ? { risk } : {}),
        ...(facts ? { facts } : {}),
        actor,
      });
      process.stdout.write(line(b, deps.now()));
    });
  });

  withConsoleUser(
    breach
      .command("update")
      .description("change what is recorded of a breach; a fact set to null in --facts is no longer recorded")
      .argument("<reference>", "the register's number (2026-001) or the id")
      .option("--title <text>", "a short name for the incident")
      .option("--aware-at <instant>", "when the company became aware")
      .option("--risk <risk>", `the risk assessment: ${BREACH_RISKS.join(", ")}`)
      .option("--authority-notified-at <instant>", "when the authority was told")
      .option("--people-notified-at <instant>", "when the people concerned were told")
      .option("--facts <file>", "a JSON file with the facts to record or change"),
  ).action(async (reference, opts) => {
    const risk = riskOf(opts.risk);
    const facts = await factsFrom(opts.facts);
    await asUser(opts, "breaches.manage", setExit, async (deps, actor) => {
      const { id } = await getBreach(deps, reference);
      const b = await updateBreach(deps, id, {
        ...(opts.title === undefined ? {} : { title: opts.title }),
        ...(opts.awareAt === undefined ? {} : { awareAt: opts.awareAt }),
        ...(risk ? { risk } : {}),
        ...(opts.authorityNotifiedAt === undefined ? {} : { authorityNotifiedAt: opts.authorityNotifiedAt }),
        ...(opts.peopleNotifiedAt === undefined ? {} : { peopleNotifiedAt: opts.peopleNotifiedAt }),
        ...(facts ? { facts } : {}),
        actor,
      });
      process.stdout.write(line(b, deps.now()));
    });
  });

  withConsoleUser(breach.command("list").description("every breach, newest first, with its clock")).action(
    async (opts) =>
      asUser(opts, "breaches.read", setExit, async (deps) => {
        const now = deps.now();
        process.stdout.write((await listBreaches(deps)).map((b) => line(b, now)).join(""));
      }),
  );

  withConsoleUser(
    breach
      .command("draft")
      .description("the notification to the authority (HTML), or the message to the people concerned")
      .argument("<reference>", "the register's number (2026-001) or the id")
      .option("--lang <lang>", "nl or en", "nl")
      .option("--people", "the message to the people concerned instead (text)")
      .option("--out <file>", "write to this file instead of stdout"),
  ).action(async (reference, opts) => {
    if (!isLang(opts.lang)) throw new UsageError(`--lang must be nl or en (got "${opts.lang}")`);
    const lang = opts.lang;
    await asUser(opts, "breaches.read", setExit, async (deps) => {
      const b = await getBreach(deps, reference);
      if (opts.people) {
        const message = peopleMessage(b, deps.register, lang);
        await emit(`${message.subject}\n\n${message.text}`, opts.out);
        if (message.missing.length > 0) process.stderr.write(`not recorded: ${message.missing.join(", ")}\n`);
        return;
      }
      const draft = breachDraft(breachStatus(b, deps.now()), deps.register, lang);
      await emit(draft.html, opts.out);
      process.stderr.write(
        draft.ready ? "ready to send\n" : `not ready to send; not recorded: ${draft.missing.join(", ")}\n`,
      );
    });
  });

  withConsoleUser(
    breach
      .command("export")
      .description("the register of all breaches, notified or not (Art. 33(5))")
      .option("--format <format>", "csv or json", "csv")
      .option("--out <file>", "write to this file instead of stdout"),
  ).action(async (opts) => {
    const format = oneOf(opts.format, ["csv", "json"] as const, "--format");
    await asUser(opts, "breaches.read", setExit, async (deps) => {
      const all = await listBreaches(deps);
      await emit(format === "csv" ? breachesCsv(all, deps.now()) : breachesJson(all, deps.now()), opts.out);
    });
  });
}
