import type { AccessGrant, Engagement, GrantUse } from "../../../access-grants/index.js";
import { can } from "../../../auth/index.js";
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { type AccessWords, accessWords } from "../access-words.js";
import { formatInstant } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { EngagementsSection } from "./access-engagements.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";
import { ScrollTable } from "./table.js";

export interface GrantForm {
  tenant?: string;
  party?: string;
  reason?: string;
  referenceKind?: string;
  reference?: string;
  minutes?: string;
}

export interface GrantsView {
  grants: AccessGrant[];
  /** The open projects and incidents, shown to those who may open and close them. */
  engagements: Engagement[];
  engagementForm?: { kind?: string; engagementRef?: string; title?: string };
  engagementErrors?: FieldErrors;
  /** The parties a grant may be for: staff first, then the register's external parties with their labels. */
  parties: { id: string; label: string }[];
  maxMinutes: number;
  notice?: string;
  form?: GrantForm;
  errors?: FieldErrors;
}

export const partyName = (grant: AccessGrant, parties: GrantsView["parties"]) =>
  parties.find((p) => p.id === grant.party)?.label ?? grant.party;

/** Every grant with its state, and the form to ask for one. */
export function accessGrantsPage(page: PageContext, view: GrantsView): string {
  const words = accessWords(page.lang);
  const csrf = page.session?.csrfToken ?? "";
  const errors = view.errors ?? {};
  const mayAsk = page.session !== null && can(page.session.user.role, "access.request");
  const mayApprove = page.session !== null && can(page.session.user.role, "access.approve");
  return renderPage(
    <AdminFrame page={page} title={words.title}>
      <h1>{words.title}</h1>
      {view.notice ? <Notice kind="success">{view.notice}</Notice> : null}
      <p>{words.intro}</p>
      {view.grants.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ScrollTable id="grants-table" caption={words.title}>
          <thead>
            <tr>
              <th scope="col">{words.colTenant}</th>
              <th scope="col">{words.colParty}</th>
              <th scope="col">{words.colReason}</th>
              <th scope="col">{words.colReference}</th>
              <th scope="col">{words.colState}</th>
              <th scope="col">{words.colUntil}</th>
            </tr>
          </thead>
          <tbody>
            {view.grants.map((grant) => (
              <tr key={grant.id}>
                <th scope="row">
                  <a href={`${ADMIN_PREFIX}/access-grants/${grant.id}`}>{grant.tenant}</a>
                </th>
                <td>{partyName(grant, view.parties)}</td>
                <td>{grant.reason}</td>
                <td>
                  {words.kinds[grant.reference.kind]} {grant.reference.id}
                </td>
                <td>{words.states[grant.state]}</td>
                <td>{grant.expiresAt ? formatInstant(grant.expiresAt, page.lang) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {mayAsk ? <RequestForm page={page} view={view} words={words} csrf={csrf} errors={errors} /> : null}
      {mayApprove ? (
        <EngagementsSection
          page={page}
          words={words}
          csrf={csrf}
          engagements={view.engagements}
          errors={view.engagementErrors ?? {}}
          form={view.engagementForm ?? {}}
        />
      ) : null}
    </AdminFrame>,
  );
}

function RequestForm(props: {
  page: PageContext;
  view: GrantsView;
  words: AccessWords;
  csrf: string;
  errors: FieldErrors;
}) {
  const { view, words, errors } = props;
  const form = view.form ?? {};
  const order = ["tenant", "party", "reason", "referenceKind", "reference", "minutes"];
  return (
    <>
      <h2 id="ask-access">{words.requestTitle}</h2>
      <ErrorSummary title={adminWords(props.page.lang).errorSummary} errors={errors} order={order} />
      <form method="post" action={`${ADMIN_PREFIX}/access-grants`} aria-labelledby="ask-access">
        <CsrfField token={props.csrf} />
        <TextField
          name="tenant"
          label={words.tenant}
          hint={words.tenantHint}
          value={form.tenant}
          error={errors.tenant}
          required
        />
        <SelectField
          name="party"
          label={words.party}
          choices={view.parties.map((p) => ({ value: p.id, label: p.label }))}
          value={form.party ?? "staff"}
          placeholder={words.chooseParty}
          error={errors.party}
          required
        />
        <TextArea
          name="reason"
          label={words.reason}
          hint={words.reasonHint}
          value={form.reason}
          error={errors.reason}
          maxLength={500}
          required
        />
        <RadioGroup
          name="referenceKind"
          label={words.referenceKind}
          choices={(["ticket", "project", "incident"] as const).map((k) => ({ value: k, label: words.kinds[k]! }))}
          value={form.referenceKind ?? "ticket"}
          error={errors.referenceKind}
          required
        />
        <TextField name="reference" label={words.reference} value={form.reference} error={errors.reference} required />
        <TextField
          name="minutes"
          label={words.minutes}
          hint={words.minutesHint(view.maxMinutes)}
          value={form.minutes}
          error={errors.minutes}
          inputMode="numeric"
        />
        <button type="submit">{words.ask}</button>
      </form>
    </>
  );
}

export interface GrantDetailView {
  grant: AccessGrant;
  uses: GrantUse[];
  partyLabel: string;
  /** Console users' names by actor (`user:<id>`); other actors are shown as recorded. */
  names: Record<string, string>;
  notice?: string;
  error?: string;
  /** A token just made: shown in this response only. */
  token?: { value: string; expiresAt: string };
}

/** One grant: who asked and approved, the customer's approval, its window, its uses, and what may be done now. */
export function accessGrantPage(page: PageContext, view: GrantDetailView): string {
  const words = accessWords(page.lang);
  const csrf = page.session?.csrfToken ?? "";
  const { grant } = view;
  const role = page.session?.user.role;
  const open = grant.state === "requested" || grant.state === "awaiting_customer" || grant.state === "active";
  const when = (iso: string | null) => (iso ? formatInstant(iso, page.lang) : "–");
  const who = (actor: string) => view.names[actor] ?? actor;
  const action = (path: string) => `${ADMIN_PREFIX}/access-grants/${grant.id}/${path}`;
  return renderPage(
    <AdminFrame page={page} title={`${words.detailTitle}: ${grant.tenant}`}>
      <h1>
        {words.detailTitle}: {grant.tenant}
      </h1>
      {view.notice ? <Notice kind="success">{view.notice}</Notice> : null}
      {view.error ? (
        <Notice kind="error" title={words.refused}>
          {view.error}
        </Notice>
      ) : null}
      {view.token ? (
        <div class="notice success" role="status">
          <h2>{words.tokenTitle}</h2>
          <p>{words.tokenShownOnce(when(view.token.expiresAt))}</p>
          <p>
            <code>{view.token.value}</code>
          </p>
        </div>
      ) : null}
      <dl>
        <dt>{words.colState}</dt>
        <dd>{words.states[grant.state]}</dd>
        <dt>{words.colParty}</dt>
        <dd>{view.partyLabel}</dd>
        <dt>{words.colReason}</dt>
        <dd>{grant.reason}</dd>
        <dt>{words.colReference}</dt>
        <dd>
          {words.kinds[grant.reference.kind]} {grant.reference.id}
        </dd>
        <dt>{words.colRequested}</dt>
        <dd>
          {who(grant.requestedBy)}, {when(grant.requestedAt)}
        </dd>
        <dt>{words.colApproved}</dt>
        <dd>{grant.approvedBy ? `${who(grant.approvedBy)}, ${when(grant.approvedAt)}` : "–"}</dd>
        <dt>{words.colCustomer}</dt>
        <dd>
          {words.customer[grant.customerApproval]}
          {grant.customerDecidedBy ? ` (${grant.customerDecidedBy}, ${when(grant.customerDecidedAt)})` : ""}
        </dd>
        <dt>{words.colWindow}</dt>
        <dd>{grant.startsAt ? `${when(grant.startsAt)} – ${when(grant.expiresAt)}` : "–"}</dd>
        {grant.revokedAt ? (
          <>
            <dt>{words.states.revoked}</dt>
            <dd>
              {grant.revokeReason}, {grant.revokedBy ? `${who(grant.revokedBy)}, ` : ""}
              {when(grant.revokedAt)}
            </dd>
          </>
        ) : null}
      </dl>
      {role && grant.state === "requested" && can(role, "access.approve") ? (
        <form method="post" action={action("approve")}>
          <CsrfField token={csrf} />
          <button type="submit">{words.approve}</button>
        </form>
      ) : null}
      {role && grant.state === "active" && can(role, "access.request") ? (
        <form method="post" action={action("token")}>
          <CsrfField token={csrf} />
          <button type="submit">{words.token}</button>
        </form>
      ) : null}
      {role && open && can(role, "access.approve") ? (
        <form method="post" action={action("revoke")}>
          <CsrfField token={csrf} />
          <TextField name="revoke-reason" label={words.revokeReason} required />
          <button type="submit">{words.revoke}</button>
        </form>
      ) : null}
      <h2>{words.usesTitle}</h2>
      {view.uses.length === 0 ? (
        <p>{words.noUses}</p>
      ) : (
        <ScrollTable id="uses-table" caption={words.usesTitle}>
          <thead>
            <tr>
              <th scope="col">{words.colAt}</th>
              <th scope="col">{words.colAction}</th>
              <th scope="col">{words.colWithin}</th>
            </tr>
          </thead>
          <tbody>
            {view.uses.map((use) => (
              <tr key={use.seq}>
                <th scope="row">{when(use.at)}</th>
                <td>
                  <code>{use.action}</code>
                </td>
                <td>{use.withinGrant ? words.within : words.outside}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </AdminFrame>,
  );
}
