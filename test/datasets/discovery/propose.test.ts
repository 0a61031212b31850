import { describe, expect, it } from "vitest";
import { classifyDatabase } from "../../../src/datasets/discovery/discover.js";
import { propose } from "../../../src/datasets/discovery/propose.js";
import { loadRegister } from "../../../src/register/load.js";
import { memoryReader } from "../../helpers/memory.js";
import { PROFILES, SHAPE } from "./shape.js";

const MINIMAL = `organization:
  name: Voorbeeld B.V.
statement:
  version: "1"
  effective_date: "2026-01-01"
`;

describe("propose", () => {
  const discovery = classifyDatabase(SHAPE, PROFILES);
  const proposal = propose(discovery, { name: "app", url_env: "APP_DATABASE_URL" });

  it("declares every table with personal data and nothing else", () => {
    expect(Object.keys(proposal.datasets.collections)).toEqual(["accounts", "audit_log", "memberships", "shipments"]);
    expect(proposal.datasets.connections).toEqual({ app: { type: "postgres", url_env: "APP_DATABASE_URL" } });
  });

  it("writes fields with categories, identities and masking", () => {
    expect(proposal.datasets.collections.accounts).toEqual({
      connection: "app",
      table: "accounts",
      primary_key: "id",
      fields: {
        email: { category: "contact.email", identity: "email", masking: "random" },
        full_name: { category: "identity.name", masking: "fixed", fixed_value: "" },
        iban: { category: "contact.phone", identity: "phone", masking: "random" },
      },
    });
  });

  it("deletes rows of event tables and turns foreign keys into references walked from the parent", () => {
    expect(proposal.datasets.collections.audit_log).toEqual({
      connection: "app",
      table: "audit-log",
      primary_key: "id",
      erasure: "delete",
      fields: {
        ip: { category: "online.ip_address", masking: "delete_row" },
        created_at: { category: "online.usage", masking: "delete_row" },
      },
      references: [{ field: "account_id", to: "accounts.id", direction: "from_parent" }],
    });
    // teams holds no personal data, so the reference to it is left out.
    expect(proposal.datasets.collections.memberships?.references).toEqual([
      { field: "account_id", to: "accounts.id", direction: "from_parent" },
    ]);
  });

  it("notes what the register cannot express instead of guessing", () => {
    expect(proposal.notes).toEqual([
      "memberships: composite primary key (account_id, team_id); only one column can be declared",
      "shipments: no primary key; set primary_key to a unique column",
      "shipments: composite foreign key (account_id, account_team) to memberships; declare a reference by hand",
    ]);
  });

  it("loads through the register loader when combined with a minimal register", async () => {
    const files = { "/r/privacy.yaml": `${MINIMAL}${proposal.yaml}` };
    const loaded = await loadRegister("/r/privacy.yaml", memoryReader(files), "/r");
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.register?.datasets?.collections.audit_log?.references[0]?.direction).toBe("from_parent");
    expect(loaded.register?.datasets?.collections.accounts?.fields.full_name?.fixed_value).toBe("");
  });

  it("is deterministic and names a non-default schema on the connection", () => {
    const again = propose(classifyDatabase(SHAPE, PROFILES), { name: "app", url_env: "APP_DATABASE_URL" });
    expect(again.yaml).toBe(proposal.yaml);
    const other = propose(discovery, { name: "crm", url_env: "CRM_URL", schema: "sales" });
    expect(other.datasets.connections.crm).toEqual({ type: "postgres", url_env: "CRM_URL", schema: "sales" });
    expect(other.datasets.collections.accounts?.connection).toBe("crm");
  });
});
