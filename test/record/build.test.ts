import { describe, expect, it } from "vitest";
import { buildRecord } from "../../src/record/index.js";
import { demoRegister, demoText, registerFrom } from "./demo.js";

describe("buildRecord on the demo register", () => {
  it("has one row per activity, in the register's order", async () => {
    const register = await demoRegister();
    const rows = buildRecord(register, "nl");
    expect(rows.map((r) => r.activity.id)).toEqual(Object.keys(register.activities));
    expect(rows[0]?.activity.label).toBe("Account en abonnement");
  });

  it("names the controller, its KvK number as its company registration and the DPO contact (Art. 30(1)(a))", async () => {
    const [row] = buildRecord(await demoRegister(), "nl");
    expect(row?.controller).toMatchObject({
      name: "Klantwijs B.V.",
      address: "Stationsplein 12, 3511 ED Utrecht, Nederland",
      email: "info@klantwijs.example",
      registration: "KvK 90123456",
      dpo: { name: "Functionaris gegevensbescherming", email: "fg@klantwijs.example" },
    });
    expect(row?.controller.representative).toBeUndefined();
  });

  it("derives the US transfer and its safeguard from the recipients' locations (Art. 30(1)(e))", async () => {
    const rows = buildRecord(await demoRegister(), "nl");
    const account = rows.find((r) => r.activity.id === "account");
    expect(account?.transfers).toEqual([
      {
        recipient: { id: "email_delivery", label: "Postmark (ActiveCampaign LLC)" },
        country: { id: "US", label: "Verenigde Staten" },
        safeguard: { id: "eu_us_dpf", label: "EU-US Data Privacy Framework (art. 45 AVG)" },
        details: "gecertificeerd onder het EU-US Data Privacy Framework",
      },
    ]);
    // The helpdesk stores data in Germany and the US: only the US is a transfer.
    const support = rows.find((r) => r.activity.id === "support");
    expect(support?.transfers.map((t) => t.country.id)).toEqual(["US"]);
    // Hosting in the Netherlands only: no transfer.
    expect(rows.find((r) => r.activity.id === "security_logging")?.transfers).toEqual([]);
  });

  it("gives the tax retention with its AWR hold (Art. 30(1)(f))", async () => {
    const invoicing = buildRecord(await demoRegister(), "nl").find((r) => r.activity.id === "invoicing");
    expect(invoicing?.retention).toMatchObject({
      id: "tax_records",
      period: { value: "7 years", label: "7 jaar" },
      start: { id: "financial_year_end", label: "einde van het boekjaar" },
      action: { id: "delete", label: "verwijderen" },
    });
    expect(invoicing?.retention?.holds).toEqual([
      {
        ground: { id: "legal_obligation", label: "wettelijke bewaarplicht" },
        law: "AWR art. 52(4)",
        period: { value: "7 years", label: "7 jaar" },
        applies_to: [
          { id: "financial.invoice", label: "facturen en betaalhistorie", special: undefined },
          { id: "financial.iban", label: "bankrekeningnummer (IBAN)", special: undefined },
        ],
        description: undefined,
      },
    ]);
  });

  it("labels purposes, bases, subjects, categories and recipients in the asked language", async () => {
    const register = await demoRegister();
    const nl = buildRecord(register, "nl").find((r) => r.activity.id === "security_logging");
    const en = buildRecord(register, "en").find((r) => r.activity.id === "security_logging");
    expect(nl?.legal_basis).toEqual({
      id: "legitimate_interest",
      label: "gerechtvaardigd belang (art. 6 lid 1 sub f AVG)",
    });
    expect(en?.legal_basis).toEqual({ id: "legitimate_interest", label: "legitimate interest (Art. 6(1)(f) GDPR)" });
    expect(en?.legitimate_interest).toBe("keeping your account and our systems secure");
    expect(en?.subjects).toEqual([{ id: "customers", label: "customers and their users" }]);
    expect(en?.data_categories.map((c) => c.id)).toEqual(["online.ip_address", "online.device", "online.usage"]);
    expect(en?.data_categories[0]?.label).toBe("IP address");
    expect(en?.recipients).toEqual([
      {
        id: "hosting",
        label: "CloudNL Hosting B.V.",
        kind: { id: "processor", label: "processor" },
        agreement: {
          status: { id: "signed", label: "signed" },
          signed_on: "2025-03-01",
          review_due: "2027-03-01",
          document: "contracts/cloudnl-verwerkersovereenkomst.pdf",
        },
        sub_processors: [
          {
            name: "Hetzner Online GmbH",
            service: "data centre",
            locations: [{ id: "DE", label: "Germany" }],
            safeguard: undefined,
          },
        ],
      },
    ]);
    expect(en?.security.measures.map((m) => m.id)).toContain("encryption_at_rest");
    expect(en?.security.certifications).toEqual(["ISO 27001"]);
  });

  it("names the controller on whose behalf a processor activity runs (Art. 30(2))", async () => {
    const rows = buildRecord(await demoRegister(), "en");
    const processing = rows.find((r) => r.activity.id === "customer_content");
    expect(processing?.role).toEqual({ id: "processor", label: "processor" });
    expect(processing?.on_behalf_of).toBe("the customer who enters the data");
    expect(rows.find((r) => r.activity.id === "account")?.on_behalf_of).toBeUndefined();
  });
});

