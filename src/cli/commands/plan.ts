import type { Command } from "@commander-js/extra-typings";
import {
  blastRadius,
  buildGraph,
  compileOnlyConnections,
  describePlan,
  describePlanOnDatabase,
  ENGINE_ACTION,
  identityTypes,
  parseIdentity,
  PLANNED_TYPES,
  type RequestPlan,
  walkRows,
  withSession,
} from "../../datasets/index.js";
import { planSystems } from "../../systems/index.js";
import { oneOf } from "../io.js";
import { loadOrReport } from "../load.js";
import { collect } from "./request-options.js";
import { formatPlan, formatSystemsPlan } from "./requests-format.js";

/** Types with no database operation whose plan is the systems' calls alone. */
const SYSTEMS_ONLY = ["objection", "withdrawal"] as const;

/** `waarborg plan`: read-only, so it records nothing and needs no service store. */
export function registerPlan(program: Command, setExit: (code: number) => void): void {
  program
    .command("plan")
    .description("show which collections, queries and fields a request would touch, changing and recording nothing")
    .option("--register <file>", "the register file", "privacy.yaml")
    .option(
      "--identity <type=value>",
      "an identity of the person (repeatable), e.g. email=someone@example.nl",
      collect,
      [],
    )
    .option("--type <type>", [...PLANNED_TYPES, ...SYSTEMS_ONLY].join(", "), "access")
    .option("--count", "connect: count the rows each step finds, and compare the tables and columns with the database")
    .option("--json", "print the plan as JSON")
    .action(async (opts) => {
      const register = await loadOrReport(opts.register);
      if (!register) return setExit(2);
      try {
        const type = oneOf(opts.type, [...PLANNED_TYPES, ...SYSTEMS_ONLY], "--type");
        const graph = buildGraph(register);
        const identities = opts.identity.map((i) => parseIdentity(i, identityTypes(graph)));
        const types = [...new Set(identities.map((i) => i.type))];
        if (type === "objection" || type === "withdrawal") {
          const systems = planSystems(register, type, types);
          process.stdout.write(
            opts.json ? `${JSON.stringify({ type, systems }, null, 2)}\n` : formatSystemsPlan(type, types, systems),
          );
          return;
        }
        const action = ENGINE_ACTION[type]!;
        let plan: RequestPlan;
        if (opts.count) {
          plan = await withSession(register, opts.identity, async (s) => {
            const described = await describePlanOnDatabase(s.graph, types, type, s.connections);
            const found = await walkRows(s.graph, s.connections, s.identities);
            for (const step of described.steps) step.rows = found.rows.get(step.collection)?.size ?? 0;
            const escapes = await blastRadius(s.graph, s.connections, found, s.identities);
            return escapes.length > 0 ? { ...described, refused: escapes } : described;
          });
        } else {
          plan = describePlan(graph, types, type, compileOnlyConnections(register, process.env));
        }
        const systems = planSystems(register, action, types);
        process.stdout.write(
          opts.json
            ? `${JSON.stringify({ type, ...plan, systems }, null, 2)}\n`
            : formatPlan(type, types, plan, systems),
        );
        if (plan.unreachable.length || plan.refused || plan.steps.some((s) => s.problems?.length)) setExit(1);
      } catch (error) {
        process.stderr.write(`waarborg: ${(error as Error).message}\n`);
        setExit(1);
      }
    });
}
