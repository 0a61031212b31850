import type { ConsentProof, DailyAcceptance } from "../../../consent/index.js";
import { Notice, TextField } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { CONSENT_WORDS } from "../consent-words.js";
import { formatInstant } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { AcceptanceChart } from "./acceptance-chart.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";
import { ScrollTable } from "./table.js";

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

export interface ConsentOverview {
  /** Purpose id -> its name in the console's language. */
  names: Record<string, string>;
  acceptance: Record<string, DailyAcceptance[]>;
  lookup?: { consentId: string; problem?: string };
}

function LookupForm({ page, lookup }: { page: PageContext; lookup: ConsentOverview["lookup"] }) {
  const words = CONSENT_WORDS[page.lang];
  return (
    <form method="post" action={`${ADMIN_PREFIX}/consent/proof`}>
      <CsrfField token={page.session?.csrfToken ?? ""} />
      <TextField
        name="consent_id"
        label={words.consentId}
        hint={words.consentIdHint}
        value={lookup?.consentId ?? ""}
        maxLength={36}
        {...(lookup?.problem ? { error: lookup.problem } : {})}
      />
      <button type="submit">{words.show}</button>
    </form>
  );
}

/** Acceptance per purpose over time as a chart and tables, and the form that finds a consent id's proof. */
export function consentPage(page: PageContext, view: ConsentOverview): string {
  const words = CONSENT_WORDS[page.lang];
  const purposes = Object.keys(view.acceptance);
  const name = (id: string) => view.names[id] ?? id;
  return renderPage(
    <AdminFrame page={page} title={words.title}>
      <h1>{words.title}</h1>
      <p>{words.intro}</p>
      <h2 id="acceptance">{words.chartTitle}</h2>
      {purposes.length === 0 ? (
        <p>{words.noRecords}</p>
      ) : (
        <>
          <AcceptanceChart
            id="chart-acceptance"
            title={words.chartTitle}
            desc={words.chartDesc}
            lines={purposes.map((id) => ({ label: name(id), points: view.acceptance[id]! }))}
          />
          {purposes.map((id) => (
            <ScrollTable key={id} id={`table-acceptance-${id}`} caption={words.perPurpose(name(id))}>
              <thead>
                <tr>
                  <th scope="col">{words.colDay}</th>
                  <th scope="col">{words.colGranted}</th>
                  <th scope="col">{words.colRefused}</th>
                  <th scope="col">{words.colRate}</th>
                </tr>
              </thead>
              <tbody>
                {view.acceptance[id]!.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{d.day}</th>
                    <td>{d.granted}</td>
                    <td>{d.refused}</td>
                    <td>{percent(d.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          ))}
        </>
      )}
      <h2 id="proof">{words.lookupTitle}</h2>
      <LookupForm page={page} lookup={view.lookup} />
    </AdminFrame>,
  );
}

/** Every decision of one consent id: when, how, what was chosen, in which configuration, and the seal. */
export function consentProofPage(page: PageContext, proof: ConsentProof, names: Record<string, string>): string {
  const words = CONSENT_WORDS[page.lang];
  const yesNo = (on: boolean) => (on ? words.granted : words.refused);
  return renderPage(
    <AdminFrame page={page} title={words.proofTitle}>
      <h1>{words.proofTitle}</h1>
      <p>
        <code>{proof.consentId}</code>
      </p>
      <Notice kind={proof.intact ? "success" : "error"}>
        <p>{proof.intact ? words.intact : words.notIntact}</p>
        <p>{proof.sealed ? words.sealed : words.notSealed}</p>
      </Notice>
      <ScrollTable id="proof-table" caption={words.proofTitle}>
        <thead>
          <tr>
            <th scope="col">{words.colAt}</th>
            <th scope="col">{words.colAction}</th>
            <th scope="col">{words.colChoices}</th>
            <th scope="col">{words.colShown}</th>
            <th scope="col">{words.colSeal}</th>
          </tr>
        </thead>
        <tbody>
          {proof.records.map((r) => (
            <tr key={r.seq}>
              <th scope="row">{formatInstant(r.at, page.lang)}</th>
              <td>
                {words.actions[r.action] ?? r.action}
                {r.gpc ? `, ${words.gpc}` : ""}
                {r.parental === "awaiting" ? `, ${words.awaitingParent}` : ""}
                {r.parental === "confirmed" ? `, ${words.parentConfirmed}` : ""}
              </td>
              <td>
                {Object.entries(r.choices)
                  .map(([id, on]) => `${names[id] ?? id}: ${yesNo(on)}`)
                  .join("; ")}
              </td>
              <td>
                v{r.version}, {r.lang}, <code>{r.configHash.slice(0, 12)}</code>
              </td>
              <td>
                {r.sealed.segment
                  ? words.segment(r.sealed.segment.segment, r.sealed.segment.audit?.seq)
                  : words.unsealed}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <form method="post" action={`${ADMIN_PREFIX}/consent/proof.json`}>
        <CsrfField token={page.session?.csrfToken ?? ""} />
        <input type="hidden" name="consent_id" value={proof.consentId} />
        <button type="submit">{words.download}</button>
      </form>
    </AdminFrame>,
  );
}
