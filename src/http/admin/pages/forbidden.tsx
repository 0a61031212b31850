import { renderPage } from "../../pages/render.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { AdminFrame, type PageContext } from "./frame.js";

/**
 * The 403 page, in the user's language. It says that the role does not reach, not what lies behind
 * the door; a form whose CSRF token failed gets its own wording, since signing in again or reloading
 * the page is then the remedy.
 */
export function forbiddenPage(page: PageContext, reason: "role" | "csrf"): string {
  const words = adminWords(page.lang);
  const [title, text] =
    reason === "role" ? [words.forbiddenTitle, words.forbiddenText] : [words.csrfTitle, words.csrfText];
  return renderPage(
    <AdminFrame page={page} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={`${ADMIN_PREFIX}/requests`}>{words.backToRequests}</a>
      </p>
    </AdminFrame>,
  );
}
