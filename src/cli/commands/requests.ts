import type { Command } from "@commander-js/extra-typings";
import {
  buildGraph,
  collectAccess,
  compileOnlyConnections,
  describePlan,
  executeErasure,
  identityTypes,
  parseCorrection,
  parseIdentity,
  planErasure,
  PLANNED_TYPES,
  rectify,
  restrict,
  walkRows,
  type WalkStep,
  withSession,
  accessPackageFiles,
  writePackageFiles,
} from "../../datasets/index.js";
import type { Register } from "../../register/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import { oneOf } from "../io.js";
import { loadOrReport } from "../load.js";
import { formatErasure, formatPlan } from "./requests-format.js";

type Exit = (code: number) => void;
const collect = (value: string, previous: string[]) => [...previous, value];

/** Progress of a walk on stderr: counts only, never values. */
const progress = (step: WalkStep) =>
  process.stderr.write(
    `  round ${step.round + 1}: ${step.collection} by ${step.field}: ${step.values} value(s) -> ${step.rows} row(s)\n`,
  );

function withRegister<Opts extends { register: string }>(
  setExit: Exit,
  action: (register: Register, opts: Opts) => Promise<void>,
) {
  return async (opts: Opts) => {
    const register = await loadOrReport(opts.register);
    if (!register) return setExit(2);
    try {
      await action(register, opts);
    } catch (error) {
      process.stderr.write(`waarborg: ${(error as Error).message}\n`);
      setExit(1);
    }
  };
}

function requestCommand(program: Command, name: string, description: string) {
  return program
    .command(name)
    .description(description)
    .option("--register <file>", "the register file", "privacy.yaml")
    .option(
      "--identity <type=value>",
      "an identity of the person (repeatable), e.g. email=someone@example.nl",
      collect,
      [],
    );
}

export function registerRequests(program: Command, setExit: Exit): void {
  requestCommand(program, "plan", "show which collections, queries and fields a request would touch, changing nothing")
    .option("--type <type>", PLANNED_TYPES.join(", "), "access")
    .option("--count", "connect and count the rows each step finds")
    .option("--json", "print the plan as JSON")
    .action(
      withRegister(setExit, async (register, opts) => {
        const type = oneOf(opts.type, PLANNED_TYPES, "--type");
        const graph = buildGraph(register);
        const identities = opts.identity.map((i) => parseIdentity(i, identityTypes(graph)));
        const types = [...new Set(identities.map((i) => i.type))];
        let plan: ReturnType<typeof describePlan>;
        if (opts.count) {
          plan = await withSession(register, opts.identity, async (s) => {
            const described = describePlan(s.graph, types, type, s.connections);
            const found = await walkRows(s.graph, s.connections, s.identities);
            for (const step of described.steps) step.rows = found.rows.get(step.collection)?.size ?? 0;
            return described;
          });
        } else {
          plan = describePlan(graph, types, type, compileOnlyConnections(register, process.env));
        }
        process.stdout.write(
          opts.json ? `${JSON.stringify({ type, ...plan }, null, 2)}\n` : formatPlan(type, types, plan),
        );
        if (plan.unreachable.length) setExit(1);
      }),
    );

  requestCommand(
    program,
    "access",
    "collect everything the datasets hold about a person into an access package (Art. 15, 20)",
  )
    .requiredOption("-o, --out <dir>", "folder to write data.json, one CSV per collection, index.html and index.pdf")
    .option("--lang <lang>", "language of the readable package: nl or en", "nl")
    .action(
      withRegister(setExit, async (register, opts) => {
        const lang = oneOf(opts.lang, LANGUAGES, "--lang");
        const files = await withSession(register, opts.identity, async (s) => {
          const result = await collectAccess(s.graph, s.connections, s.identities, progress);
          const files = await accessPackageFiles(register, result, { lang, readable: true });
          return writePackageFiles(opts.out, files);
        });
        process.stdout.write(`Access package written:\n${files.map((f) => `  ${f}`).join("\n")}\n`);
      }),
    );

  requestCommand(program, "erase", "erase a person's data: mask or delete, keep what a legal hold requires (Art. 17)")
    .option("--dry-run", "report what would happen without changing anything")
    .option("--json", "print the report as JSON")
    .action(
      withRegister(setExit, async (register, opts) => {
        const report = await withSession(register, opts.identity, async (s) => {
          const found = await walkRows(s.graph, s.connections, s.identities, progress);
          const plan = planErasure(s.graph, found, new Date());
          return executeErasure(s.graph, s.connections, plan, found, { dryRun: Boolean(opts.dryRun) });
        });
        process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatErasure(report));
      }),
    );

  requestCommand(program, "rectify", "correct a person's data, validated against each field's data category (Art. 16)")
    .option("--set <field=value>", "field=value or collection.field=value (repeatable)", collect, [])
    .action(
      withRegister(setExit, async (register, opts) => {
        const corrections = opts.set.map(parseCorrection);
        if (corrections.length === 0) throw new Error("give at least one --set field=value");
        const result = await withSession(register, opts.identity, async (s) => {
          const found = await walkRows(s.graph, s.connections, s.identities, progress);
          return rectify(s.graph, s.connections, found, corrections);
        });
        for (const c of result.collections)
          process.stdout.write(`${c.collection}.${c.field}: ${c.rows} row(s) corrected\n`);
      }),
    );

  requestCommand(program, "restrict", "restrict processing of a person's data, or lift it again (Art. 18)")
    .option("--lift", "lift the restriction (tell the person first, Art. 18(3))")
    .action(
      withRegister(setExit, async (register, opts) => {
        const result = await withSession(register, opts.identity, async (s) => {
          const found = await walkRows(s.graph, s.connections, s.identities, progress);
          return restrict(s.graph, s.connections, found, { lift: Boolean(opts.lift) });
        });
        for (const c of result.collections) {
          const what = c.marker
            ? `${c.rows} row(s) ${result.lifted ? "lifted" : "restricted"} (${c.marker})`
            : "no restriction marker declared in the register";
          process.stdout.write(`${c.collection}: ${what}\n`);
        }
      }),
    );
}
