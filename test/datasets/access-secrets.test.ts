import { expect, it } from "vitest";
import { collectAccess } from "../../src/datasets/access.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { accessPackageFiles } from "../../src/datasets/package/files.js";
import { dataCategories } from "../../src/register/taxonomy.js";
import { onEachDatabase, registerFrom } from "./live.js";

const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: APP_URL }
  collections:
    accounts:
      connection: app
      table: accounts
      fields:
        email: { category: contact.email, identity: email }
        password_hash: { category: account.credentials }
        api_token: { category: account.settings, secret: true }
        reset_code: { category: account.secret }
`;

const SECRETS = ["$argon2id$v=19$m=65536$c2FsdA$aGFzaA", "tok_live_9f8e7d6c5b4a", "RESET-424242"];

onEachDatabase(
  "access packages and secrets",
  async (db) => {
    await db.schema
      .createTable("accounts")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)")
      .addColumn("password_hash", "varchar(255)")
      .addColumn("api_token", "varchar(255)")
      .addColumn("reset_code", "varchar(64)")
      .execute();
    await db
      .insertInto("accounts")
      .values({
        id: 1,
        email: "eva@example.nl",
        password_hash: SECRETS[0],
        api_token: SECRETS[1],
        reset_code: SECRETS[2],
      })
      .execute();
  },
  (live) => {
    it.runIf(live.run)("never exports a credential or secret, and says in the package that it is kept", async () => {
      const register = await registerFrom(YAML);
      const result = await collectAccess(
        buildGraph(register),
        live.connections(),
        [{ type: "email", value: "eva@example.nl" }],
        undefined,
        dataCategories(register),
      );
      const section = result.sections[0]!;
      expect(section.rows).toEqual([{ id: 1, email: "eva@example.nl" }]);
      expect(section.withheld.map((w) => w.field)).toEqual(["api_token", "password_hash", "reset_code"]);
      for (const lang of ["nl", "en"] as const) {
        const files = await accessPackageFiles(register, result, { lang, readable: true });
        for (const file of files.filter((f) => typeof f.content === "string")) {
          for (const secret of SECRETS) expect(String(file.content), file.name).not.toContain(secret);
        }
        const html = String(files.find((f) => f.name === "index.html")?.content);
        expect(html).toContain("accounts.password_hash");
        expect(html).toContain(lang === "nl" ? "inloggegevens en geheimen" : "credentials and secrets");
      }
    });
  },
);
