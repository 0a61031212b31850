import type { ComponentChildren } from "preact";

/**
 * Form parts that meet WCAG 2.1 AA on their own: every input has a <label>, a hint and an error are
 * tied to the input with aria-describedby, an input in error says so with aria-invalid, and the error
 * text comes before the input so a screen reader reads it first.
 */

/** Messages by field name; a field's message is shown next to it and listed in the summary. */
export type FieldErrors = Record<string, string>;

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

const describedBy = (name: string, hint?: string, error?: string) =>
  [error ? `${name}-error` : "", hint ? `${name}-hint` : ""].filter(Boolean).join(" ") || undefined;

function Describe({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField(
  props: FieldBase & {
    type?: "text" | "email" | "tel";
    value?: string;
    autocomplete?: string;
    inputMode?: "numeric" | "text";
    className?: string;
    maxLength?: number;
  },
) {
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <Describe name={props.name} hint={props.hint} error={props.error} />
      <input
        id={props.name}
        name={props.name}
        // Preact's input types discriminate on `type`; one literal selects the text-like variant for all three.
        type={(props.type ?? "text") as "text"}
        value={props.value ?? ""}
        required={props.required}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        class={props.className}
        maxLength={props.maxLength}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
      />
    </div>
  );
}

export function TextArea(props: FieldBase & { value?: string; maxLength?: number }) {
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <Describe name={props.name} hint={props.hint} error={props.error} />
      <textarea
        id={props.name}
        name={props.name}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
      >
        {props.value ?? ""}
      </textarea>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** Radio buttons in a fieldset whose legend asks the question. */
export function RadioGroup(props: FieldBase & { choices: Choice[]; value?: string }) {
  return (
    <fieldset id={props.name} aria-describedby={describedBy(props.name, props.hint, props.error)}>
      <legend>{props.label}</legend>
      <Describe name={props.name} hint={props.hint} error={props.error} />
      {props.choices.map((choice) => {
        const id = `${props.name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              required={props.required}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
            />
            <div>
              <label for={id}>{choice.label}</label>
              {choice.hint ? (
                <p class="hint" id={`${id}-hint`}>
                  {choice.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A drop-down list; `placeholder` is the empty first option that means "nothing chosen". */
export function SelectField(props: FieldBase & { choices: Choice[]; value?: string; placeholder: string }) {
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <Describe name={props.name} hint={props.hint} error={props.error} />
      <select
        id={props.name}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
      >
        <option value="">{props.placeholder}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value} selected={props.value === choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Checkboxes in a fieldset; each checked box posts its value under the group's name. */
export function CheckboxGroup(props: FieldBase & { choices: Choice[]; values?: readonly string[] }) {
  return (
    <fieldset id={props.name} aria-describedby={describedBy(props.name, props.hint, props.error)}>
      <legend>{props.label}</legend>
      <Describe name={props.name} hint={props.hint} error={props.error} />
      {props.choices.map((choice) => {
        const id = `${props.name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="checkbox"
              id={id}
              name={props.name}
              value={choice.value}
              checked={props.values?.includes(choice.value)}
            />
            <label for={id}>{choice.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The list of problems at the top of a form that came back with errors, each a link to its field:
 * keyboard users jump straight to what needs fixing.
 */
export function ErrorSummary(props: { title: string; errors: FieldErrors; order?: string[] }) {
  const names = props.order?.filter((n) => props.errors[n]) ?? Object.keys(props.errors);
  if (names.length === 0) return null;
  return (
    <div class="notice error" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{props.title}</h2>
      <ul>
        {names.map((name) => (
          <li key={name}>
            <a href={`#${name}`}>{props.errors[name]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Notice(props: { kind?: "info" | "error" | "success"; title?: string; children: ComponentChildren }) {
  const kind = props.kind ?? "info";
  // Errors and outcomes must reach screen-reader users the moment the page shows them (WCAG 4.1.3).
  const role = kind === "error" ? "alert" : kind === "success" ? "status" : undefined;
  return (
    <div class={kind === "info" ? "notice" : `notice ${kind}`} role={role}>
      {props.title ? <h2>{props.title}</h2> : null}
      {props.children}
    </div>
  );
}

export function SubmitButton({ children }: { children: ComponentChildren }) {
  return <button type="submit">{children}</button>;
}
