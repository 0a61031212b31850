import type { AuditEntry, ChainProblem, StoredAuditVerification } from "../../../audit/index.js";
import { type Lang, textIn } from "../../../kernel/index.js";
import { Notice } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { formatInstant } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { ScrollTable } from "./table.js";
import { AdminFrame, type PageContext } from "./frame.js";

/** A problem the chain check found, in the console's language; it names the entry to look at. */
export function problemText(p: ChainProblem, lang: Lang): string {
  switch (p.kind) {
    case "changed":
      return textIn(lang, {
        nl: `nr. ${p.seq} is gewijzigd nadat het is geschreven`,
        en: `no. ${p.seq} was changed after it was written`,
      });
    case "removed":
      return textIn(lang, {
        nl: `na nr. ${p.afterSeq} ontbreken ${p.missing} vermelding(en)`,
        en: `${p.missing} entr${p.missing === 1 ? "y" : "ies"} missing after no. ${p.afterSeq}`,
      });
    case "reordered":
      return textIn(lang, { nl: `nr. ${p.seq} staat niet op volgorde`, en: `no. ${p.seq} is out of order` });
    case "moved":
      return textIn(lang, {
        nl: `nr. ${p.seq} is geschreven als nr. ${p.writtenAs}`,
        en: `no. ${p.seq} was written as no. ${p.writtenAs}`,
      });
    case "broken-link":
      return textIn(lang, {
        nl: `nr. ${p.seq} sluit niet aan op de vorige`,
        en: `no. ${p.seq} does not follow the one before`,
      });
    case "head-mismatch":
      return textIn(lang, {
        nl: `nr. ${p.seq} is niet de laatst geschreven`,
        en: `no. ${p.seq} is not the last one written`,
      });
  }
}

export interface AuditView {
  entries: AuditEntry[];
  /** The lowest number shown, when older entries exist. */
  olderBefore?: number;
  verification?: StoredAuditVerification;
}

/** The audit log newest first, and on request the result of checking the whole chain. */
export function auditPage(page: PageContext, view: AuditView): string {
  const words = adminWords(page.lang);
  const v = view.verification;
  return renderPage(
    <AdminFrame page={page} title={words.auditTitle}>
      <h1>{words.auditTitle}</h1>
      {v ? (
        v.ok ? (
          <Notice kind="success">
            <p>{words.auditIntact}</p>
          </Notice>
        ) : (
          <Notice kind="error" title={words.auditBroken}>
            <ul>
              {v.problems.map((p, i) => (
                <li key={i}>{problemText(p, page.lang)}</li>
              ))}
            </ul>
          </Notice>
        )
      ) : (
        <p>
          <a href={`${ADMIN_PREFIX}/audit?verify=1`}>{words.verifyChain}</a>
        </p>
      )}
      <AuditTable entries={view.entries} lang={page.lang} caption={words.auditTitle} />
      {view.olderBefore !== undefined ? (
        <p>
          <a href={`${ADMIN_PREFIX}/audit?before=${view.olderBefore}`}>{words.olderEntries}</a>
        </p>
      ) : null}
    </AdminFrame>,
  );
}

/** Audit entries as a table; shared with the request page's trail. */
export function AuditTable(props: { entries: AuditEntry[]; lang: Lang; caption: string; id?: string }) {
  const words = adminWords(props.lang);
  if (props.entries.length === 0) return <p>{words.noAudit}</p>;
  return (
    <ScrollTable id={props.id ?? "audit-table"} caption={props.caption}>
      <thead>
        <tr>
          <th scope="col">{words.colSeq}</th>
          <th scope="col">{words.colAt}</th>
          <th scope="col">{words.colActor}</th>
          <th scope="col">{words.colAction}</th>
          <th scope="col">{words.colSubject2}</th>
          <th scope="col">{words.colData}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => (
          <tr key={e.seq}>
            <th scope="row">{e.seq}</th>
            <td>{formatInstant(e.at, props.lang)}</td>
            <td>{e.actor}</td>
            <td>{e.action}</td>
            <td>{e.subject_type ? `${e.subject_type} ${e.subject_id ?? ""}` : ""}</td>
            <td>
              <code>{e.data}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
