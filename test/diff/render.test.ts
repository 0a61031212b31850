import { beforeAll, describe, expect, it } from "vitest";
import { type Change, diffRegisters, renderDiff, versionOf } from "../../src/diff/index.js";
import { escapeMarkdown } from "../../src/diff/render.js";
import type { Register } from "../../src/register/schema/register.js";
import { demoRegister } from "../record/demo.js";

let demo: Register;
let next: Register;
let changes: Change[];

beforeAll(async () => {
  demo = await demoRegister();
  next = structuredClone(demo);
  next.statement.version = "3.1";
  next.statement.effective_date = "2027-01-01";
  next.rights.response_time = "2 weeks";
  next.retention.contract_data!.period = "24 months";
  changes = diffRegisters(demo, next);
});

const versions = () => ({ oldVersion: versionOf(demo), newVersion: versionOf(next) });

describe("the change notice in Markdown", () => {
  it("has a title, an intro with versions and date, the notify-level changes first, then the rest", () => {
    expect(renderDiff(changes, { lang: "nl", format: "md", ...versions() })).toBe(
      [
        "# Wat verandert er in onze privacyverklaring",
        "",
        "Vanaf 1 januari 2027 geldt versie 3.1 van onze privacyverklaring. Die vervangt versie 3.0. Hieronder leest u wat er verandert.",
        "",
        "## Wat er voor u verandert",
        "",
        "- Account en abonnement: wij bewaren uw gegevens langer, van 12 maanden na het einde van de overeenkomst naar 24 maanden na het einde van de overeenkomst.",
        "",
        "## Overige wijzigingen",
        "",
        "- Wij beantwoorden uw verzoek voortaan binnen 2 weken (was: 1 maand).",
        "",
      ].join("\n"),
    );
  });

  it("is written in English on request", () => {
    const md = renderDiff(changes, { lang: "en", format: "md", ...versions() });
    expect(md).toContain("# What changes in our privacy statement\n");
    expect(md).toContain("From 1 January 2027, version 3.1 of our privacy statement applies. It replaces version 3.0.");
    expect(md).toContain("## What changes for you\n\n- Account and subscription: we keep your data longer");
    expect(md).toContain("## Other changes\n\n- We now answer your request within 2 weeks (was: 1 month).");
  });

  it("says there is nothing that affects people when nothing widens", () => {
    const infoOnly = changes.filter((c) => c.impact === "info");
    const md = renderDiff(infoOnly, { lang: "nl", format: "md", ...versions() });
    expect(md).toContain("Er zijn geen wijzigingen die u aangaan.");
    expect(md).not.toContain("## Wat er voor u verandert");
    expect(md).toContain("## Overige wijzigingen");
    const none = renderDiff([], { lang: "en", format: "md", oldVersion: versionOf(demo), newVersion: versionOf(demo) });
    expect(none).toBe(
      "# What changes in our privacy statement\n\n" +
        "Our privacy statement (version 3.0) has been updated. The changes apply from 1 November 2026.\n\n" +
        "There are no changes that affect you.\n",
    );
  });

  it("escapes register text that Markdown or HTML would read as markup", () => {
    expect(escapeMarkdown("a *b* [c](d) <script> `e` _f_ #g |h|")).toBe(
      "a \\*b\\* \\[c\\](d) \\<script\\> \\`e\\` \\_f\\_ \\#g \\|h\\|",
    );
    const edited = structuredClone(demo);
    edited.activities.support!.name = "Support <img src=x onerror=alert(1)>";
    edited.activities.support!.data_categories.push("identity.photo");
    const md = renderDiff(diffRegisters(demo, edited), { lang: "en", format: "md", ...versions() });
    expect(md).toContain("- Support \\<img src=x onerror=alert(1)\\>: we now also process your photo.");
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });
});

describe("the text and JSON reports", () => {
  it("prints one tagged line per change under a header", () => {
    expect(renderDiff(changes, { lang: "en", format: "text", ...versions() })).toBe(
      [
        "What changes in our privacy statement: 3.0 -> 3.1 (1 January 2027)",
        "[notify] Account and subscription: we keep your data longer, from 12 months after the contract ends to 24 months after the contract ends.",
        "[info] We now answer your request within 2 weeks (was: 1 month).",
        "",
      ].join("\n"),
    );
    const none = renderDiff([], { lang: "nl", format: "text", ...versions() });
    expect(none).toBe(
      "Wat verandert er in onze privacyverklaring: 3.0 -> 3.1 (1 januari 2027)\nEr zijn geen wijzigingen die u aangaan.\n",
    );
  });

  it("gives every change, the version included, as JSON with notify-level first", () => {
    const doc = JSON.parse(renderDiff(changes, { lang: "nl", format: "json", ...versions() }));
    expect(doc.language).toBe("nl");
    expect(doc.from).toEqual({ version: "3.0", effective_date: "2026-11-01" });
    expect(doc.to).toEqual({ version: "3.1", effective_date: "2027-01-01" });
    expect(doc.notify).toBe(true);
    expect(doc.changes.map((c: { kind: string }) => c.kind)).toEqual([
      "retention_longer",
      "version_changed",
      "response_time_changed",
    ]);
    expect(doc.changes[0]).toEqual({
      kind: "retention_longer",
      impact: "notify",
      ref: "activities.account.retention",
      message:
        "Account en abonnement: wij bewaren uw gegevens langer, van 12 maanden na het einde van de overeenkomst naar 24 maanden na het einde van de overeenkomst.",
    });
  });

  it("renders byte-identically for the same registers", () => {
    for (const format of ["text", "md", "json"] as const) {
      for (const lang of ["nl", "en"] as const) {
        const a = renderDiff(diffRegisters(demo, next), { lang, format, ...versions() });
        const b = renderDiff(diffRegisters(structuredClone(demo), structuredClone(next)), {
          lang,
          format,
          ...versions(),
        });
        expect(a).toBe(b);
      }
    }
  });
});
