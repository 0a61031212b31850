import { describe, expect, it } from "vitest";
import { hasUnsafeCharacters } from "../../src/identifiers/index.js";
import { OperationError } from "../../src/requests/errors.js";
import { checkFileRequest } from "../../src/requests/input.js";
import type { Register } from "../../src/register/index.js";
import { demoRegister } from "../service/helpers.js";

const UNSAFE = {
  nul: "06 1234\u00005678",
  ansi: "\u001b[31m0612345678\u001b[0m",
  "bidi override": "06\u202E87654321",
  "bidi isolate": "\u206606 12345678\u2069",
};

function refusal(register: Register, input: unknown): { field: string; message: string } {
  try {
    checkFileRequest(register, input);
  } catch (error) {
    if (error instanceof OperationError) return { field: error.field ?? "", message: error.message };
    throw error;
  }
  throw new Error("accepted");
}

describe("text that shows as something it is not", () => {
  it.each(Object.entries(UNSAFE))("is refused in a phone number (%s), naming the field", async (_kind, value) => {
    const register = await demoRegister();
    const result = refusal(register, {
      type: "access",
      identities: [
        { type: "email", value: "a@example.org" },
        { type: "phone", value },
      ],
      lang: "en",
    });
    expect(result.field).toBe("identities[1].value");
    expect(result.message).toContain("control characters");
    expect(result.message).not.toContain(value);
  });

  it.each(Object.entries(UNSAFE))(
    "is refused in a correction's value (%s), naming the field",
    async (_kind, unsafe) => {
      const register = await demoRegister();
      const result = refusal(register, {
        type: "rectification",
        identities: [{ type: "email", value: "a@example.org" }],
        lang: "en",
        details: {
          corrections: [
            { field: "name", value: "A. de Vries" },
            { field: "name", value: `A. ${unsafe} Vries` },
          ],
        },
      });
      expect(result).toEqual({
        field: "details.corrections[1].value",
        message: expect.stringContaining("bidirectional"),
      });
    },
  );

  it("leaves ordinary names, numbers and line breaks in corrections alone", () => {
    for (const text of ["+31 (0)20-123 4567", "Zoë Ĳsselmeer-Öztürk", "محمد", "Ελένη"])
      expect(hasUnsafeCharacters(text)).toBe(false);
    expect(hasUnsafeCharacters("Dorpsstraat 1\n1234 AB Ergens", { lineBreaks: true })).toBe(false);
    expect(hasUnsafeCharacters("Dorpsstraat 1\n1234 AB Ergens")).toBe(true);
  });
});
