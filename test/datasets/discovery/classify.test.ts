import { describe, expect, it } from "vitest";
import { classifyColumn } from "../../../src/datasets/discovery/classify.js";
import type { ColumnShape } from "../../../src/datasets/discovery/model.js";
import { type ContentProfile, profileValues } from "../../../src/datasets/discovery/profile.js";
import { ibanCheckDigits } from "../../../src/identifiers/index.js";

const TODAY = new Date(Date.UTC(2026, 0, 15));
const text = (name: string, nullable = true): ColumnShape => ({ name, type: "varchar", nullable });
const profile = (values: string[]): ContentProfile => profileValues(values, TODAY);

const ibans = Array.from({ length: 20 }, (_, i) => {
  const body = `INGB${String(1_234_567 + i * 31).padStart(10, "0")}`;
  return `NL${ibanCheckDigits("NL", body)}${body}`;
});
const emails = Array.from({ length: 20 }, (_, i) => `persoon${i}@example.nl`);
const phones = Array.from({ length: 20 }, (_, i) => `+31 6 ${String(10_000_000 + i * 977)}`);

describe("classifyColumn by name", () => {
  it("guesses from the name alone when nothing was sampled", () => {
    expect(classifyColumn("users", text("email"), undefined)).toEqual({
      category: "contact.email",
      confidence: "medium",
      byContent: false,
      identity: "email",
      evidence: ['name "email"'],
    });
    expect(classifyColumn("users", text("telefoonnummer"), undefined).category).toBe("contact.phone");
    expect(classifyColumn("klanten", text("Achternaam"), undefined).category).toBe("identity.name");
    expect(classifyColumn("users", text("geboortedatum"), undefined).category).toBe("identity.date_of_birth");
    expect(classifyColumn("users", text("sofinummer"), undefined).category).toBe("identity.bsn");
    expect(classifyColumn("users", text("password_hash"), undefined).category).toBe("account.credentials");
    expect(classifyColumn("users", text("billingEmailAddress"), undefined).category).toBe("contact.email");
  });

  it("takes the specific rule before the general one", () => {
    expect(classifyColumn("users", text("email_address"), undefined).category).toBe("contact.email");
    expect(classifyColumn("sessions", text("ip_address"), undefined).category).toBe("online.ip_address");
    expect(classifyColumn("users", text("street_address"), undefined).category).toBe("contact.address");
  });

  it("reads a plain name column by its table", () => {
    expect(classifyColumn("customers", text("name"), undefined).category).toBe("identity.name");
    expect(classifyColumn("organisations", text("name"), undefined)).toMatchObject({
      category: "business.company",
      confidence: "low",
    });
    expect(classifyColumn("products", text("name"), undefined).category).toBeUndefined();
    expect(classifyColumn("invoices", text("billing_name"), undefined).category).toBe("identity.name");
  });

  it("ignores a matching name on a type that cannot hold the data", () => {
    const verifiedAt: ColumnShape = { name: "email_verified_at", type: "timestamptz", nullable: true };
    const optIn: ColumnShape = { name: "email_opt_in", type: "boolean", nullable: false };
    expect(classifyColumn("users", verifiedAt, undefined).category).toBeUndefined();
    expect(classifyColumn("users", optIn, undefined).category).toBeUndefined();
  });

  it("calls timestamps in an event table usage data, elsewhere nothing", () => {
    const createdAt: ColumnShape = { name: "created_at", type: "timestamp", nullable: false };
    expect(classifyColumn("login_events", createdAt, undefined)).toMatchObject({
      category: "online.usage",
      evidence: ['name "created_at" in an event table'],
    });
    expect(classifyColumn("products", createdAt, undefined).category).toBeUndefined();
  });

  it("suggests identities for e-mail, phone and customer numbers only", () => {
    expect(classifyColumn("users", text("phone"), undefined).identity).toBe("phone");
    expect(classifyColumn("users", text("klantnummer"), undefined).identity).toBe("customer_number");
    expect(classifyColumn("users", text("first_name"), undefined).identity).toBeUndefined();
  });
});

describe("classifyColumn by content", () => {
  it("classifies a column with an uninformative name from its content", () => {
    expect(classifyColumn("users", text("notes"), profile(ibans))).toEqual({
      category: "financial.iban",
      confidence: "high",
      byContent: true,
      evidence: ["content 100% valid IBAN (20 sampled)"],
    });
  });

  it("lets a clear majority of content overrule a misleading name", () => {
    const guess = classifyColumn("contacts", text("telefoon"), profile(emails));
    expect(guess).toMatchObject({ category: "contact.email", byContent: true, identity: "email" });
    expect(guess.evidence).toEqual([
      "content 100% valid e-mail address (20 sampled)",
      'name "telefoon" suggested contact.phone',
    ]);
  });

  it("confirms a name with its content at high confidence", () => {
    expect(classifyColumn("users", text("mobile"), profile(phones))).toMatchObject({
      category: "contact.phone",
      confidence: "high",
      evidence: ['name "mobile"', "content 100% valid phone number (20 sampled)"],
    });
  });

  it("keeps the name but lowers confidence when its own check fails on the content", () => {
    const junk = Array.from({ length: 10 }, (_, i) => `geen adres ${i}`);
    expect(classifyColumn("users", text("email"), profile(junk))).toEqual({
      category: "contact.email",
      confidence: "low",
      byContent: false,
      identity: "email",
      evidence: ['name "email"', "content 0% valid e-mail address (10 sampled, below 80%)"],
    });
  });

  it("does not classify mixed garbage below the threshold", () => {
    const mixed = [...ibans.slice(0, 7), ...Array.from({ length: 13 }, (_, i) => `opmerking ${i}`)];
    expect(classifyColumn("users", text("notes"), profile(mixed))).toEqual({
      byContent: false,
      evidence: ["content 35% valid IBAN (20 sampled, below 80%)"],
    });
  });

  it("keeps quiet about chance matches", () => {
    const numbers = Array.from({ length: 20 }, (_, i) => String(100_000_000 + i * 7_919));
    const guess = classifyColumn("uploads", { name: "size", type: "bigint", nullable: false }, profile(numbers));
    expect(guess).toEqual({ byContent: false, evidence: [] });
  });

  it("moves the threshold with the option", () => {
    const mixed = [...ibans.slice(0, 14), ...Array.from({ length: 6 }, (_, i) => `opmerking ${i}`)];
    expect(classifyColumn("users", text("notes"), profile(mixed)).category).toBeUndefined();
    expect(classifyColumn("users", text("notes"), profile(mixed), { threshold: 0.7 })).toMatchObject({
      category: "financial.iban",
      confidence: "medium",
    });
  });

  it("needs a minimum number of values before content speaks", () => {
    expect(classifyColumn("users", text("notes"), profile(ibans.slice(0, 4))).category).toBeUndefined();
    expect(classifyColumn("users", text("notes"), profile(ibans.slice(0, 5))).category).toBe("financial.iban");
  });

  it("never names a date of birth from content alone: every past date would pass", () => {
    const dates = Array.from({ length: 10 }, (_, i) => `2019-0${1 + (i % 9)}-1${i}`);
    const date: ColumnShape = { name: "signed_up", type: "date", nullable: true };
    expect(classifyColumn("users", date, profile(dates)).category).toBeUndefined();
    const born: ColumnShape = { name: "born_on", type: "date", nullable: true };
    expect(classifyColumn("users", born, profile(dates))).toMatchObject({
      category: "identity.date_of_birth",
      confidence: "high",
    });
  });
});
