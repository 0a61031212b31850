import type { Command } from "@commander-js/extra-typings";
import {
  blastRadius,
  buildGraph,
  compileOnlyConnections,
  describePlan,
  describePlanOnDatabase,
  identityTypes,
  parseIdentity,
  PLANNED_TYPES,
  type RequestPlan,
  walkRows,
  withSession,
} from "../../datasets/index.js";
import { planRequest } from "../../requests/index.js";
import { oneOf } from "../io.js";
import { loadOrReport } from "../load.js";
import { collect } from "./request-options.js";
import { formatPlan, formatRefusedPlan, formatSystemsPlan } from "./requests-format.js";

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
    .option(
      "--tenant <key>",
      "plan a request this tenant filed: only its rows, and the systems its requests reach or leave out",
    )
    .option("--count", "connect: count the rows each step finds, and compare the tables and columns with the database")
    .option("--json", "print the plan as JSON")
    .action(async (opts) => {
      const register = await loadOrReport(opts.register);
      if (!register) return setExit(2);
      try {
        const type = oneOf(opts.type, [...PLANNED_TYPES, ...SYSTEMS_ONLY], "--type");
        const identities = opts.identity.map((i) => parseIdentity(i, identityTypes(buildGraph(register))));
        const types = [...new Set(identities.map((i) => i.type))];
        const { tenant } = opts;
        const reach = planRequest(register, type, types, tenant);
        const { systems, tasks, skippedTasks } = reach;
        const json = (plan: object) =>
          `${JSON.stringify({ type, ...(tenant === undefined ? {} : { tenant }), ...plan }, null, 2)}\n`;
        if (reach.refused !== undefined) {
          process.stdout.write(
            opts.json ? json({ refused: reach.refused }) : formatRefusedPlan(type, types, tenant, reach.refused),
          );
          return setExit(1);
        }
        if (type === "objection" || type === "withdrawal") {
          process.stdout.write(
            opts.json ? json({ systems, tasks, skippedTasks }) : formatSystemsPlan(type, types, reach, tenant),
          );
          return;
        }
        let plan: RequestPlan;
        if (opts.count) {
          plan = await withSession(
            register,
            opts.identity,
            async (s) => {
              const described = await describePlanOnDatabase(s.graph, types, type, s.connections);
              const found = await walkRows(s.graph, s.connections, s.identities);
              for (const step of described.steps) step.rows = found.rows.get(step.collection)?.size ?? 0;
              const escapes = await blastRadius(s.graph, s.connections, found, s.identities);
              return escapes.length > 0 ? { ...described, refused: escapes } : described;
            },
            process.env,
            tenant,
          );
        } else {
          plan = describePlan(reach.graph!, types, type, compileOnlyConnections(register, process.env));
        }
        process.stdout.write(
          opts.json ? json({ ...plan, systems, tasks, skippedTasks }) : formatPlan(type, types, plan, reach, tenant),
        );
        if (plan.unreachable.length || plan.refused || plan.steps.some((s) => s.problems?.length)) setExit(1);
      } catch (error) {
        process.stderr.write(`waarborg: ${(error as Error).message}\n`);
        setExit(1);
      }
    });
}
