import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Redactor } from "../../src/systems/http/redact.js";
import {
  encodeBody,
  fill,
  renderBody,
  renderHeaders,
  renderUrl,
  usesRecord,
  usesTenant,
} from "../../src/systems/http/template.js";

const values = { identity: { email: "Jan+Test@Example.nl", phone: "+31 6 1234 5678" } };

describe("request templates", () => {
  it("URL-encodes identities in a path and query, so they cannot change the path", () => {
    const url = renderUrl("api", "https://api.example/v1/", "/people?email={identity.email}", values);
    expect(url.href).toBe("https://api.example/v1/people?email=Jan%2BTest%40Example.nl");
    const sneaky = renderUrl("api", "https://api.example", "/people/{identity.email}", {
      identity: { email: "../admin?x=1#" },
    });
    expect(sneaky.pathname).toBe("/people/..%2Fadmin%3Fx%3D1%23");
  });

  it("hashes the trimmed lower-case value, as Mailchimp's subscriber hash is", () => {
    expect(fill("{identity.email|md5}", values, true)).toBe(
      createHash("md5").update("jan+test@example.nl").digest("hex"),
    );
    expect(fill("{identity.email|sha256}", values, false)).toHaveLength(64);
    expect(fill("{identity.email|lower}", values, false)).toBe("jan+test@example.nl");
  });

  it("escapes quotes for a search query, so a value cannot end the query's string", () => {
    expect(fill("email:'{identity.email|quote}'", { identity: { email: "o'brien@example.nl" } }, false)).toBe(
      "email:'o\\'brien@example.nl'",
    );
  });

  it("reads a found record's fields and the corrections", () => {
    const record = { id: "cus_1", address: { city: "Delft" } };
    expect(fill("/c/{record.id}/{record.address.city}", { ...values, record }, true)).toBe("/c/cus_1/Delft");
    expect(usesRecord("/c/{record.id}")).toBe(true);
    expect(usesRecord({ name: "{correction.name}" })).toBe(false);
  });

  it("refuses a path with a value the request lacks, naming the template, not a value", () => {
    expect(() => renderUrl("api", "https://api.example", "/c/{record.id}", values)).toThrow(
      "system api: the path /c/{record.id} names a value this request does not have",
    );
  });

  it("leaves out body fields whose correction was not asked for, and nests dotted keys in JSON", () => {
    const fields = renderBody(
      { email_address: "{correction.email}", "merge_fields.FNAME": "{correction.FNAME}", source: "waarborg" },
      { ...values, correction: { FNAME: "Jan" } },
    );
    expect(fields).toEqual({ "merge_fields.FNAME": "Jan", source: "waarborg" });
    expect(JSON.parse(encodeBody(fields, "json").text)).toEqual({ merge_fields: { FNAME: "Jan" }, source: "waarborg" });
    expect(encodeBody({ name: "Jan de Vries" }, "form")).toEqual({
      type: "application/x-www-form-urlencoded",
      text: "name=Jan+de+Vries",
    });
  });
});

describe("redaction", () => {
  const redactor = new Redactor(["Jan+Test@Example.nl", "sk_live_secret"]);

  it("scrubs an identity in every form a call carries it, and the secrets", () => {
    const md5 = createHash("md5").update("jan+test@example.nl").digest("hex");
    const text = [
      "Jan+Test@Example.nl",
      "jan+test@example.nl",
      "Jan%2BTest%40Example.nl",
      "jan%2btest%40example.nl",
      md5.toUpperCase(),
      "Bearer sk_live_secret",
    ].join(" | ");
    const out = redactor.redact(`GET /people?e=${text}`);
    expect(out).toBe(`GET /people?e=${Array(5).fill("[redacted]").join(" | ")} | Bearer [redacted]`);
  });

  it("leaves text without them as it is", () => {
    expect(redactor.redact("ECONNREFUSED 127.0.0.1:443")).toBe("ECONNREFUSED 127.0.0.1:443");
  });

  it("fills {tenant} in a path, query and body as identities are, and in headers as is", () => {
    const tenant = { ...values, tenant: "acme/eu 1" };
    expect(renderUrl("api", "https://api.example", "/t/{tenant}/people?t={tenant|lower}", tenant).href).toBe(
      "https://api.example/t/acme%2Feu%201/people?t=acme%2Feu%201",
    );
    expect(renderBody({ tenant: "{tenant}", who: "{identity.email}" }, tenant)).toEqual({
      tenant: "acme/eu 1",
      who: "Jan+Test@Example.nl",
    });
    expect(renderHeaders("api", { "X-Tenant": "{tenant}", Accept: "application/json" }, tenant)).toEqual({
      "X-Tenant": "acme/eu 1",
      Accept: "application/json",
    });
    expect(usesTenant({ a: "{tenant|md5}" })).toBe(true);
    expect(usesTenant("/people/{identity.email}")).toBe(false);
  });

  it("sends no call whose path or header names a tenant the request lacks", () => {
    expect(() => renderUrl("api", "https://api.example", "/t/{tenant}/people", values)).toThrow(/names a value/);
    expect(() => renderHeaders("api", { "X-Tenant": "{tenant}" }, values)).toThrow(/X-Tenant names a tenant/);
  });
});
