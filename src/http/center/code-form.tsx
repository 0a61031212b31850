import type { ResendResult, VerifyResult } from "../../requests/index.js";
import type { Lang } from "../../kernel/index.js";
import type { FormOfAddress } from "../../vocabulary/index.js";
import { Notice, SubmitButton, TextField } from "../pages/components.js";
import { type CenterWords, centerWords } from "./words.js";

/** What the code form shows after an attempt: the problem beside the field, or a notice above it. */
export interface CodeFormState {
  error?: string;
  /** The request can no longer be verified: no form, only this message. */
  locked?: boolean;
  /** A new code went out. */
  resent?: boolean;
  /** Why no new code went out. */
  resendRefused?: string;
}

/** What the page says after "send a new code". */
export function resendOutcome(words: CenterWords, result: ResendResult): CodeFormState {
  if (result.sent) return { resent: true };
  switch (result.reason) {
    case "too_soon":
      return { resendRefused: words.newCodeTooSoon(result.waitSeconds) };
    case "too_many":
      return { resendRefused: words.newCodeTooMany };
    case "locked":
      return { locked: true };
  }
}

/** The words for a refused code, with the tries left when the code was wrong. */
export function refusal(words: CenterWords, result: Exclude<VerifyResult, { ok: true }>): CodeFormState {
  switch (result.reason) {
    case "wrong":
      return { error: words.codeWrong(result.attemptsLeft) };
    case "expired":
      return { error: words.codeExpired };
    case "locked":
      return { locked: true };
  }
}

/** Codes are six digits; people paste them with spaces or dashes. */
export function typedCode(value: string): string {
  return value.replace(/[\s-]/g, "");
}

/**
 * The one-time code input, with a second small form that asks for a new code (the first expired or
 * never arrived). Both post to paths the caller gives: the "check your e-mail" page and the status page
 * use the same form.
 */
export function CodeForm(props: {
  lang: Lang;
  form: FormOfAddress;
  action: string;
  resendAction: string;
  state?: CodeFormState;
}) {
  const words = centerWords(props.lang, props.form);
  const state = props.state ?? {};
  if (state.locked)
    return (
      <Notice kind="error">
        <p>{words.codeLocked}</p>
      </Notice>
    );
  return (
    <>
      {state.resent ? (
        <Notice kind="success">
          <p>{words.newCodeSent}</p>
        </Notice>
      ) : null}
      {state.resendRefused ? (
        <Notice kind="error">
          <p>{state.resendRefused}</p>
        </Notice>
      ) : null}
      <form method="post" action={props.action} novalidate>
        <TextField
          name="code"
          label={words.codeLabel}
          hint={words.codeHint}
          className="code"
          inputMode="numeric"
          autocomplete="one-time-code"
          maxLength={12}
          required
          error={state.error}
        />
        <SubmitButton>{words.verifySubmit}</SubmitButton>
      </form>
      <form method="post" action={props.resendAction}>
        <p>
          <button type="submit" class="secondary">
            {words.newCode}
          </button>
        </p>
      </form>
    </>
  );
}
