import { type Activity, type CategoryInfo, dataCategories, type Register } from "../../register/index.js";
import type { Finding, Rule } from "../rule.js";

type Special = NonNullable<CategoryInfo["special"]>;

/** Activities that process a category of the given kind without the ground that kind requires. */
function* withoutGround(
  register: Register,
  special: Special,
  ground: (a: Activity) => unknown,
  describe: (id: string, categories: string[]) => string,
): Generator<Finding> {
  const categories = dataCategories(register);
  for (const [id, activity] of Object.entries(register.activities)) {
    // The ground is the controller's to have; a processor processes on it (Art. 28(3)(a)).
    if (activity.role === "processor" || ground(activity)) continue;
    const hits = activity.data_categories.filter((c) => categories[c]?.special === special);
    const first = hits[0];
    if (first === undefined) continue;
    yield {
      path: ["activities", id, "data_categories", activity.data_categories.indexOf(first)],
      message: describe(id, hits),
    };
  }
}

const list = (categories: string[]) => categories.map((c) => `"${c}"`).join(", ");

export const bsnWithoutGround: Rule = {
  id: "bsn-without-ground",
  severity: "error",
  article: "UAVG art. 46",
  summary: "The BSN is processed only where a law prescribes it; the activity names that law.",
  hint: "add bsn_ground: the law (e.g. Wet op de loonbelasting 1964 for payroll), or stop processing the BSN",
  *run({ register }) {
    yield* withoutGround(
      register,
      "bsn",
      (a) => a.bsn_ground,
      (id) =>
        `Activity "${id}" processes the BSN without naming the law that allows it; a private company may almost never keep one.`,
    );
  },
};

export const specialCategoryWithoutGround: Rule = {
  id: "special-category-without-ground",
  severity: "error",
  article: "GDPR Art. 9(2), UAVG art. 22-30",
  summary: "Special categories of data are processed only on an Art. 9(2) ground.",
  hint: "add special_category_ground: e.g. explicit_consent",
  *run({ register }) {
    yield* withoutGround(
      register,
      "art9",
      (a) => a.special_category_ground,
      (id, hits) => `Activity "${id}" processes special categories (${list(hits)}) without an Art. 9(2) ground.`,
    );
  },
};

export const criminalDataWithoutGround: Rule = {
  id: "criminal-data-without-ground",
  severity: "error",
  article: "GDPR Art. 10, UAVG art. 31-33",
  summary: "Criminal-law data is processed only on a ground the UAVG allows.",
  hint: "add criminal_data_ground: the UAVG article or law that allows it",
  *run({ register }) {
    yield* withoutGround(
      register,
      "art10",
      (a) => a.criminal_data_ground,
      (id, hits) =>
        `Activity "${id}" processes criminal-law data (${list(hits)}) without a ground under Art. 10 and the UAVG.`,
    );
  },
};
