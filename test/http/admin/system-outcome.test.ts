import { describe, expect, it } from "vitest";
import { eventLabel, systemOutcomeText } from "../../../src/http/admin/labels.js";

describe("an HTTP system's event in a request's history", () => {
  it("is named in both languages", () => {
    expect(eventLabel("system_erasure", "nl")).toBe("Systeem bereikt (verwijdering)");
    expect(eventLabel("system_access", "en")).toBe("System searched (access)");
    expect(eventLabel("system_objection", "nl")).toBe("Systeem bereikt (bezwaar)");
    expect(eventLabel("system_withdrawal", "en")).toBe("System reached (withdrawal of consent)");
    expect(eventLabel("system_restriction", "nl")).toBe("Systeem bereikt (beperking)");
  });

  it("says the system, the count and the outcome", () => {
    expect(systemOutcomeText({ system: "stripe", outcome: "erased", records: 3 }, "en")).toBe(
      "stripe: 3 records erased",
    );
    expect(systemOutcomeText({ system: "mailchimp", outcome: "found", records: 1 }, "nl")).toBe(
      "mailchimp: 1 record gevonden",
    );
    expect(systemOutcomeText({ system: "mailchimp", outcome: "not_found", records: 0 }, "nl")).toBe(
      "mailchimp: niet gevonden",
    );
    expect(systemOutcomeText({ system: "stripe", outcome: "failed", records: 0 }, "en")).toBe("stripe: failed");
    expect(systemOutcomeText({ system: "mailchimp", outcome: "stopped", records: 1 }, "nl")).toBe(
      "mailchimp: 1 record gestopt",
    );
    expect(systemOutcomeText({ system: "mailchimp", outcome: "not_concerned", records: 0 }, "en")).toBe(
      "mailchimp: not asked: the request is not about what the system does for it",
    );
  });
});
