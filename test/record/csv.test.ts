import { describe, expect, it } from "vitest";
import { guardFormula, quoteField, toCsv } from "../../src/documents/csv.js";
import { COLUMNS } from "../../src/record/columns.js";
import { renderRecord } from "../../src/record/index.js";
import { demoRegister, demoText, registerFrom } from "./demo.js";
import { parseCsv } from "./rfc4180.js";

const withoutBom = (text: string) => {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text.slice(1);
};

describe("CSV writing", () => {
  it("quotes fields with a comma, a quote or a line break and doubles inner quotes", () => {
    expect(quoteField("plain text")).toBe("plain text");
    expect(quoteField("a, b")).toBe('"a, b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField("line\nbreak")).toBe('"line\nbreak"');
    expect(quoteField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    for (const hostile of ["=1+1", "+31 6 12345678", "-2+3", "@SUM(A1:A2)", "\t=cmd", "\r=cmd"]) {
      expect(guardFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(guardFormula("Klantwijs = fijn")).toBe("Klantwijs = fijn");
    expect(guardFormula("")).toBe("");
  });

  it("ends every record with CRLF, including the last", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe("\uFEFFa,b\r\nc,d\r\n");
  });

  it("round-trips hostile cells through an RFC 4180 reader", () => {
    const cells = [
      ['=HYPERLINK("http://evil.example","klik")', 'quote " inside', "comma, here"],
      ["multi\r\nline", "naïve ünïcode €", ""],
    ];
    const parsed = parseCsv(withoutBom(toCsv(cells)));
    expect(parsed).toEqual([
      ['\'=HYPERLINK("http://evil.example","klik")', 'quote " inside', "comma, here"],
      ["multi\r\nline", "naïve ünïcode €", ""],
    ]);
  });
});

describe("the record as CSV", () => {
  it("has a header row and one row per activity, each as wide as the header", async () => {
    const register = await demoRegister();
    const rows = parseCsv(withoutBom((await renderRecord(register, { format: "csv" })) as string));
    expect(rows[0]).toEqual(COLUMNS.map((c) => c.header.nl));
    expect(rows).toHaveLength(1 + Object.keys(register.activities).length);
    for (const row of rows) expect(row).toHaveLength(COLUMNS.length);
  });

  it("puts the transfer, the hold and the DPO in their columns, multi-valued cells joined with '; '", async () => {
    const rows = parseCsv(
      withoutBom((await renderRecord(await demoRegister(), { format: "csv", lang: "en" })) as string),
    );
    const [header, ...body] = rows;
    const at = (activity: string, column: string) => body.find((r) => r[0] === activity)?.[header!.indexOf(column)];
    expect(at("Account and subscription", "Transfers outside the EEA (country and safeguard)")).toBe(
      "United States (US), Postmark (ActiveCampaign LLC): EU-US Data Privacy Framework (Art. 45 GDPR) – certified under the EU-US Data Privacy Framework",
    );
    expect(at("Account and subscription", "Recipients")).toBe(
      "CloudNL Hosting B.V. (processor) – processing agreement signed on 2025-03-01, review 2027-03-01, document contracts/cloudnl-verwerkersovereenkomst.pdf – sub-processors: Hetzner Online GmbH (data centre, Germany); Postmark (ActiveCampaign LLC) (processor) – processing agreement signed",
    );
    expect(at("Invoicing and payment", "Kept longer under")).toBe(
      "legal obligation, AWR art. 52(4), 7 years: invoices and payment history, bank account number (IBAN)",
    );
    expect(at("Invoicing and payment", "Retention period")).toBe("7 years");
    expect(at("Invoicing and payment", "Retention starts at")).toBe("end of the financial year");
    expect(at("Newsletter", "Data protection officer")).toBe("Functionaris gegevensbescherming, fg@klantwijs.example");
    expect(at("Data customers enter in Klantwijs", "On behalf of controller (Art. 30(2))")).toBe(
      "the customer who enters the data",
    );
  });

  it("keeps hostile register text as inert, intact cells", async () => {
    const text = (await demoText())
      .replace(
        "name: { nl: Nieuwsbrief, en: Newsletter }\n    purpose:",
        'name: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"\n    purpose:',
      )
      .replace(
        "    retention: until_withdrawn\n",
        '    retention: until_withdrawn\n    notes: "@SUM(1+1)\\r\\nsecond line, with \\"quotes\\""\n',
      );
    const register = await registerFrom(text);
    const rows = parseCsv(withoutBom((await renderRecord(register, { format: "csv" })) as string));
    const header = rows[0]!;
    const newsletter = rows.find((r) => r[0]?.includes("HYPERLINK"));
    expect(newsletter?.[0]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(newsletter?.[header.indexOf("Opmerkingen")]).toBe('\'@SUM(1+1)\r\nsecond line, with "quotes"');
    expect(rows).toHaveLength(1 + Object.keys(register.activities).length);
  });
});
