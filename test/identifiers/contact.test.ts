import { isIPv4 as nodeIsIPv4, isIPv6 as nodeIsIPv6 } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEmailAddress } from "../../src/identifiers/email.js";
import { isIPv4, isIPv6, isIpAddress } from "../../src/identifiers/ip.js";
import { isPhoneNumber, normalizePhone } from "../../src/identifiers/phone.js";

describe("e-mail", () => {
  it("accepts ordinary addresses", () => {
    for (const ok of ["info@klantwijs.example", "jan.de.vries+nieuws@voorbeeld.nl", "a@b.co", "zoë@bücher.de"]) {
      expect(isEmailAddress(ok), ok).toBe(true);
    }
  });

  it("rejects what is not an address", () => {
    for (const bad of [
      "",
      "info",
      "@voorbeeld.nl",
      "info@",
      "info@localhost",
      "in fo@voorbeeld.nl",
      "a..b@voorbeeld.nl",
      ".a@voorbeeld.nl",
      "a@-voorbeeld.nl",
      "a@voorbeeld.n1",
      `${"a".repeat(65)}@voorbeeld.nl`,
    ]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });

  it("accepts generated addresses", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        // fast-check may generate a numeric or quoted form outside the pragmatic subset; only letter TLDs are checked.
        fc.pre(/\.[a-z]{2,}$/i.test(email) && email.length <= 254);
        expect(isEmailAddress(email)).toBe(true);
      }),
    );
  });
});

describe("phone", () => {
  it("normalises Dutch numbers to E.164", () => {
    expect(normalizePhone("020-123 4567")).toBe("+31201234567");
    expect(normalizePhone("06 12345678")).toBe("+31612345678");
    expect(normalizePhone("+31 (0)30 123 4567")).toBe("+31301234567");
    expect(normalizePhone("0031 6 1234 5678")).toBe("+31612345678");
  });

  it("keeps other international numbers and rejects junk", () => {
    expect(normalizePhone("+1 (415) 555-2671")).toBe("+14155552671");
    for (const bad of ["", "12345", "06-1234567", "+31 6 1234 56789", "+0123456789", "tel: 0612345678", "0012"]) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
  });
});

describe("IP addresses", () => {
  it("accepts and rejects IPv4 like Node does, minus leading zeros", () => {
    expect(isIPv4("192.168.1.1")).toBe(true);
    expect(isIPv4("256.1.1.1")).toBe(false);
    expect(isIPv4("01.2.3.4")).toBe(false);
    fc.assert(fc.property(fc.ipV4(), (ip) => isIPv4(ip)));
  });

  it("agrees with Node on generated and mangled IPv6 addresses", () => {
    for (const ok of ["::", "::1", "2001:db8::1", "fe80::1:2", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8"])
      expect(isIPv6(ok), ok).toBe(true);
    for (const bad of [":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "::ffff:999.0.0.1", "1.2.3.4::"])
      expect(isIPv6(bad), bad).toBe(false);
    fc.assert(fc.property(fc.ipV6(), (ip) => isIPv6(ip)));
    const mangled = fc
      .tuple(fc.ipV6(), fc.nat(40), fc.constantFrom("", ":", "::", "g", "1", "."))
      .map(([ip, at, s]) => {
        const i = at % (ip.length + 1);
        return ip.slice(0, i) + s + ip.slice(i + 1);
      });
    fc.assert(fc.property(mangled, (ip) => isIPv6(ip) === nodeIsIPv6(ip)));
  });

  it("combines both in isIpAddress", () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => isIpAddress(ip) === (nodeIsIPv4(ip) || nodeIsIPv6(ip))),
    );
    expect(isIpAddress("not an ip")).toBe(false);
  });
});
