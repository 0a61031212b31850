import { h } from "preact";
import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { ServiceContext } from "../../../src/context/index.js";
import { HomePage } from "../../../src/http/center/home.js";
import { centerWords } from "../../../src/http/center/words.js";
import { register } from "../../statement/helpers.js";

const home = (verification: Record<string, unknown> | undefined, lang: "nl" | "en") => {
  const reg = register({ organization: { name: "Stil B.V." }, rights: verification ? { verification } : {} });
  return render(h(HomePage, { ctx: { register: reg } as unknown as ServiceContext, lang }));
};

describe("the privacy center's home page", () => {
  it.each(["nl", "en"] as const)("promises no ID copy only when the register records id_copy: never (%s)", (lang) => {
    const never = centerWords(lang, "u").homeNoIdCopy;
    expect(home({ id_copy: "never" }, lang)).toContain(never);
    expect(home(undefined, lang)).not.toContain(never);
    expect(home({ methods: ["email_code"] }, lang)).not.toContain(never);
  });
});
