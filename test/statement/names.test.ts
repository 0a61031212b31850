import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import { buildRecord } from "../../src/record/index.js";
import { mailSender } from "../../src/requests/requester.js";
import { buildStatement } from "../../src/statement/index.js";
import { documentText, register } from "./helpers.js";

// A name may be written per language: the organisation's ("Stichting Open Data" / "Open Data
// Foundation") and a recipient's, above all a kind of recipient that is a description, not a name.
// Every place prints the name in its own language, and never the other one.

const INPUT: Parameters<typeof register>[0] = {
  organization: {
    name: { nl: "Stichting Open Data", en: "Open Data Foundation" },
    contact: { email: "info@opendata.example" },
  },
  activities: {
    members: {
      name: { nl: "Leden", en: "Members" },
      purpose: { nl: "ledenadministratie", en: "keeping the membership" },
      legal_basis: "contract",
      data_categories: ["identity.name"],
      recipients: ["auditors", "cloud"],
      retention: "members",
    },
  },
  recipients: {
    auditors: {
      name: { nl: "Accountants die onze jaarrekening controleren", en: "Auditors who check our annual accounts" },
      kind: "category",
    },
    cloud: { name: "Wolk Hosting B.V.", kind: "processor", location: ["US"], agreement: "signed" },
  },
  retention: { members: { period: "2 years", after: "relationship_end" } },
  rights: { channels: [{ kind: "email", address: "privacy@opendata.example" }] },
};
const REGISTER = register(INPUT);

const OTHER: Record<Lang, Lang> = { nl: "en", en: "nl" };
const NAMES: Record<Lang, string[]> = {
  nl: ["Stichting Open Data", "Accountants die onze jaarrekening controleren"],
  en: ["Open Data Foundation", "Auditors who check our annual accounts"],
};

describe.each(["nl", "en"] as Lang[])("names written per language, in %s", (lang) => {
  it("are the statement's names throughout: title, who we are, recipients, contact", () => {
    const doc = buildStatement(REGISTER, lang);
    const text = documentText(doc);
    expect(doc.title).toContain(NAMES[lang][0]);
    expect(doc.author).toBe(NAMES[lang][0]);
    for (const name of NAMES[lang]) expect(text).toContain(name);
    for (const name of NAMES[OTHER[lang]]) expect(text).not.toContain(name);
    expect(text).toContain("Wolk Hosting B.V.");
    expect(text).not.toContain("[object Object]");
  });

  it("are the record's names", () => {
    const [row] = buildRecord(REGISTER, lang);
    expect(row?.controller.name).toBe(NAMES[lang][0]);
    expect(row?.recipients.map((r) => r.label)).toEqual([NAMES[lang][1], "Wolk Hosting B.V."]);
  });

  it("are the name the person's mails are signed with", () => {
    expect(mailSender(REGISTER).name[lang]).toBe(NAMES[lang][0]);
  });
});

describe("a name given per language", () => {
  it("must give both languages, where a single string is a whole name", () => {
    expect(() => register({ ...INPUT, organization: { name: { nl: "Alleen Nederlands" } as never } })).toThrow();
  });
});
