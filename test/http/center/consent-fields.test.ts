import { beforeAll, describe, expect, it } from "vitest";
import { requestFormInput } from "../../../src/http/center/form-input.js";
import { centerWords } from "../../../src/http/center/words.js";
import type { Register } from "../../../src/register/schema/register.js";
import { demoRegister } from "../../service/helpers.js";

const ID = "3f2c5a9e-1b7d-4c8e-9a6f-0d2e4b6c8a10";

describe("the request form's consent fields", () => {
  let register: Register;
  beforeAll(async () => {
    register = await demoRegister();
  });

  it("sends the consent id from the cookie settings with a withdrawal, an objection and an access request", () => {
    for (const type of ["withdrawal", "objection", "access"] as const) {
      const form = requestFormInput(register, type, {
        email: "a@example.nl",
        lang: "en",
        consent_id: ID.toUpperCase(),
      });
      expect(form.input.details.consent_ids).toEqual([ID]);
    }
    const erasure = requestFormInput(register, "erasure", { email: "a@example.nl", lang: "en", consent_id: ID });
    expect(erasure.input.details.consent_ids).toBeUndefined();
  });

  it("marks an objection against direct marketing", () => {
    const form = requestFormInput(register, "objection", {
      email: "a@example.nl",
      lang: "nl",
      direct_marketing: "yes",
    });
    expect(form.input.details.direct_marketing).toBe(true);
    const without = requestFormInput(register, "objection", { email: "a@example.nl", lang: "nl" });
    expect(without.input.details.direct_marketing).toBeUndefined();
  });

  it("points a refused consent id at its field", () => {
    const form = requestFormInput(register, "withdrawal", { email: "a@example.nl", lang: "nl", consent_id: "x" });
    expect(form.errorAt("details.consent_ids[0]", centerWords("nl", "u"))).toEqual({
      field: "consent_id",
      message: "Vul het toestemmings-id in zoals het in de cookie-instellingen staat.",
    });
  });
});
