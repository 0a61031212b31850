import { isDutchPostcode, isValidBtwId, isValidKvkNumber } from "../../identifiers/index.js";
import type { Organization, Path } from "../../register/index.js";
import type { Finding, Rule } from "../rule.js";

type Address = NonNullable<Organization["address"]>;

/** Every place in organization that holds an address, with its register path. */
function addresses(org: Organization): [Path, Address | undefined][] {
  const out: [Path, Address | undefined][] = [[["organization", "address"], org.address]];
  const contacts = {
    contact: org.contact,
    privacy_officer: org.privacy_officer,
    dpo: org.dpo,
    representative: org.representative,
  };
  for (const [key, contact] of Object.entries(contacts)) out.push([["organization", key, "address"], contact?.address]);
  for (const [i, c] of (org.joint_controllers ?? []).entries()) {
    out.push([["organization", "joint_controllers", i, "address"], c.address]);
  }
  return out;
}

/** A VAT number of another country has its own format; only Dutch ones and ids without a country prefix are checked. */
function isForeignVatId(text: string): boolean {
  const prefix = text.trim().slice(0, 2).toUpperCase();
  return /^[A-Z]{2}$/.test(prefix) && prefix !== "NL";
}

export const identifierInvalid: Rule = {
  id: "identifier-invalid",
  severity: "error",
  article: "GDPR Art. 13(1)(a), Art. 30(1)(a)",
  summary: "The KvK number, BTW-id and Dutch postcodes of the organization are well formed.",
  *run({ register }) {
    const org = register.organization;
    const found: Finding[] = [];
    if (org.kvk !== undefined && !isValidKvkNumber(org.kvk)) {
      found.push({
        path: ["organization", "kvk"],
        message: "organization.kvk is not a KvK number: it has eight digits.",
        hint: 'write the eight digits in quotes, e.g. kvk: "90123456"',
      });
    }
    if (org.vat_id !== undefined && !isForeignVatId(org.vat_id) && !isValidBtwId(org.vat_id)) {
      found.push({
        path: ["organization", "vat_id"],
        message:
          "organization.vat_id is not a valid Dutch BTW-id (NL, nine digits, B, two digits, with a valid check).",
        hint: "copy the BTW-id from a recent VAT return or invoice",
      });
    }
    for (const [path, address] of addresses(org)) {
      if (address?.country === "NL" && address.postcode !== undefined && !isDutchPostcode(address.postcode)) {
        found.push({
          path: [...path, "postcode"],
          message: `${path.join(".")}.postcode is not a Dutch postcode.`,
          hint: "write four digits, a space and two capitals, e.g. 3511 ED",
        });
      }
    }
    yield* found;
  },
};
