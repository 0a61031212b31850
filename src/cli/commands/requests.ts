import type { Command } from "@commander-js/extra-typings";
import {
  executeErasure,
  findPerson,
  planErasureOnDatabase,
  type WalkStep,
  withSession,
  writePackageFiles,
} from "../../datasets/index.js";
import { LANGUAGES, type RequestType } from "../../kernel/index.js";
import type { Register } from "../../register/index.js";
import { checkFileRequest, liftRestriction, runOperatorRequest } from "../../requests/index.js";
import type { ServiceContext } from "../../context/index.js";
import { oneOf, UsageError } from "../io.js";
import { loadOrReport } from "../load.js";
import { registerPlan } from "./plan.js";
import { addRequestOptions, collect, splitCorrection, splitIdentity } from "./request-options.js";
import {
  foundNothing,
  formatRequestReport,
  handedOverNotice,
  requestReportJson,
  restrictionLine,
} from "./request-report.js";

/** `access` answered that the datasets hold nothing about the identities (the package says so). */
const NOTHING_FOUND_EXIT = 3;
import { reportFailure, withOperatorContext } from "./request-run.js";
import { formatDryRun } from "./requests-format.js";

type Exit = (code: number) => void;

/** Progress of a dry run's walk on stderr: counts only, never values. */
const progress = (step: WalkStep) =>
  process.stderr.write(
    `  round ${step.round + 1}: ${step.collection} by ${step.field}: ${step.values} value(s) -> ${step.rows} row(s)\n`,
  );

interface RunOptions {
  identity: string[];
  lang: string;
  notify?: true;
  json?: true;
}

/** Files, verifies and carries out one request as the operator, prints what its record says, and returns it. */
async function runAsOperator(
  ctx: ServiceContext,
  type: RequestType,
  opts: RunOptions,
  setExit: Exit,
  details?: Record<string, unknown>,
) {
  const result = await runOperatorRequest(ctx, {
    type,
    identities: opts.identity.map(splitIdentity),
    lang: oneOf(opts.lang, LANGUAGES, "--lang"),
    ...(details ? { details } : {}),
    notify: opts.notify === true,
  });
  process.stdout.write(opts.json ? requestReportJson(type, result) : formatRequestReport(type, result));
  if (result.handedOver !== undefined) {
    process.stderr.write(handedOverNotice(result));
    setExit(1);
  }
  if (result.refused !== undefined) {
    process.stderr.write(`waarborg: request ${result.requestId}: ${result.refused}\n`);
    setExit(1);
  }
  return result;
}

/** `erase --dry-run`: the request's checks and the engine's report, and no store opened at all. */
async function dryRunErasure(register: Register, opts: RunOptions, setExit: Exit): Promise<void> {
  try {
    const identities = opts.identity.map(splitIdentity);
    checkFileRequest(register, { type: "erasure", identities, lang: opts.lang }, { requireEmail: false });
    const report = await withSession(register, opts.identity, async (s) => {
      const found = await findPerson(s.graph, s.connections, s.identities, progress);
      // The prediction reads the columns as they are now, never from memory of an earlier erasure.
      const plan = await planErasureOnDatabase(s.graph, s.connections, found, new Date(), { fresh: true });
      return executeErasure(s.graph, s.connections, plan, found, { dryRun: true });
    });
    process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatDryRun(report));
  } catch (error) {
    reportFailure(error, setExit);
  }
}

export function registerRequests(program: Command, setExit: Exit): void {
  registerPlan(program, setExit);

  addRequestOptions(
    program
      .command("access")
      .description(
        "carry out an access request (Art. 15) and write its package to a folder: everything the datasets hold about the person",
      ),
  )
    .requiredOption("-o, --out <dir>", "folder to write data.json, one CSV per collection, index.html and index.pdf")
    .action((opts) =>
      withOperatorContext(opts, setExit, async (ctx) => {
        const result = await runAsOperator(ctx, "access", opts, setExit);
        if (result.files) {
          const names = await writePackageFiles(opts.out, result.files);
          process.stdout.write(`Access package written to ${opts.out}: ${names.join(", ")}\n`);
          // Answered, but with nothing: a distinct exit code, so a script cannot take it for a full package.
          if (foundNothing(result)) setExit(NOTHING_FOUND_EXIT);
        } else process.stdout.write(`Nothing written to ${opts.out}: there is no package yet.\n`);
      }),
    );

  addRequestOptions(
    program
      .command("erase")
      .description("carry out an erasure request: mask or delete, keep what a legal hold requires (Art. 17)"),
  )
    .option("--dry-run", "report what would happen, changing nothing and recording no request")
    .option("--json", "print the report as JSON")
    .action(async (opts) => {
      if (opts.dryRun) {
        const register = await loadOrReport(opts.register);
        return register ? dryRunErasure(register, opts, setExit) : setExit(2);
      }
      await withOperatorContext(opts, setExit, async (ctx) => {
        await runAsOperator(ctx, "erasure", opts, setExit);
      });
    });

  addRequestOptions(
    program
      .command("rectify")
      .description("carry out a rectification request, each value checked against its field's data category (Art. 16)"),
  )
    .option("--set <field=value>", "field=value or collection.field=value (repeatable)", collect, [])
    .option(
      "--override-hold <reason>",
      "rewrite rows kept under a legal hold too, for this reason (kept in the audit log); refused without it",
    )
    .action((opts) =>
      withOperatorContext(opts, setExit, async (ctx) => {
        await runAsOperator(ctx, "rectification", opts, setExit, {
          corrections: opts.set.map(splitCorrection),
          ...(opts.overrideHold === undefined ? {} : { hold_override: { reason: opts.overrideHold } }),
        });
      }),
    );

  addRequestOptions(
    program
      .command("restrict")
      .description("carry out a restriction request (Art. 18), or lift one carried out before"),
  )
    .option("--lift", "lift the restriction of the request given by --request (tell the person first, Art. 18(3))")
    .option("--request <id>", "with --lift: the restriction request to lift; its own identities are used")
    .action(async (opts) => {
      const requestId = opts.request;
      if (!opts.lift) {
        if (requestId !== undefined) throw new UsageError("--request goes with --lift");
        return withOperatorContext(opts, setExit, async (ctx) => {
          await runAsOperator(ctx, "restriction", opts, setExit);
        });
      }
      if (requestId === undefined) throw new UsageError("--lift needs --request <id>: the restriction to lift");
      if (opts.identity.length > 0)
        throw new UsageError("--lift uses the request's own identities: leave out --identity");
      await withOperatorContext(opts, setExit, async (ctx) => {
        const lifted = await liftRestriction(ctx, { requestId, actor: "operator" });
        process.stdout.write(`Request ${requestId} (restriction): lifted.\n`);
        for (const c of lifted.collections)
          process.stdout.write(`  ${c.collection}: ${restrictionLine(c, "lifted")}\n`);
      });
    });
}
