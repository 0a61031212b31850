import { type Lang, LANGUAGES, type RequestType } from "../../kernel/index.js";
import type { Register } from "../../register/index.js";
import { requestNoun } from "../../mail/index.js";
import { type FormOfAddress, RIGHT_EXPLANATION, RIGHT_NAME, wordsIn } from "../../vocabulary/index.js";
import {
  CheckboxGroup,
  ErrorSummary,
  type FieldErrors,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../pages/components.js";
import { commonWords } from "../pages/i18n.js";
import { langPath } from "./frame.js";
import { CONSENT_ID_TYPES, type FormValues } from "./form-input.js";
import {
  CORRECTION_ROWS,
  consentPurposes,
  correctableFields,
  identityInputs,
  objectableActivities,
} from "./form-options.js";
import { offeredTypes, TYPE_RIGHT } from "../../requests/index.js";
import { REVIEW_FIELDS, ReviewFields } from "./review-fields.js";
import { centerWords } from "./words.js";

/** Step one: which right. A plain GET form, so it works without JavaScript and the choice is a link. */
export function ChooseTypePage({ register, lang }: { register: Register; lang: Lang }) {
  const form = register.statement.address;
  const words = centerWords(lang, form);
  return (
    <>
      <h1>{words.chooseTitle}</h1>
      <form method="get" action={langPath(lang, "request")}>
        <RadioGroup
          name="type"
          label={words.chooseQuestion}
          required
          choices={offeredTypes(register).map((type) => ({
            value: type,
            label: RIGHT_NAME[TYPE_RIGHT[type]][lang],
            hint: wordsIn(RIGHT_EXPLANATION[TYPE_RIGHT[type]], lang, register.statement.address),
          }))}
        />
        <SubmitButton>{words.next}</SubmitButton>
      </form>
    </>
  );
}

const one = (values: FormValues, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
};
const many = (values: FormValues, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
};

/** The order fields appear in, so the error summary lists problems top to bottom. */
function fieldOrder(register: Register): string[] {
  return [
    "email",
    ...identityInputs(register).map((f) => f.name),
    ...Array.from({ length: CORRECTION_ROWS }, (_, i) => [
      `correction_field_${i + 1}`,
      `correction_value_${i + 1}`,
    ]).flat(),
    "activities",
    "purposes",
    ...REVIEW_FIELDS,
    "note",
    "lang",
  ];
}

/** The fields only one kind of request has: what to correct, what the objection or withdrawal is about. */
function TypeDetails(props: {
  register: Register;
  lang: Lang;
  type: RequestType;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { register, lang, type, values, errors } = props;
  const words = centerWords(lang, register.statement.address);
  if (type === "rectification") {
    const fields = correctableFields(register, lang);
    return (
      <fieldset>
        <legend>{words.corrections}</legend>
        <p class="hint">{words.correctionHint}</p>
        {Array.from({ length: CORRECTION_ROWS }, (_, i) => i + 1).map((row) => (
          <div key={row}>
            <SelectField
              name={`correction_field_${row}`}
              label={words.correctionField(row)}
              placeholder={words.chooseField}
              choices={fields}
              value={one(values, `correction_field_${row}`)}
              required={row === 1}
              error={errors[`correction_field_${row}`]}
            />
            <TextField
              name={`correction_value_${row}`}
              label={words.correctionValue(row)}
              value={one(values, `correction_value_${row}`)}
              required={row === 1}
              maxLength={1000}
              error={errors[`correction_value_${row}`]}
            />
          </div>
        ))}
      </fieldset>
    );
  }
  if (type === "objection") {
    const activities = objectableActivities(register, lang);
    return (
      <>
        <CheckboxGroup
          name="direct_marketing"
          // The same term in Dutch and English.
          label="Direct marketing"
          choices={[{ value: "yes", label: words.directMarketing, hint: words.directMarketingHint }]}
          values={many(values, "direct_marketing")}
        />
        {activities.length === 0 ? null : (
          <CheckboxGroup
            name="activities"
            label={words.objectionActivities}
            hint={words.objectionHint}
            choices={activities}
            values={many(values, "activities")}
            error={errors.activities}
          />
        )}
        <ConsentIdField lang={lang} form={register.statement.address} values={values} errors={errors} />
      </>
    );
  }
  if (type === "withdrawal") {
    const purposes = consentPurposes(register, lang);
    return (
      <>
        {purposes.length === 0 ? null : (
          <CheckboxGroup
            name="purposes"
            label={words.withdrawalPurposes}
            hint={words.withdrawalHint}
            choices={purposes}
            values={many(values, "purposes")}
            error={errors.purposes}
          />
        )}
        <ConsentIdField lang={lang} form={register.statement.address} values={values} errors={errors} />
      </>
    );
  }
  if (type === "automated_decision_review")
    return <ReviewFields register={register} lang={lang} values={values} errors={errors} />;
  if (CONSENT_ID_TYPES.includes(type))
    return <ConsentIdField lang={lang} form={register.statement.address} values={values} errors={errors} />;
  return null;
}

/** The id the banner shows in its settings, to include (or end) the person's cookie choices too. */
function ConsentIdField(props: { lang: Lang; form: FormOfAddress; values: FormValues; errors: FieldErrors }) {
  const words = centerWords(props.lang, props.form);
  return (
    <TextField
      name="consent_id"
      label={words.consentId}
      hint={words.consentIdHint}
      value={one(props.values, "consent_id")}
      maxLength={36}
      error={props.errors.consent_id}
    />
  );
}

/** Step two: the form for one kind of request. Posts to the same address; errors come back beside their fields. */
export function RequestFormPage(props: {
  register: Register;
  lang: Lang;
  type: RequestType;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { register, lang, type } = props;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const words = centerWords(lang, register.statement.address);
  const common = commonWords(lang);
  const explainsReasons = type === "objection" || type === "erasure" || type === "restriction";
  return (
    <>
      <h1>{words.formTitle(requestNoun(type, lang))}</h1>
      <ErrorSummary title={common.errorSummary} errors={errors} order={fieldOrder(register)} />
      <p>{wordsIn(RIGHT_EXPLANATION[TYPE_RIGHT[type]], lang, register.statement.address)}</p>
      <p>{words.formIntro}</p>
      <form method="post" action={langPath(lang, "request")} novalidate>
        <input type="hidden" name="type" value={type} />
        <h2>{words.aboutYou}</h2>
        <TextField
          name="email"
          type="email"
          label={words.emailLabel}
          hint={words.emailHint}
          autocomplete="email"
          required
          maxLength={320}
          value={one(values, "email")}
          error={errors.email}
        />
        {identityInputs(register).map((field) => (
          <TextField
            key={field.name}
            name={field.name}
            type={field.inputType}
            label={words.identityLabel(field.type)}
            hint={words.identityHint}
            autocomplete={field.autocomplete}
            maxLength={320}
            value={one(values, field.name)}
            error={errors[field.name]}
          />
        ))}
        <h2>{words.detailsHeading}</h2>
        <TypeDetails register={register} lang={lang} type={type} values={values} errors={errors} />
        <TextArea
          name="note"
          label={explainsReasons ? words.reasonsLabel : words.noteLabel}
          hint={words.noteHint}
          maxLength={4000}
          value={one(values, "note")}
          error={errors.note}
        />
        <RadioGroup
          name="lang"
          label={words.langLabel}
          hint={words.langHint}
          value={one(values, "lang") ?? lang}
          error={errors.lang}
          choices={LANGUAGES.map((l) => ({ value: l, label: commonWords(l).languageName }))}
        />
        <SubmitButton>{words.submit}</SubmitButton>
      </form>
    </>
  );
}
