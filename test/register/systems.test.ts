import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";

const minimal = `organization:
  name: Voorbeeld B.V.
statement:
  version: "1"
  effective_date: "2026-01-01"
datasets:
  systems:
`;

/** The shipped snippet indented under datasets.systems, as a company pastes it. */
function pasted(name: string): string {
  const snippet = readFileSync(`examples/systems/${name}.yaml`, "utf8");
  return snippet
    .split("\n")
    .map((line) => (line ? `    ${line}` : line))
    .join("\n");
}

async function load(text: string) {
  return loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": text }), "/r");
}

describe("datasets.systems of kind http", () => {
  it("takes the shipped Mailchimp and Stripe definitions as they are, with their defaults", async () => {
    const loaded = await load(`${minimal}${pasted("mailchimp")}\n${pasted("stripe")}`);
    expect(loaded.diagnostics).toEqual([]);
    const systems = loaded.register!.datasets!.systems;
    expect(Object.keys(systems)).toEqual(["mailchimp", "stripe"]);
    expect(systems.stripe).toMatchObject({
      kind: "http",
      auth: { type: "bearer", token_env: "STRIPE_SECRET_KEY" },
      access: { method: "GET", records: "data", not_found: [404], body_format: "json" },
      idempotency_header: "Idempotency-Key",
    });
    expect(systems.mailchimp!.kind === "http" && systems.mailchimp!.retries).toEqual({
      attempts: 4,
      base_delay_ms: 500,
      max_delay_ms: 30000,
      timeout_ms: 30000,
    });
  });

  it("points a secret written into the register at its line and column", async () => {
    const text = `${minimal}    crm:
      kind: http
      label: CRM
      base_url_env: CRM_URL
      auth: { type: bearer, token: sk_live_123 }
`;
    const loaded = await load(text);
    expect(loaded.register).toBeUndefined();
    const d = loaded.diagnostics.find((x) => x.rule === "schema-unknown-key");
    expect(d).toMatchObject({ file: "privacy.yaml", line: 12, col: 29, severity: "error" });
    expect(d?.message).not.toContain("sk_live_123");
  });

  it("wants environment variable names, not URLs, and a known kind", async () => {
    const text = `${minimal}    crm:
      kind: http
      label: CRM
      base_url_env: https://crm.example/api
    sheet:
      kind: spreadsheet
`;
    const loaded = await load(text);
    const url = loaded.diagnostics.find((x) => x.line === 11);
    expect(url).toMatchObject({ col: 21, severity: "error" });
    expect(url?.message).toContain("name an environment variable");
    expect(loaded.diagnostics.find((x) => x.line === 13)).toMatchObject({ col: 13, severity: "error" });
  });

  it("checks the pagination style's own fields", async () => {
    const text = `${minimal}    crm:
      kind: http
      label: CRM
      base_url_env: CRM_URL
      access:
        method: GET
        path: /people?email={identity.email}
        pagination: { style: page, param: page }
`;
    const loaded = await load(text);
    expect(loaded.register).toBeUndefined();
    expect(loaded.diagnostics[0]).toMatchObject({ line: 15, severity: "error" });
    expect(loaded.diagnostics[0]?.message).toMatch(/size/);
  });

  it("refuses a system named as a collection is, which would share its place in the package", async () => {
    const text = `${minimal}    users:
      kind: http
      label: CRM
      base_url_env: CRM_URL
  connections:
    app: { url_env: APP_URL }
  collections:
    users: { connection: app, table: users }
`;
    const loaded = await load(text);
    expect(loaded.register).toBeUndefined();
    expect(loaded.diagnostics[0]).toMatchObject({ line: 9, severity: "error" });
    expect(loaded.diagnostics[0]?.message).toContain('a collection is named "users" too');
  });

  it("takes {tenant} in a system recorded as tenants: scoped, and tenants: on every kind", async () => {
    const text = `${minimal}    crm:
      kind: http
      label: CRM
      base_url_env: CRM_URL
      tenants: scoped
      access:
        method: GET
        path: /tenants/{tenant}/people?email={identity.email}
        headers: { X-Tenant: "{tenant}" }
    newsletter:
      kind: webhook
      name: Newsletter
      url_env: NEWS_URL
      secret_env: NEWS_SECRET
      requests: [erasure]
      tenants: none
`;
    const loaded = await load(text);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.register!.datasets!.systems.crm).toMatchObject({ tenants: "scoped" });
    expect(loaded.register!.datasets!.systems.newsletter).toMatchObject({ tenants: "none" });
  });

  it("points {tenant} in a system not recorded as scoped at its line and column", async () => {
    const text = `${minimal}    crm:
      kind: http
      label: CRM
      base_url_env: CRM_URL
      tenants: none
      access:
        method: GET
        path: /people?email={identity.email}
        headers: { X-Tenant: "{tenant}" }
      erasure:
        method: POST
        path: /tenants/{tenant}/forget
        body: { who: "{identity.email}", tenant: "{tenant|lower}" }
`;
    const loaded = await load(text);
    expect(loaded.register).toBeUndefined();
    const found = loaded.diagnostics.filter((d) => d.message.includes("{tenant} is filled in only"));
    expect(found.map((d) => [d.line, d.col, d.severity])).toEqual([
      [16, 30, "error"],
      [19, 15, "error"],
      [20, 50, "error"],
    ]);
    // An unset tenants: is no more scoped than none.
    const unset = await load(text.replace("      tenants: none\n", ""));
    expect(unset.diagnostics.filter((d) => d.message.includes("{tenant}"))).toHaveLength(3);
  });
});
