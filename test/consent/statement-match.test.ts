import { describe, expect, it } from "vitest";
import { bannerBundle } from "../../src/consent/config/shown.js";
import { plainText } from "../../src/documents/model.js";
import { LANGUAGES } from "../../src/kernel/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { buildStatement } from "../../src/statement/index.js";
import { demoRegister } from "../service/helpers.js";
import { consentRegister } from "./harness.js";

/** The statement's cookie table as rows of plain text: name, provider, purpose, duration, consent needed. */
function statementCookies(register: Register, lang: "nl" | "en"): string[][] {
  const section = buildStatement(register, lang).sections.find((s) => s.id === "cookies")!;
  const table = section.blocks.find((b) => b.type === "table");
  if (table?.type !== "table") throw new Error("the statement has no cookie table");
  return table.rows.map((row) => row.map(plainText));
}

describe("the statement's cookie section and the banner", () => {
  for (const [name, load] of [
    ["demo", demoRegister],
    ["demo with advertising", () => consentRegister()],
  ] as const) {
    for (const lang of LANGUAGES) {
      it(`name the same cookies, providers and durations (${name}, ${lang})`, async () => {
        const register = await load();
        const rows = statementCookies(register, lang);
        const shown = bannerBundle(register, "https://privacy.example").configs[lang]!.shown;
        const asked = rows.filter((r) => r[4]!.startsWith(lang === "nl" ? "Ja" : "Yes"));
        const banner = shown.purposes.flatMap((p) => p.cookies.map((c) => [c.name, c.provider, c.duration]));
        expect(banner.sort()).toEqual(asked.map((r) => [r[0], r[1], r[3]]).sort());
        // Every cookie set without asking is named on the banner too.
        for (const row of rows.filter((r) => !asked.includes(r))) expect(shown.texts.necessary).toContain(row[0]);
        // And each purpose asked for is one the statement's table explains.
        for (const purpose of shown.purposes)
          for (const cookie of purpose.cookies)
            expect(asked.find((r) => r[0] === cookie.name)![2]).toContain(
              purpose.description.replace(/\.$/, "") || cookie.name,
            );
      });
    }
  }
});
