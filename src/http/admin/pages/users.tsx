import { type User, USER_ROLES } from "../../../auth/index.js";
import { ErrorSummary, type FieldErrors, Notice, TextField } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { formatInstant } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { roleName } from "../role-names.js";
import { adminWords } from "../words.js";
import { ScrollTable } from "./table.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";

export interface UsersView {
  users: User[];
  notice?: string;
  problem?: string;
  form?: { email?: string; name?: string; role?: string };
  errors?: FieldErrors;
}

const FIELDS = ["name", "email", "role", "password"];

/** The accounts, a button to disable each active one (not one's own), and the form to add one. */
export function usersPage(page: PageContext, view: UsersView): string {
  const words = adminWords(page.lang);
  const csrf = page.session?.csrfToken ?? "";
  const errors = view.errors ?? {};
  const own = page.session?.user.id;
  return renderPage(
    <AdminFrame page={page} title={words.usersTitle}>
      <h1>{words.usersTitle}</h1>
      {view.notice ? <Notice kind="success">{view.notice}</Notice> : null}
      {view.problem ? (
        <Notice kind="error">
          <p>{view.problem}</p>
        </Notice>
      ) : null}
      <ScrollTable id="users-table" caption={words.usersTitle}>
        <thead>
          <tr>
            <th scope="col">{words.colName}</th>
            <th scope="col">{words.email}</th>
            <th scope="col">{words.colRole}</th>
            <th scope="col">{words.colState}</th>
            <th scope="col">{words.actions}</th>
          </tr>
        </thead>
        <tbody>
          {view.users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.name}</th>
              <td>{user.email}</td>
              <td>{roleName(user.role, page.lang)}</td>
              <td>
                {user.disabledAt ? `${words.disabled} ${formatInstant(user.disabledAt, page.lang)}` : words.active}
              </td>
              <td>
                {user.disabledAt === null && user.id !== own ? (
                  <form method="post" action={`${ADMIN_PREFIX}/users/${user.id}/disable`}>
                    <CsrfField token={csrf} />
                    <button type="submit" aria-label={`${words.disable}: ${user.name}`}>
                      {words.disable}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2 id="add-user">{words.addUser}</h2>
      <ErrorSummary title={words.errorSummary} errors={errors} order={FIELDS} />
      <form method="post" action={`${ADMIN_PREFIX}/users`} aria-labelledby="add-user">
        <CsrfField token={csrf} />
        <TextField name="name" label={words.name} value={view.form?.name} error={errors.name} required />
        <TextField
          name="email"
          type="email"
          label={words.email}
          value={view.form?.email}
          error={errors.email}
          autocomplete="off"
          required
        />
        <div class="field">
          <label for="role">{words.role}</label>
          {errors.role ? (
            <p class="field-error" id="role-error">
              {errors.role}
            </p>
          ) : null}
          <select
            id="role"
            name="role"
            aria-invalid={errors.role ? "true" : undefined}
            aria-describedby={errors.role ? "role-error" : undefined}
          >
            {USER_ROLES.map((role) => (
              <option key={role} value={role} selected={(view.form?.role ?? "support") === role}>
                {roleName(role, page.lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="password">{words.initialPassword}</label>
          <p class="hint" id="password-hint">
            {words.initialPasswordHint}
          </p>
          {errors.password ? (
            <p class="field-error" id="password-error">
              {errors.password}
            </p>
          ) : null}
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            aria-invalid={errors.password ? "true" : undefined}
            aria-describedby={errors.password ? "password-error password-hint" : "password-hint"}
          />
        </div>
        <button type="submit">{words.add}</button>
      </form>
    </AdminFrame>,
  );
}
