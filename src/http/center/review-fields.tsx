import type { Lang } from "../../kernel/index.js";
import { localize, type Register } from "../../register/index.js";
import { reviewableDecisions } from "../../requests/index.js";
import { type FieldErrors, RadioGroup, TextArea, TextField } from "../pages/components.js";
import type { FormValues } from "./form-input.js";
import { centerWords } from "./words.js";

/** The form's field names for a human review, in the order they appear. */
export const REVIEW_FIELDS = ["decision", "decision_reference", "decided_on", "view", "contests"] as const;

const one = (values: FormValues, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The decisions a person can ask to have reviewed, named as the register names them. */
function decisionChoices(register: Register, lang: Lang) {
  return reviewableDecisions(register).map(([id, decision]) => {
    const consequences = localize(decision.consequences, lang);
    return { value: id, label: localize(decision.name, lang) || id, ...(consequences ? { hint: consequences } : {}) };
  });
}

/**
 * Art. 22(3): which decision, its reference and date as the person has them, their point of view,
 * and whether they contest it. The only decisions offered are the register's of legal effect.
 */
export function ReviewFields(props: { register: Register; lang: Lang; values: FormValues; errors: FieldErrors }) {
  const { register, lang, values, errors } = props;
  const words = centerWords(lang, register.statement.address).review;
  return (
    <>
      <RadioGroup
        name="decision"
        label={words.decisionLabel}
        hint={words.decisionHint}
        required
        choices={decisionChoices(register, lang)}
        value={one(values, "decision")}
        error={errors.decision}
      />
      <TextField
        name="decision_reference"
        label={words.referenceLabel}
        hint={words.referenceHint}
        maxLength={200}
        value={one(values, "decision_reference")}
        error={errors.decision_reference}
      />
      <TextField
        name="decided_on"
        label={words.decidedOnLabel}
        hint={words.decidedOnHint}
        maxLength={10}
        value={one(values, "decided_on")}
        error={errors.decided_on}
      />
      <TextArea
        name="view"
        label={words.viewLabel}
        hint={words.viewHint}
        required
        maxLength={4000}
        value={one(values, "view")}
        error={errors.view}
      />
      <RadioGroup
        name="contests"
        label={words.contestsLabel}
        required
        choices={[
          { value: "yes", label: words.contestsYes },
          { value: "no", label: words.contestsNo },
        ]}
        value={one(values, "contests")}
        error={errors.contests}
      />
      <p class="hint">{words.whatHappens}</p>
    </>
  );
}
