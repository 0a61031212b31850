import { describe, expect, it } from "vitest";
import { classifyDatabase } from "../../../src/datasets/discovery/discover.js";
import { propose } from "../../../src/datasets/discovery/propose.js";
import { loadRegister } from "../../../src/register/load.js";
import { memoryReader } from "../../helpers/memory.js";
import { runRules } from "../../../src/check/check.js";
import { datasetReferenceCrossesPeople } from "../../../src/check/rules/datasets.js";
import { MUSIC_PROFILES, MUSIC_SHAPE, PROFILES, SHAPE } from "./shape.js";

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
    // teams holds no personal data, so the reference to it is left out; memberships holds phone
    // numbers, accounts e-mail addresses: both hold identities, so the key between them is not walked.
    expect(proposal.datasets.collections.memberships?.references).toEqual([
      { field: "account_id", to: "accounts.id", direction: "none" },
    ]);
  });

  it("notes what the register cannot express instead of guessing", () => {
    expect(proposal.notes).toEqual([
      "memberships: composite primary key (account_id, team_id); only one column can be declared",
      "memberships.account_id: a reference between people, proposed as not walked (direction: none)",
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

  describe("on a database where people reference each other", () => {
    const music = propose(classifyDatabase(MUSIC_SHAPE, MUSIC_PROFILES), { name: "music", url_env: "MUSIC_URL" });
    const directions = (table: string) =>
      Object.fromEntries(
        (music.datasets.collections[table]?.references ?? []).map((r) => [r.field, r.direction ?? "from_parent"]),
      );

    it("never walks a reference from one person to another, and says why above it", () => {
      expect(directions("customer")).toEqual({ support_rep_id: "none" });
      expect(directions("employee")).toEqual({ reports_to: "none" });
      expect(directions("invoice")).toEqual({ customer_id: "from_parent" });
      expect(music.yaml).toMatch(
        /# not walked: customer\.support_rep_id links customer to employee, and both hold identities[^\n]*\n\s+- field: support_rep_id/,
      );
      expect(music.yaml).toMatch(/# not walked: employee\.reports_to links employee to employee/);
    });

    it("proposes every table whose foreign key it found, the invoice lines included", () => {
      expect(Object.keys(music.datasets.collections).sort()).toEqual([
        "customer",
        "employee",
        "invoice",
        "invoice_line",
      ]);
      expect(directions("invoice_line")).toEqual({ invoice_id: "from_parent" });
    });

    it("does not walk keys by which rows point at more than one person", () => {
      const shape = structuredClone(MUSIC_SHAPE);
      const invoice = shape.tables.find((t) => t.name === "invoice")!;
      invoice.columns.push({ name: "sales_rep_id", type: "int4", nullable: true });
      invoice.foreignKeys.push({ columns: ["sales_rep_id"], parentTable: "employee", parentColumns: ["employee_id"] });
      const proposed = propose(classifyDatabase(shape, MUSIC_PROFILES), { name: "music", url_env: "MUSIC_URL" });
      expect(proposed.datasets.collections.invoice?.references?.map((r) => r.direction)).toEqual(["none", "none"]);
      expect(proposed.yaml).toContain(
        "# not walked: rows of invoice point at more than one person (invoice.customer_id, invoice.sales_rep_id)",
      );
    });

    it("loads, and check finds no reference that crosses from one person to another", async () => {
      const files = { "/r/privacy.yaml": `${MINIMAL}${music.yaml}` };
      const loaded = await loadRegister("/r/privacy.yaml", memoryReader(files), "/r");
      expect(loaded.diagnostics).toEqual([]);
      expect(runRules(loaded, [datasetReferenceCrossesPeople])).toEqual([]);
    });
  });
});
