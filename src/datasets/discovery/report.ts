import { openConnector } from "../../connectors/index.js";
import { type DiscoverOptions, discover } from "./discover.js";
import { drift } from "./drift.js";
import { clearColumnCache } from "../column-cache.js";
import { propose } from "./propose.js";
import type { Report } from "./render.js";
import type { Target } from "./target.js";

/** Opens the target, discovers it, and builds the proposal and (with a register) the drift report. */
export async function discoverTarget(target: Target, options: DiscoverOptions = {}): Promise<Report> {
  const connector = await openConnector(target.url, { poolSize: 1 });
  // A discovery is the moment columns are looked at anew: nothing remembered from before should outlive it.
  clearColumnCache();
  try {
    const schema = options.schema ?? target.schema;
    const discovery = await discover(connector, schema === undefined ? options : { ...options, schema });
    // A PostgreSQL schema other than the default goes into the proposal; MySQL's is the URL's database.
    const proposalSchema = connector.dialect.proposalSchema(discovery.schema);
    const proposal = propose(discovery, {
      name: target.name,
      url_env: target.urlEnv,
      ...(proposalSchema ? { schema: proposalSchema } : {}),
    });
    const report: Report = { discovery, proposal };
    if (target.register) report.drift = drift(discovery, target.register, target.name);
    return report;
  } finally {
    await connector.close();
  }
}
