import { describe, expect, it } from "vitest";
import { loadDemo, register, textOf } from "./helpers.js";

const base = { organization: { name: "Voorbeeld B.V.", contact: { email: "info@voorbeeld.example" } } };

describe("the periods of the request service's own data", () => {
  it("states each recorded period where the statement explains how to make a request, in both languages", () => {
    const reg = register({
      ...base,
      service: {
        retention: {
          unverified_requests: "7 days",
          expired_codes: "1 day",
          delivered_mail: "30 days",
          expired_packages: "2 weeks",
        },
      },
    });
    const en = textOf(reg, "en", "using-your-rights");
    expect(en).toContain("A request you do not confirm is removed 7 days after you made it.");
    expect(en).toContain("A one-time code is removed 1 day after it expires.");
    expect(en).toContain(
      "The e-mails we send you about a request are removed from our system 30 days after they are sent.",
    );
    expect(en).toContain("A download package with your data is removed 2 weeks after its download link expires.");
    const nl = textOf(reg, "nl", "using-your-rights");
    expect(nl).toContain("Een verzoek dat u niet bevestigt, verwijderen wij 7 dagen nadat u het hebt ingediend.");
    expect(nl).toContain("Een eenmalige code verwijderen wij 1 dag nadat die is verlopen.");
    expect(nl).toContain(
      "De e-mails die wij u over een verzoek sturen, verwijderen wij 30 dagen na verzending uit ons systeem.",
    );
    expect(nl).toContain(
      "Een downloadpakket met uw gegevens verwijderen wij 2 weken nadat de downloadlink is verlopen.",
    );
  });

  it("says nothing about a kind the register records no period for, though the purge has a default", () => {
    const partial = register({ ...base, service: { retention: { unverified_requests: "7 days" } } });
    const en = textOf(partial, "en", "using-your-rights");
    expect(en).toContain("A request you do not confirm is removed 7 days after you made it.");
    expect(en).not.toMatch(
      /one-time code is removed|e-mails we send you about a request|download package with your data/,
    );
    for (const lang of ["nl", "en"] as const) {
      const silent = textOf(register(base), lang, "using-your-rights");
      expect(silent).not.toMatch(/niet bevestigt|do not confirm|downloadpakket|download package|30 days|30 dagen/);
    }
  });

  it("is stated in the demo's statement, which records all four", async () => {
    const demo = await loadDemo();
    expect(textOf(demo, "en", "using-your-rights")).toContain(
      "A request you do not confirm is removed 7 days after you made it. A one-time code is removed 1 day after it expires.",
    );
  });
});
