import { describe, expect, it } from "vitest";
import { formatPlan, formatSystemsPlan } from "../../src/cli/commands/requests-format.js";
import type { Register } from "../../src/register/index.js";
import { planSystems } from "../../src/systems/index.js";
import { exampleSystem } from "./helpers.js";

const register = {
  activities: { newsletter: { purpose_kind: "marketing.newsletter" } },
  datasets: {
    connections: {},
    collections: {},
    systems: { stripe: exampleSystem("stripe"), mailchimp: exampleSystem("mailchimp") },
  },
} as unknown as Register;

describe("the plan of a request's calls to HTTP systems", () => {
  it("lists each system's calls from the register's templates, per record where the template asks", () => {
    expect(planSystems(register, "erasure", ["email"])).toEqual([
      {
        system: "mailchimp",
        calls: ["POST /lists/a1b2c3d4e5/members/{identity.email|md5}/actions/delete-permanent"],
      },
      {
        system: "stripe",
        calls: [
          "GET /v1/customers/search?query=email:'{identity.email|quote}'&limit=100",
          "DELETE /v1/customers/{record.id} (for each record found)",
        ],
      },
    ]);
  });

  it("leaves out a system the request's identities cannot find, or that declares no restriction", () => {
    expect(planSystems(register, "access", ["phone"]).map((p) => p.skipped)).toEqual([
      "it finds people by email",
      "it finds people by email",
    ]);
    expect(planSystems(register, "restriction", ["email"]).map((p) => p.skipped)).toEqual([
      "it declares no restriction request",
      "it declares no restriction request",
    ]);
  });

  it("prints them after the databases' steps", () => {
    const text = formatPlan(
      "access",
      ["email"],
      { steps: [], unreachable: [], referred: [], companyOwn: [], crossings: [] },
      { systems: planSystems(register, "access", ["email"]) },
    );
    expect(text).toContain(
      "Systems reached over their API, after the databases:\n  mailchimp\n      GET /lists/a1b2c3d4e5/members/{identity.email|md5}\n  stripe\n",
    );
  });

  it("prints an objection's plan as the systems' calls alone, with what each is made for", () => {
    const text = formatSystemsPlan("objection", ["email"], { systems: planSystems(register, "objection", ["email"]) });
    expect(text).toBe(
      [
        "Plan for an objection request, starting from: email",
        "",
        "The register's databases are not changed: it names no dataset operation for this type.",
        "",
        "Systems reached over their API:",
        "  mailchimp (for an objection to newsletter or to direct marketing)",
        "      PATCH /lists/a1b2c3d4e5/members/{identity.email|md5}",
        "  stripe: left out, it declares no objection request",
        "",
      ].join("\n"),
    );
  });

  it("shows a tenant's skips and refusals, and the company's skip of a system that needs a tenant", () => {
    const scoped = {
      ...exampleSystem("stripe"),
      tenants: "scoped",
      access: { ...exampleSystem("stripe").access!, path: "/v1/tenants/{tenant}/customers?email={identity.email}" },
    };
    const tenanted = {
      datasets: {
        connections: {},
        collections: {},
        systems: {
          mailchimp: { ...exampleSystem("mailchimp"), tenants: "none" },
          stripe: scoped,
          crm: { ...exampleSystem("mailchimp"), tenants: undefined },
        },
      },
    } as unknown as Register;
    expect(planSystems(tenanted, "access", ["email"], "acme")).toEqual([
      { system: "crm", calls: [], skipped: "a tenant's request is refused: it records no tenants: none | scoped" },
      { system: "mailchimp", calls: [], skipped: "it holds no data of the tenants' end users" },
      { system: "stripe", calls: ["GET /v1/tenants/{tenant}/customers?email={identity.email}"] },
    ]);
    expect(planSystems(tenanted, "access", ["email"]).map((p) => p.skipped)).toEqual([
      undefined,
      undefined,
      "it needs a tenant: its requests name {tenant}, and the company's own request has none",
    ]);
  });
});
