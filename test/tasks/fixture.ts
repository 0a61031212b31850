import { expect } from "vitest";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import type { Register } from "../../src/register/schema/register.js";
import type { RequestType } from "../../src/kernel/index.js";
import type { Fixture } from "../requests/fixture.js";

export const ARCHIVE_OWNER = "archief@klantwijs.example";
export const SHEET_OWNER = "sales@klantwijs.example";

/** The demo register with two manual systems: a paper archive for access and erasure, a sheet for access. */
export function withManualSystems(register: Register): Register {
  return {
    ...register,
    datasets: {
      ...register.datasets!,
      systems: {
        paper_archive: {
          kind: "manual",
          name: "Paper archive",
          owner: { name: "Anna Archief", email: ARCHIVE_OWNER, lang: "nl" },
          requests: ["access", "erasure"],
          categories: ["contact.name"],
          instructions: {
            general: { nl: "Zoek de map van de klant.", en: "Find the customer's folder." },
            erasure: { nl: "Versnipper de map van de klant.", en: "Shred the customer's folder." },
          },
          due_within: "10 days",
        },
        sales_sheet: {
          kind: "manual",
          name: "Sales spreadsheet",
          owner: { name: "Sam Sales", email: SHEET_OWNER, lang: "en" },
          requests: ["access"],
          categories: [],
          instructions: { access: { en: "Copy the person's rows.", nl: "Kopieer de rijen van de persoon." } },
          due_within: "30 days",
        },
      },
    },
  };
}

/** Files and verifies a request for one of the demo's people. */
export async function verified(f: Fixture, type: RequestType, email: string) {
  const filed = await fileRequest(f.ctx, { type, identities: [{ type: "email", value: email }], lang: "en" });
  expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) })).toEqual({
    ok: true,
  });
  return filed;
}

/** The answer link in the latest task mail to an owner about one request. */
export async function answerToken(f: Fixture, owner: string, requestId: string): Promise<string> {
  const mails = (await f.mailsTo(owner)).filter((m) => m.text.includes(requestId));
  const text = mails.at(-1)?.text ?? "";
  const token = /\/task\/([\w.-]+)/.exec(text)?.[1];
  if (!token) throw new Error("no task mail in the outbox");
  return token;
}
