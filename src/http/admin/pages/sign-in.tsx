import { Notice, TextField } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { AdminFrame, type PageContext } from "./frame.js";

export interface SignInView {
  /** The token of the pre-session cookie, echoed in the form (against login CSRF). */
  formToken: string;
  next: string;
  email?: string;
  failed?: boolean;
  /** Set when the failure has to wait before the next try: how long, in milliseconds. */
  retryAfterMs?: number;
  signedOut?: boolean;
}

/** A wait in whole seconds under two minutes, else in whole minutes, rounded up so it is never too short. */
export function waitText(ms: number, words: ReturnType<typeof adminWords>): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120 ? words.seconds(seconds) : words.minutes(Math.ceil(seconds / 60));
}

/**
 * The sign-in form. A failed attempt shows one message whatever went wrong, so the form tells nobody
 * which addresses have an account; a wait is counted per submitted address, known or not.
 */
export function signInPage(page: PageContext, view: SignInView): string {
  const words = adminWords(page.lang);
  return renderPage(
    <AdminFrame page={page} title={words.signIn}>
      <h1>{words.signIn}</h1>
      {view.failed ? (
        <Notice kind="error">
          <p>{view.retryAfterMs ? words.signInWait(waitText(view.retryAfterMs, words)) : words.signInFailed}</p>
        </Notice>
      ) : null}
      {view.signedOut ? <Notice kind="success">{words.signedOut}</Notice> : null}
      <p>{words.signInIntro}</p>
      <form method="post" action={`${ADMIN_PREFIX}/sign-in`}>
        <input type="hidden" name="_csrf" value={view.formToken} />
        <input type="hidden" name="next" value={view.next} />
        <TextField name="email" type="email" label={words.email} value={view.email} autocomplete="username" required />
        <div class="field">
          <label for="password">{words.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit">{words.signIn}</button>
      </form>
    </AdminFrame>,
  );
}
