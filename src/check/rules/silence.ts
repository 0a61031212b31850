import {
  cookiesDeclared,
  dataCategories,
  declaredCategories,
  type NoneFact,
  type Path,
  type Register,
  thirdCountries,
} from "../../register/index.js";
import type { Finding, Rule } from "../rule.js";

// Silence is never a promise: an Art. 13 element the register leaves out is "not recorded", which the
// statement does not print, and these rules report. Saying "none" takes an entry under `none`.

const says = (register: Register, fact: NoneFact) => register.none.includes(fact);

export const recipientsUnrecorded: Rule = {
  id: "recipients-unrecorded",
  severity: "error",
  article: "GDPR Art. 13(1)(e), Art. 30(1)(d)",
  summary: "The register lists the recipients, or says under none that no one outside the organisation receives data.",
  hint: "list the recipients under recipients, or add none: [recipients]",
  *run({ register }) {
    if (Object.keys(register.recipients).length > 0 || says(register, "recipients")) return;
    yield {
      path: ["recipients"],
      atKey: true,
      message: "The register lists no recipients and does not say that no one receives the data.",
    };
  },
};

export const transfersUnrecorded: Rule = {
  id: "transfers-unrecorded",
  severity: "error",
  article: "GDPR Art. 13(1)(f), Art. 30(1)(e)",
  summary: "Every recipient's location is recorded, or the register says under none that no data leaves the EEA.",
  hint: "add location: the countries where the recipient stores or accesses the data (or none: [transfers])",
  *run({ register }) {
    if (says(register, "transfers")) return;
    for (const [id, recipient] of Object.entries(register.recipients)) {
      if (recipient.location.length > 0) continue;
      yield {
        path: ["recipients", id],
        atKey: true,
        message: `Recipient "${id}" has no location, so the statement cannot say whether data leaves the EEA.`,
      };
    }
  },
};

export const automatedDecisionsUnrecorded: Rule = {
  id: "automated-decisions-unrecorded",
  severity: "error",
  article: "GDPR Art. 13(2)(f), Art. 22",
  summary: "The register lists its automated decisions, or says under none that it takes none.",
  hint: "describe them under automated_decisions, or add none: [automated_decisions]",
  *run({ register }) {
    if (Object.keys(register.automated_decisions).length > 0 || says(register, "automated_decisions")) return;
    yield {
      path: [],
      message: "The register does not say whether decisions are taken solely by automated means.",
    };
  },
};

export const dpoUnrecorded: Rule = {
  id: "dpo-unrecorded",
  severity: "error",
  article: "GDPR Art. 13(1)(b), Art. 37",
  summary: "The organization names its data protection officer, or says under none that it has appointed none.",
  hint: "add organization.dpo with contact details, or none: [dpo]",
  *run({ register }) {
    if (register.organization.dpo || says(register, "dpo")) return;
    yield {
      path: ["organization"],
      atKey: true,
      message: "The register does not say whether a data protection officer is appointed.",
    };
  },
};

/** Each activity's first data category that is read from or stored on the device, with where it is listed. */
function deviceCategories(register: Register): { activity: string; label: string; path: Path }[] {
  const taxonomy = dataCategories(register);
  return Object.entries(register.activities).flatMap(([id, activity]) => {
    const index = activity.data_categories.findIndex((c) => taxonomy[c]?.on_device);
    const category = activity.data_categories[index];
    const label = category === undefined ? undefined : taxonomy[category]?.label.en;
    return label === undefined ? [] : [{ activity: id, label, path: ["activities", id, "data_categories", index] }];
  });
}

export const cookiesUnrecorded: Rule = {
  id: "cookies-unrecorded",
  severity: "warning",
  article: "Tw art. 11.7a",
  summary:
    "The register declares its cookies (singly, per category or by a cookie policy), or says under none that it uses none; an activity that collects data from the device makes this an error.",
  hint: "list them under cookies or cookie_categories, refer to cookie_policy, or add none: [cookies]",
  *run({ register }) {
    if (cookiesDeclared(register) || says(register, "cookies")) return;
    const collecting = deviceCategories(register);
    for (const { activity, label, path } of collecting) {
      yield {
        path,
        severity: "error",
        message: `Activity "${activity}" collects ${label}, which are read from or stored on the device, but the register declares no cookies, cookie categories or cookie policy.`,
      };
    }
    if (collecting.length > 0) return;
    yield { path: [], message: "The register does not say whether cookies or similar techniques are used." };
  },
};

/** Where the register records the very thing an entry under `none` denies, if anywhere. */
function contradiction(register: Register, fact: NoneFact): Finding | undefined {
  switch (fact) {
    case "recipients": {
      const first = Object.keys(register.recipients)[0];
      return first === undefined
        ? undefined
        : {
            path: ["recipients", first],
            atKey: true,
            message: `none says no one receives data, but recipient "${first}" does.`,
          };
    }
    case "transfers": {
      const abroad = Object.entries(register.recipients).find(([, r]) => thirdCountries(r.location).length > 0);
      return abroad === undefined
        ? undefined
        : {
            path: ["recipients", abroad[0], "location"],
            message: `none says no data leaves the EEA, but recipient "${abroad[0]}" is located outside it.`,
          };
    }
    case "cookies": {
      if (register.cookies.length > 0)
        return { path: ["cookies"], atKey: true, message: "none says no cookies are used, but cookies are listed." };
      const category = declaredCategories(register)[0];
      if (category)
        return {
          path: ["cookie_categories", category[0]],
          atKey: true,
          message: `none says no cookies are used, but the ${category[0]} cookie category is declared.`,
        };
      if (register.cookie_policy)
        return {
          path: ["cookie_policy"],
          atKey: true,
          message: "none says no cookies are used, but a cookie policy is referred to.",
        };
      const collecting = deviceCategories(register)[0];
      return collecting === undefined
        ? undefined
        : {
            path: collecting.path,
            message: `none says no cookies are used, but activity "${collecting.activity}" collects ${collecting.label}, which are read from or stored on the device.`,
          };
    }
    case "automated_decisions": {
      const first = Object.keys(register.automated_decisions)[0];
      return first === undefined
        ? undefined
        : {
            path: ["automated_decisions", first],
            atKey: true,
            message: `none says no automated decisions are taken, but "${first}" is one.`,
          };
    }
    case "dpo":
      return register.organization.dpo
        ? {
            path: ["organization", "dpo"],
            atKey: true,
            message: "none says no DPO is appointed, but organization.dpo names one.",
          }
        : undefined;
  }
}

export const noneContradicted: Rule = {
  id: "none-contradicted",
  severity: "error",
  article: "GDPR Art. 5(1)(a), Art. 12(1)",
  summary: "What the register says it does not do under none is not recorded elsewhere in it.",
  hint: "remove the entry from none, or the part of the register it contradicts",
  *run({ register }) {
    for (const fact of new Set(register.none)) {
      const found = contradiction(register, fact);
      if (found) yield found;
    }
  },
};
