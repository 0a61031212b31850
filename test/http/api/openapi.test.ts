import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestStore } from "../../helpers/stores.js";
import { type ApiHarness, apiHarness } from "./harness.js";
import { API_ROUTES } from "./routes.js";

// The document is made from the routes' schemas, not from the store: one store is enough.
const testStore = useTestStore("sqlite");
let h: ApiHarness;
let doc: any;
beforeAll(async () => {
  h = await apiHarness(testStore());
  const response = await h.call("GET", "/openapi.json");
  expect(response.statusCode).toBe(200);
  doc = response.json();
});
afterAll(() => h.close());

const METHODS = ["get", "post", "put", "delete", "patch"];

/** Every `$ref` anywhere in a value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === "object")
    for (const [key, v] of Object.entries(value)) {
      if (key === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  return out;
}

describe("/openapi.json", () => {
  it("is an OpenAPI 3.1 document with the bearer scheme", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "Waarborg API", version: expect.any(String) });
    expect(doc.components.securitySchemes.bearer).toEqual({
      type: "http",
      scheme: "bearer",
      description: expect.any(String),
    });
  });

  it("documents every API route, and no console or hidden route", () => {
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const expected = API_ROUTES.filter((r) => r.pattern !== "/openapi.json").map(
      (r) => `${r.method} ${r.pattern.replace(/:(\w+)/g, "{$1}")}`,
    );
    expect(documented.sort()).toEqual(expected.sort());
  });

  it("gives each operation a unique id, its path parameters, responses and the security its route enforces", () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(item).filter(([m]) => METHODS.includes(m))) {
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
        const declared = (op.parameters ?? []).filter((p: any) => p.in === "path").map((p: any) => p.name);
        expect(declared.sort(), `${method} ${path}`).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
        const route = API_ROUTES.find(
          (r) => r.pattern.replace(/:(\w+)/g, "{$1}") === path && r.method.toLowerCase() === method,
        )!;
        if (route.scope === null) expect(op.security).toBeUndefined();
        else expect(op.security).toEqual([{ bearer: [] }]);
      }
    }
  });

  it("takes its components from the zod schemas, and every reference resolves", () => {
    const schemas = doc.components.schemas as Record<string, unknown>;
    for (const name of [
      "Error",
      "Request",
      "RequestSummary",
      "RequestList",
      "NewRequestInput",
      "DenialInput",
      "ExtensionInput",
      "OpenDsrRequestInput",
      "OpenDsrStatus",
      "OpenDsrDiscovery",
    ])
      expect(Object.keys(schemas), name).toContain(name);
    expect(schemas.NewRequestInput).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["type", "identities", "lang"]),
      additionalProperties: false,
    });
    for (const ref of refs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.slice("#/components/schemas/".length)], ref).toBeDefined();
    }
    const body = doc.paths["/api/requests"].post.requestBody.content["application/json"].schema;
    expect(body).toEqual({ $ref: "#/components/schemas/NewRequestInput" });
  });

  it("declares a request's package as a binary ZIP, and its refusals", () => {
    const op = doc.paths["/api/requests/{id}/package"].get;
    expect(op.responses["200"].content["application/zip"].schema).toMatchObject({ type: "string", format: "binary" });
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["404", "409", "410"]));
  });

  it("holds schemas that are valid JSON Schema 2020-12, the dialect OpenAPI 3.1 uses", () => {
    // The components as one JSON Schema document with $defs: Ajv checks each against the 2020-12
    // meta-schema and resolves every reference between them.
    const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"));
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: "https://waarborg.invalid/api", $defs: defs });
    for (const name of Object.keys(defs))
      expect(() => ajv.compile({ $ref: `https://waarborg.invalid/api#/$defs/${name}` }), name).not.toThrow();
    // And the schemas say what the API does: a request the API refuses is refused by the document too.
    const check = ajv.compile({ $ref: "https://waarborg.invalid/api#/$defs/OpenDsrRequestInput" });
    expect(
      check({
        subject_request_id: "not-a-uuid",
        subject_request_type: "access",
        subject_identities: [],
        submitted_time: "x",
      }),
    ).toBe(false);
    expect(
      check({
        subject_request_id: "5f1c2b7e-8d3a-4c1e-9b2f-0a6d4e8c1f3b",
        subject_request_type: "access",
        subject_identities: [{ identity_type: "email", identity_value: "a@example.nl", identity_format: "raw" }],
        submitted_time: "2025-03-05T08:59:00Z",
      }),
    ).toBe(true);
  });
});
