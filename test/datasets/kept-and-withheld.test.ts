import { describe, expect, it } from "vitest";
import { runRules } from "../../src/check/check.js";
import { datasetHashWithoutReason, datasetKeepPersonal } from "../../src/check/rules/datasets.js";
import type { AccessResult } from "../../src/datasets/access.js";
import { accessDocument } from "../../src/datasets/package/document.js";
import { accessCsv, accessJson } from "../../src/datasets/package/files.js";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";
import { register, sectionText, textOf } from "../statement/helpers.js";

const collections = (email: Record<string, unknown>) => ({
  datasets: {
    connections: { app: { url_env: "APP_URL" } },
    collections: {
      users: {
        connection: "app",
        table: "users",
        fields: { email: { category: "contact.email", identity: "email", ...email } },
      },
    },
  },
});

describe("what erasure keeps as a hash", () => {
  it("check warns on hash without a reason, and not with one", async () => {
    const yaml = (extra: string) => `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections: { app: { url_env: APP_URL } }
  collections:
    users:
      connection: app
      table: users
      fields:
        email: { category: contact.email, identity: email, masking: hash${extra} }
`;
    const run = async (text: string) =>
      runRules(await loadRegister("/r/p.yaml", memoryReader({ "/r/p.yaml": text }), "/r"), [datasetHashWithoutReason]);
    const without = await run(yaml(""));
    expect(without).toEqual([
      expect.objectContaining({ rule: "dataset-hash-without-reason", severity: "warning", line: 11 }),
    ]);
    expect(without[0]?.message).toContain("users.email is kept as a keyed hash");
    expect(await run(yaml(', hash_reason: "to refuse a second free trial"'))).toEqual([]);
  });

  it("check warns on keep for a field that holds personal data, and not for one that does not", async () => {
    const yaml = (fields: string) => `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections: { app: { url_env: APP_URL } }
  collections:
    users:
      connection: app
      table: users
      fields:
        email: { category: contact.email, identity: email }
${fields}
`;
    const run = async (text: string) =>
      runRules(await loadRegister("/r/p.yaml", memoryReader({ "/r/p.yaml": text }), "/r"), [datasetKeepPersonal]);
    expect((await run(yaml("        name: { category: identity.name, masking: keep }"))).map((d) => d.message)).toEqual(
      ["users.name holds personal data (identity.name) but says masking: keep: an erasure would leave it in place."],
    );
    expect(await run(yaml("        status: { masking: keep }"))).toEqual([]);
  });

  it("the statement says what is kept hashed and why, in Dutch and English", () => {
    const reg = register({
      organization: { name: "Voorbeeld B.V." },
      ...collections({
        masking: "hash",
        hash_reason: { nl: "om een tweede proefperiode te weigeren", en: "to refuse a second trial" },
      }),
    });
    expect(textOf(reg, "en", "retention")).toContain("we keep the following only as a coded value");
    expect(textOf(reg, "en", "retention")).toContain("e-mail address: to refuse a second trial");
    expect(textOf(reg, "nl", "retention")).toContain("e-mailadres: om een tweede proefperiode te weigeren");
    const plain = register({ organization: { name: "Voorbeeld B.V." }, ...collections({}) });
    expect(textOf(plain, "en", "retention")).not.toContain("coded value");
  });
});

describe("credentials in an access package", () => {
  const reg = register({
    organization: { name: "Voorbeeld B.V." },
    ...collections({ masking: "hash", hash_reason: "to refuse a second trial" }),
  });
  const result: AccessResult = {
    sections: [
      {
        collection: "users",
        table: "users",
        primaryKey: "id",
        columns: ["id", "email"],
        categories: { email: "contact.email" },
        provided: [],
        withheld: [{ field: "password_hash", category: "account.credentials" }, { field: "api_token" }],
        rows: [{ id: 1, email: "a@example.nl" }],
      },
    ],
    categories: ["contact.email"],
    steps: [],
  };

  it("names withheld secrets in data.json and the readable package, in both languages", () => {
    const json = JSON.parse(accessJson(reg, result));
    expect(json.collections.users.withheld_secrets).toEqual(result.sections[0]!.withheld);
    const en = accessDocument(reg, result, "en").sections.find((s) => s.id === "kept-not-given");
    expect(sectionText(en!)).toContain("We also keep the following credentials and secrets of yours");
    expect(sectionText(en!)).toContain("Password (users.password_hash)");
    expect(sectionText(en!)).toContain("api_token (users.api_token)");
    expect(sectionText(en!)).toContain("e-mail address: to refuse a second trial");
    const nl = accessDocument(reg, result, "nl").sections.find((s) => s.id === "kept-not-given");
    expect(sectionText(nl!)).toContain("Wij geven de waarden niet mee");
    expect(accessCsv(result.sections[0]!)).not.toContain("password_hash");
  });
});
