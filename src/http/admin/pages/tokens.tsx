import { API_SCOPES, type ApiToken } from "../../../auth/index.js";
import { ErrorSummary, type FieldErrors, Notice, TextField } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { formatInstant } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { ScrollTable } from "./table.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";

export interface TokensView {
  tokens: ApiToken[];
  notice?: string;
  /** The value of a token just created: this response is the only place it ever appears. */
  created?: { name: string; token: string };
  form?: { name?: string; scopes?: string[] };
  errors?: FieldErrors;
}

/** API tokens: their scopes and use, a revoke button for each live one, and the form to create one. */
export function tokensPage(page: PageContext, view: TokensView): string {
  const words = adminWords(page.lang);
  const csrf = page.session?.csrfToken ?? "";
  const errors = view.errors ?? {};
  const chosen = new Set(view.form?.scopes ?? ["requests:read"]);
  return renderPage(
    <AdminFrame page={page} title={words.tokensTitle}>
      <h1>{words.tokensTitle}</h1>
      {view.created ? (
        <div class="notice success" role="status">
          <h2>
            {words.tokenCreated}: {view.created.name}
          </h2>
          <p>{words.tokenShownOnce}</p>
          <p>
            <code>{view.created.token}</code>
          </p>
        </div>
      ) : null}
      {view.notice ? <Notice kind="success">{view.notice}</Notice> : null}
      <p>{words.tokensIntro}</p>
      <ScrollTable id="tokens-table" caption={words.tokensTitle}>
        <thead>
          <tr>
            <th scope="col">{words.colName}</th>
            <th scope="col">{words.colScopes}</th>
            <th scope="col">{words.colCreated}</th>
            <th scope="col">{words.colLastUsed}</th>
            <th scope="col">{words.colState}</th>
            <th scope="col">{words.actions}</th>
          </tr>
        </thead>
        <tbody>
          {view.tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>{token.scopes.join(", ")}</td>
              <td>{formatInstant(token.createdAt, page.lang)}</td>
              <td>{token.lastUsedAt ? formatInstant(token.lastUsedAt, page.lang) : words.never}</td>
              <td>{token.revokedAt ? `${words.revoked} ${formatInstant(token.revokedAt, page.lang)}` : words.live}</td>
              <td>
                {token.revokedAt === null ? (
                  <form method="post" action={`${ADMIN_PREFIX}/tokens/${token.id}/revoke`}>
                    <CsrfField token={csrf} />
                    <button type="submit" aria-label={`${words.revoke}: ${token.name}`}>
                      {words.revoke}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2 id="create-token">{words.createToken}</h2>
      <ErrorSummary title={words.errorSummary} errors={errors} order={["name", "scopes"]} />
      <form method="post" action={`${ADMIN_PREFIX}/tokens`} aria-labelledby="create-token">
        <CsrfField token={csrf} />
        <TextField
          name="name"
          label={words.tokenName}
          hint={words.tokenNameHint}
          value={view.form?.name}
          error={errors.name}
          required
        />
        <fieldset id="scopes" aria-describedby={errors.scopes ? "scopes-error" : undefined}>
          <legend>{words.scopes}</legend>
          {errors.scopes ? (
            <p class="field-error" id="scopes-error">
              {errors.scopes}
            </p>
          ) : null}
          {API_SCOPES.map((scope) => (
            <div class="choice" key={scope}>
              <input type="checkbox" id={`scope-${scope}`} name="scopes" value={scope} checked={chosen.has(scope)} />
              <label for={`scope-${scope}`}>{scope}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{words.create}</button>
      </form>
    </AdminFrame>,
  );
}
