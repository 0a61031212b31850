import { isValidKvkNumber, normalizePostcode } from "../../identifiers/index.js";
import type { Organization, Path } from "../../register/index.js";
import type { Finding, Rule } from "../rule.js";
import { vatNumberProblem } from "./vat-number.js";

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

export const identifierInvalid: Rule = {
  id: "identifier-invalid",
  severity: "error",
  article: "GDPR Art. 13(1)(a), Art. 30(1)(a)",
  summary:
    "The KvK number, the VAT number (Dutch BTW-id or another member state's) and Dutch postcodes of the organization are well formed.",
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
    const vat = vatNumberProblem(org);
    if (vat !== undefined) found.push({ path: ["organization", "vat_id"], ...vat });
    for (const [path, address] of addresses(org)) {
      if (
        address?.country === "NL" &&
        address.postcode !== undefined &&
        normalizePostcode(address.postcode) === undefined
      ) {
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
