import { beforeAll, describe, expect, it } from "vitest";
import { checkRegister } from "../../src/check/check.js";
import { accessJson } from "../../src/datasets/package/files.js";
import { accessPackageFiles } from "../../src/datasets/package/files.js";
import { diffRegisters, renderDiff, versionOf } from "../../src/diff/index.js";
import { buildRecord, renderRecord } from "../../src/record/index.js";
import { recordDocument } from "../../src/record/pdf.js";
import type { Register } from "../../src/register/schema/register.js";
import { buildStatement, renderStatement } from "../../src/statement/index.js";
import { memoryReader } from "../helpers/memory.js";
import { demoRegister, demoText, registerFrom } from "../record/demo.js";

/**
 * A register may leave the statement's version and effective date out: `check` warns, and every
 * document made from it says nothing of either rather than printing a placeholder.
 */
let text: string;
let bare: Register;
let demo: Register;
beforeAll(async () => {
  text = (await demoText()).replace(/^ {2}version: .*\n/m, "").replace(/^ {2}effective_date: .*\n/m, "");
  bare = await registerFrom(text);
  demo = await demoRegister();
});

const LANGS = ["nl", "en"] as const;
/** Words that appear only where a missing value was printed anyway. */
const PLACEHOLDER = /undefined|null|NaN|Invalid Date/;

describe("a register without statement version and effective date", () => {
  it("loads, and check warns about each", async () => {
    expect(bare.statement.version).toBeUndefined();
    expect(bare.statement.effective_date).toBeUndefined();
    const files = memoryReader({ "/r/privacy.yaml": text, "/r/datasets.yaml": "" });
    const result = await checkRegister("/r/privacy.yaml", files);
    const found = result.diagnostics.filter((d) => d.rule === "statement-version-missing");
    expect(found.map((d) => d.severity)).toEqual(["warning", "warning"]);
    expect(found.every((d) => d.hint)).toBe(true);
  });

  for (const lang of LANGS) {
    it(`gives a statement (${lang}) with no version or date sentence, in every format`, async () => {
      const doc = buildStatement(bare, lang);
      expect(doc.subtitle).toBeUndefined();
      expect(doc.effectiveDate).toBeUndefined();
      const md = (await renderStatement(bare, { lang, format: "md" })) as string;
      const html = (await renderStatement(bare, { lang, format: "html" })) as string;
      for (const out of [md, html]) {
        expect(out).not.toMatch(PLACEHOLDER);
        expect(out).not.toMatch(/versie \S|version \S|geldig vanaf|effective \d/i);
      }
      expect(html).not.toContain('<p class="meta">');
      const pdf = (await renderStatement(bare, { lang, format: "pdf" })) as Buffer;
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    });

    it(`says only the part that is recorded (${lang})`, async () => {
      const { effective_date: _d, ...versionOnly } = demo.statement;
      const { version: _v, ...dateOnly } = demo.statement;
      const v = buildStatement({ ...demo, statement: versionOnly }, lang);
      const d = buildStatement({ ...demo, statement: dateOnly }, lang);
      expect(v.subtitle).toBe(lang === "nl" ? "Versie 3.0" : "Version 3.0");
      expect(d.subtitle).toBe(lang === "nl" ? "Geldig vanaf 1 november 2026" : "Effective 1 November 2026");
      const changes = (doc: typeof v) => JSON.stringify(doc.sections.find((s) => s.id === "changes"));
      expect(changes(v)).toContain(lang === "nl" ? "Dit is versie 3.0." : "This is version 3.0.");
      expect(changes(d)).toContain(
        lang === "nl" ? "Deze versie geldt vanaf 1 november 2026." : "This version is effective from 1 November 2026.",
      );
    });

    it(`gives the Art. 30 record (${lang}) as JSON with nulls and as PDF saying "not recorded"`, async () => {
      const json = JSON.parse((await renderRecord(bare, { format: "json", lang })) as string);
      expect(json.generated_from).toEqual({ version: null, effective_date: null });
      const block = JSON.stringify((recordDocument(bare, buildRecord(bare, lang), lang).content as unknown[])[1]);
      expect(block).toContain(
        lang === "nl" ? '"Versie","bold":true},"niet vastgelegd"' : '"Version","bold":true},"not recorded"',
      );
      expect(block).not.toMatch(PLACEHOLDER);
      const a = (await renderRecord(bare, { format: "pdf", lang })) as Buffer;
      const b = (await renderRecord(bare, { format: "pdf", lang })) as Buffer;
      expect(a.equals(b)).toBe(true);
    });

    it(`diffs against a versioned register both ways (${lang})`, () => {
      for (const [before, after] of [
        [demo, bare],
        [bare, demo],
        [bare, bare],
      ] as const) {
        const changes = diffRegisters(before, after);
        const options = { lang, oldVersion: versionOf(before), newVersion: versionOf(after) };
        for (const format of ["text", "md"] as const)
          expect(renderDiff(changes, { ...options, format })).not.toMatch(PLACEHOLDER);
        const json = JSON.parse(renderDiff(changes, { ...options, format: "json" }));
        expect(json.to).toEqual(versionOf(after));
      }
      const text = renderDiff(diffRegisters(demo, bare), {
        lang,
        format: "text",
        oldVersion: versionOf(demo),
        newVersion: versionOf(bare),
      });
      expect(text.split("\n")[0]).toMatch(lang === "nl" ? /: 3\.0 -> zonder nummer$/ : /: 3\.0 -> unnumbered$/);
      const dropped = diffRegisters(demo, bare).find((c) => c.kind === "version_changed");
      expect(dropped?.message[lang]).toBe(
        lang === "nl"
          ? "Een versie zonder nummer of datum vervangt versie 3.0, geldig vanaf 1 november 2026."
          : "A version without a number or date replaces version 3.0, effective 1 November 2026.",
      );
      const md = renderDiff(diffRegisters(demo, bare), {
        ...{ lang, format: "md" },
        oldVersion: versionOf(demo),
        newVersion: versionOf(bare),
      });
      expect(md).toContain(
        lang === "nl"
          ? "Onze privacyverklaring is aangepast. Die vervangt versie 3.0."
          : "Our privacy statement has been updated. It replaces version 3.0.",
      );
    });
  }

  it("gives an access package whose JSON has a null register version and whose PDF renders", async () => {
    const result = { sections: [], categories: [], steps: [] };
    expect(JSON.parse(accessJson(bare, result)).register_version).toBeNull();
    const files = await accessPackageFiles(bare, result, { lang: "nl", readable: true });
    const pdf = files.find((f) => f.name === "index.pdf")?.content as Buffer;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(files.find((f) => f.name === "index.html")?.content).not.toMatch(PLACEHOLDER);
  });
});
