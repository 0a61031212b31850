import type { Rule } from "../rule.js";

const MASKS = ["bsn", "photo", "mrz", "document_number"] as const;

export const idCopyByDefault: Rule = {
  id: "id-copy-by-default",
  severity: "error",
  article: "EDPB Guidelines 01/2022, GDPR Art. 5(1)(c), Art. 12(6)",
  summary: "An ID-document copy is asked for only on reasonable doubt, never by default.",
  hint: "set id_copy: never (or on_doubt) and verify with the account login or a code sent to a known address",
  *run({ register }) {
    if (register.rights.verification?.id_copy === "always") {
      yield {
        path: ["rights", "verification", "id_copy"],
        message:
          "Every request requires a copy of an identity document; that is disproportionate (the AP fined a publisher EUR 525,000 for it in 2022).",
      };
    }
  },
};

export const idCopyUnmasked: Rule = {
  id: "id-copy-unmasked",
  severity: "error",
  article: "EDPB Guidelines 01/2022, UAVG art. 46, GDPR Art. 5(1)(c)",
  summary:
    "Where an ID copy is used, BSN, photo, MRZ and document number are masked and the copy is deleted after verification.",
  *run({ register }) {
    const v = register.rights.verification;
    const usesCopies = v?.id_copy === "on_doubt" || v?.id_copy === "always" || v?.methods.includes("id_copy");
    if (!v || !usesCopies) return;
    const unmasked = MASKS.filter((m) => !v.id_copy_masking.includes(m));
    if (unmasked.length > 0) {
      yield {
        path: v.id_copy_masking.length ? ["rights", "verification", "id_copy_masking"] : ["rights", "verification"],
        atKey: true,
        message: `ID copies are used without masking ${unmasked.join(", ")}.`,
        hint: `add id_copy_masking: [${MASKS.join(", ")}]`,
      };
    }
    if (v.delete_id_copy_after_verification !== true) {
      const stated = v.delete_id_copy_after_verification === false;
      yield {
        path: stated ? ["rights", "verification", "delete_id_copy_after_verification"] : ["rights", "verification"],
        atKey: !stated,
        message: "ID copies are not deleted once the identity is confirmed.",
        hint: "set delete_id_copy_after_verification: true",
      };
    }
  },
};
