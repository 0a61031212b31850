import { describe, expect, it } from "vitest";
import { planTenantDeletion, TenantPlanError } from "../../src/retention/index.js";
import { retentionRegister } from "./fixture.js";
import { TENANT_REGISTER } from "./tenant-fixture.js";

describe("planning a tenant's deletion from the register", () => {
  it("covers every collection with a tenant column and those below them by reference, children first, and names the ones it cannot cover", async () => {
    const plan = planTenantDeletion(await retentionRegister(TENANT_REGISTER));
    expect(plan.ruleId).toBe("tenant_deletion");
    const order = plan.targets.map((t) => t.name);
    expect([...order].sort()).toEqual(["comments", "invoices", "notes", "orgs", "projects"]);
    expect(order.indexOf("notes")).toBeLessThan(order.indexOf("projects"));
    expect(order.indexOf("comments")).toBeLessThan(order.indexOf("projects"));
    const comments = plan.targets.find((t) => t.name === "comments")!;
    expect(comments.tenant).toBeUndefined();
    expect(comments.via.map((e) => `${e.parent}.${e.parentField}`)).toEqual(["projects.id"]);
    expect(order.indexOf("projects")).toBeLessThan(order.indexOf("orgs"));
    expect(plan.targets.find((t) => t.name === "orgs")!.tenant).toBe("id");
    expect(plan.uncovered).toEqual(["mentions"]);
  });

  it("refuses a register without a tenant rule, two rules without --rule, and a rule that does not delete", async () => {
    const without = await retentionRegister(TENANT_REGISTER.replace("after: tenant_deleted", "after: contract_end"));
    expect(() => planTenantDeletion(without)).toThrow(/no retention rule with after: tenant_deleted/);
    const two = TENANT_REGISTER.replace(
      "  project_data:",
      "  workspace_deletion: { period: 30 days, after: tenant_deleted, action: delete }\n  project_data:",
    );
    const register = await retentionRegister(two);
    expect(() => planTenantDeletion(register)).toThrow(/workspace_deletion.*name one with --rule/);
    expect(planTenantDeletion(register, "workspace_deletion").ruleId).toBe("workspace_deletion");
    expect(() => planTenantDeletion(register, "project_data")).toThrow(TenantPlanError);
    const anonymising = await retentionRegister(
      TENANT_REGISTER.replace(
        "backup_purge: 3 months\n    action: delete",
        "backup_purge: 3 months\n    action: anonymize",
      ),
    );
    expect(() => planTenantDeletion(anonymising)).toThrow(/says anonymize; a tenant's purge deletes/);
  });
});
