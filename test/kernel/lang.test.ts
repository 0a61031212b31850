import { describe, expect, it } from "vitest";
import { type InLang, LANGUAGES, textIn } from "../../src/kernel/index.js";

describe("text in every language", () => {
  it("looks the text up by language", () => {
    expect(LANGUAGES.map((lang) => textIn(lang, { nl: "ja", en: "yes" }))).toEqual(["ja", "yes"]);
  });

  it("does not compile a text that misses a language, or names one Waarborg does not speak", () => {
    // npm run typecheck fails if either of these ever compiles: a new language in LANGUAGES makes
    // every table without it a type error, which is the point of writing text this way.
    // @ts-expect-error en is missing
    const missing = textIn("nl", { nl: "ja" });
    // @ts-expect-error de is no language of LANGUAGES
    const unknown = { nl: "ja", en: "yes", de: "ja" } satisfies InLang<string>;
    expect([missing, unknown.nl]).toEqual(["ja", "ja"]);
  });
});
