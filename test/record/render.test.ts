import { describe, expect, it } from "vitest";
import { buildRecord, renderRecord } from "../../src/record/index.js";
import { recordDocument } from "../../src/record/pdf.js";
import { demoRegister } from "./demo.js";

describe("the record as JSON", () => {
  it("has the controller, the register version and the activities", async () => {
    const register = await demoRegister();
    const doc = JSON.parse((await renderRecord(register, { format: "json" })) as string);
    expect(Object.keys(doc)).toEqual(["language", "controller", "generated_from", "security", "activities"]);
    expect(doc.generated_from).toEqual({ version: "3.0", effective_date: "2026-11-01" });
    expect(doc.controller.name).toBe("Klantwijs B.V.");
    expect(doc.controller.dpo.email).toBe("fg@klantwijs.example");
    expect(doc.activities.map((a: { id: string }) => a.id)).toEqual(Object.keys(register.activities));
  });

  it("gives every activity the same keys in the same order, null where the register says nothing", async () => {
    const doc = JSON.parse((await renderRecord(await demoRegister(), { format: "json", lang: "en" })) as string);
    const shapes = doc.activities.map((a: object) => Object.keys(a).join(","));
    expect(new Set(shapes).size).toBe(1);
    expect(shapes[0]).toBe(
      "id,name,role,on_behalf_of,purpose,legal_basis,legitimate_interest,special_category_ground,criminal_data_ground," +
        "bsn_ground,subjects,data_categories,recipients,transfers,retention,notes",
    );
    const account = doc.activities[0];
    expect(account.legitimate_interest).toBeNull();
    expect(account.data_categories[0]).toEqual({ id: "identity.name", label: "name", special: null });
    expect(account.transfers[0].country).toEqual({ id: "US", label: "United States" });
  });

  it("is pretty-printed and ends with a newline", async () => {
    const text = (await renderRecord(await demoRegister(), { format: "json" })) as string;
    expect(text.startsWith('{\n  "language": "nl",')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("the record as PDF", () => {
  it("is a PDF", async () => {
    const pdf = (await renderRecord(await demoRegister(), { format: "pdf" })) as Buffer;
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("is a landscape A4 table with a title block, a repeated header row and page numbers", async () => {
    const register = await demoRegister();
    const doc = recordDocument(register, buildRecord(register, "en"), "en");
    expect(doc.pageSize).toBe("A4");
    expect(doc.pageOrientation).toBe("landscape");
    const content = doc.content as { text?: string; table?: { headerRows?: number; body: unknown[][] } }[];
    expect(content[0]?.text).toBe("Record of processing activities (Art. 30 GDPR)");
    const block = JSON.stringify(content[1]);
    expect(block).toContain("Klantwijs B.V., Stationsplein 12");
    expect(block).toContain("3.0, effective 2026-11-01");
    expect(block).toContain("fg@klantwijs.example");
    const table = content[2]?.table;
    expect(table?.headerRows).toBe(1);
    expect(table?.body).toHaveLength(1 + Object.keys(register.activities).length);
    const footer = doc.footer as (page: number, pages: number) => { text: string };
    expect(footer(2, 5).text).toBe("Page 2 of 5");
  });

  it('says "none" for the DPO only where the register says so, else that it is not recorded', async () => {
    const demo = await demoRegister();
    const block = (register: typeof demo) =>
      JSON.stringify((recordDocument(register, buildRecord(register, "en"), "en").content as unknown[])[1]);
    const { dpo: _dpo, ...organization } = demo.organization;
    const unrecorded = { ...demo, organization };
    expect(block(unrecorded)).toContain('"Data protection officer","bold":true},"not recorded"');
    expect(block({ ...unrecorded, none: ["dpo"] })).toContain('"Data protection officer","bold":true},"none"');
  });

  it("runs onto more pages when the register is long", async () => {
    const register = await demoRegister();
    const many = structuredClone(register);
    for (let i = 0; i < 40; i++) many.activities[`copy_${i}`] = register.activities.invoicing!;
    const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
    const short = pages((await renderRecord(register, { format: "pdf" })) as Buffer);
    const long = pages((await renderRecord(many, { format: "pdf" })) as Buffer);
    expect(long).toBeGreaterThan(short);
  });
});

describe("determinism", () => {
  for (const format of ["csv", "json", "pdf"] as const) {
    for (const lang of ["nl", "en"] as const) {
      it(`renders ${format} (${lang}) byte-identically twice`, async () => {
        const a = await renderRecord(await demoRegister(), { format, lang });
        const b = await renderRecord(await demoRegister(), { format, lang });
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      });
    }
  }

  it("defaults to Dutch", async () => {
    const register = await demoRegister();
    const fallback = await renderRecord(register, { format: "csv" });
    expect(fallback).toBe(await renderRecord(register, { format: "csv", lang: "nl" }));
    expect(fallback).not.toBe(await renderRecord(register, { format: "csv", lang: "en" }));
  });
});
