import { describe, expect, it } from "vitest";
import { profileValues, ratio } from "../../../src/datasets/discovery/profile.js";
import { tableKind } from "../../../src/datasets/discovery/tables.js";
import { sampleable, typeClass } from "../../../src/datasets/discovery/types.js";

const TODAY = new Date(Date.UTC(2026, 0, 15));

describe("profileValues", () => {
  it("counts what passes each check and skips blank values", () => {
    const p = profileValues(["a@example.nl", "  ", "", "b@example.nl", "no mail"], TODAY);
    expect(p.sampled).toBe(3);
    expect(p.matches.email).toBe(2);
    expect(ratio(p, "email")).toBeCloseTo(2 / 3);
    expect(ratio(p, "iban")).toBe(0);
  });

  it("reads PostgreSQL inet text with its single-host mask as an address", () => {
    const p = profileValues(["192.0.2.1/32", "2001:db8::1/128", "10.0.0.0/8"], TODAY);
    expect(p.matches.ip).toBe(2);
  });

  it("judges dates of birth against the given day, in ISO and Dutch notation", () => {
    const p = profileValues(["1980-04-27", "27-04-1980", "2027-01-01", "1880-01-01"], TODAY);
    expect(p.matches.date_of_birth).toBe(2);
  });

  it("checks Dutch numbers with their real algorithms", () => {
    const p = profileValues(["111222333", "123456789", "NL000099998B57", "3511 ED", "3511ed"], TODAY);
    expect(p.matches.bsn).toBe(1);
    expect(p.matches.btw).toBe(1);
    expect(p.matches.postcode).toBe(2);
  });

  it("has nothing to say about no values", () => {
    expect(ratio(profileValues([], TODAY), "email")).toBe(0);
  });
});

describe("column types and table kinds", () => {
  it("maps each dialect's type names to one class", () => {
    expect(typeClass("character varying")).toBe("text");
    expect(typeClass("int4")).toBe("integer");
    expect(typeClass("timestamptz")).toBe("timestamp");
    expect(typeClass("datetime")).toBe("timestamp");
    expect(typeClass("date")).toBe("date");
    expect(typeClass("inet")).toBe("network");
    expect(typeClass("numeric")).toBe("decimal");
    expect(typeClass("bytea")).toBe("binary");
    expect(typeClass("")).toBe("any");
    expect(sampleable("timestamp")).toBe(false);
    expect(sampleable("VARCHAR(20)")).toBe(true);
  });

  it("reads what a table is about from its name", () => {
    expect(tableKind("login_events")).toBe("event");
    expect(tableKind("AuditLog")).toBe("event");
    expect(tableKind("invoice_lines")).toBe("invoice");
    expect(tableKind("support_tickets")).toBe("support");
    expect(tableKind("klanten")).toBe("person");
    expect(tableKind("newsletter_subscriptions")).toBe("person");
    expect(tableKind("organisations")).toBe("organisation");
    expect(tableKind("products")).toBeUndefined();
  });
});
