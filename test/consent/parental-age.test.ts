import { describe, expect, it } from "vitest";
import { parentMail } from "../../src/consent/marketing/mails.js";
import { SUBSCRIPTION_WORDS } from "../../src/http/center/subscription-words.js";
import { parentalConsentAge } from "../../src/member-states/index.js";

// The privacy center's sign-up form and the mail to a parent name the age below which a parent must
// consent: the company's own minimum age, else its state's age of digital consent, never a fixed 16.

const mailText = (lang: "nl" | "en", established_in: string, minimumAge?: number) =>
  JSON.stringify(
    parentMail(
      lang,
      {
        org: "Voorbeeld",
        purpose: "nieuwsbrief",
        link: "https://example.test/p",
        age: parentalConsentAge({ established_in }, minimumAge),
      },
      "u",
    ),
  );

describe("the age a parent must consent below", () => {
  it("is the state's age of digital consent, with the article that sets it", () => {
    expect(parentalConsentAge({ established_in: "NL" })).toEqual({
      age: 16,
      article: { nl: "artikel 5 UAVG", en: "Article 5 UAVG" },
    });
    const belgian = parentalConsentAge({ established_in: "BE" });
    expect(belgian.age).toBe(13);
    expect(belgian.article?.nl).toMatch(/30 juli 2018/);
  });

  it("is the company's own age where it records one, and then cites no national article", () => {
    expect(parentalConsentAge({ established_in: "BE" }, 16)).toEqual({ age: 16 });
  });

  it("is what the form asks and the parent's mail says, in both languages", () => {
    const belgian = parentalConsentAge({ established_in: "BE" });
    expect(SUBSCRIPTION_WORDS.nl.minor(belgian)).toBe("Ik ben jonger dan 13 jaar");
    expect(SUBSCRIPTION_WORDS.en.parentEmailHint(belgian)).toMatch(/younger than 13\./);
    expect(SUBSCRIPTION_WORDS.nl.minorHint(belgian)).not.toMatch(/UAVG/);
    expect(SUBSCRIPTION_WORDS.en.minorHint(parentalConsentAge({ established_in: "BE" }, 15))).toBe(
      "Then a parent's or guardian's consent is needed.",
    );
    expect(mailText("nl", "BE")).toMatch(/onder de 13 jaar/);
    expect(mailText("nl", "BE")).not.toMatch(/UAVG/);
    expect(mailText("en", "NL")).toMatch(/under 16 need a parent's consent \(Article 5 UAVG\)/);
  });
});