describe("buildRecord on special cases", () => {
  it("marks special categories and gives the Art. 9 and BSN grounds", async () => {
    const text = (await demoText()).replace(
      "    data_categories: [identity.name, contact.address, financial.iban, financial.invoice, business.vat_id]",
      "    data_categories: [identity.name, identity.bsn, special.health]\n    special_category_ground: employment_social_security\n    bsn_ground: Wet op de loonbelasting 1964",
    );
    const row = buildRecord(await registerFrom(text), "nl").find((r) => r.activity.id === "invoicing");
    expect(row?.data_categories.map((c) => c.special)).toEqual([undefined, "bsn", "art9"]);
    expect(row?.special_category_ground?.id).toBe("employment_social_security");
    expect(row?.bsn_ground).toBe("Wet op de loonbelasting 1964");
  });

  it("says an adequate country needs no further safeguard, and leaves an unprotected one without", async () => {
    const text = (await demoText())
      .replace("    location: [NL]\n    sub_processors:", "    location: [NL, CH]\n    sub_processors:")
      .replace(
        "    location: [DE, US]\n    transfer: { safeguard: standard_contractual_clauses }",
        "    location: [IN]",
      );
    const rows = buildRecord(await registerFrom(text), "en");
    const account = rows.find((r) => r.activity.id === "account");
    expect(account?.transfers[0]).toMatchObject({
      country: { id: "CH", label: "Switzerland" },
      safeguard: { id: "adequacy" },
    });
    const support = rows.find((r) => r.activity.id === "support");
    expect(support?.transfers).toEqual([
      {
        recipient: { id: "helpdesk", label: "Freshworks Inc." },
        country: { id: "IN", label: "India" },
        safeguard: undefined,
        details: undefined,
      },
    ]);
  });

  it("counts a sub-processor outside the EEA as a transfer, with its own safeguard", async () => {
    const text = (await demoText()).replace(
      "location: [DE] }",
      "location: [DE] }\n      - { name: Backup Ltd, location: [IN], transfer: { safeguard: standard_contractual_clauses } }",
    );
    const account = buildRecord(await registerFrom(text), "nl").find((r) => r.activity.id === "account");
    expect(account?.transfers).toContainEqual({
      recipient: { id: "hosting", label: "Backup Ltd (subverwerker van CloudNL Hosting B.V.)" },
      country: { id: "IN", label: "India" },
      safeguard: { id: "standard_contractual_clauses", label: expect.any(String) },
      details: undefined,
    });
  });

  it("lists joint controllers and the EU representative", async () => {
    const text = (await demoText()).replace(
      "  dpo: { name: Functionaris gegevensbescherming, email: fg@klantwijs.example }",
      "  dpo: { name: Functionaris gegevensbescherming, email: fg@klantwijs.example }\n" +
        "  representative: { name: EU Rep B.V., email: rep@eurep.example }\n" +
        "  joint_controllers: [{ name: Partner B.V., email: privacy@partner.example, responsibilities: handles access requests }]",
    );
    const [row] = buildRecord(await registerFrom(text), "en");
    expect(row?.controller.representative).toMatchObject({ name: "EU Rep B.V.", email: "rep@eurep.example" });
    expect(row?.controller.joint_controllers).toEqual([
      expect.objectContaining({
        name: "Partner B.V.",
        email: "privacy@partner.example",
        responsibilities: "handles access requests",
      }),
    ]);
  });
});
