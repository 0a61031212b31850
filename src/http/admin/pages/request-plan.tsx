import type { RequestDetail } from "../../../requests/index.js";
import type { Lang } from "../../../kernel/index.js";
import { formatInstant } from "../format.js";
import { adminWords } from "../words.js";
import { ScrollTable } from "./table.js";

/** What the engine will do for this request: collections in order, how rows are found, and the SQL. */
export function PlanPreview({ plan, lang }: { plan: RequestDetail["plan"]; lang: Lang }) {
  const words = adminWords(lang);
  if (!plan) return <p>{words.noPlan}</p>;
  if (plan.refusal !== undefined)
    return (
      <p>
        {words.planRefused}: {plan.refusal}
      </p>
    );
  return (
    <>
      <ScrollTable id="plan-table" caption={words.plan}>
        <thead>
          <tr>
            <th scope="col">{words.colStep}</th>
            <th scope="col">{words.colCollection}</th>
            <th scope="col">{words.colMatchedBy}</th>
            <th scope="col">{words.colEffects}</th>
            <th scope="col">{words.colQueries}</th>
          </tr>
        </thead>
        <tbody>
          {plan.steps.map((step) => (
            <tr key={step.order}>
              <th scope="row">{step.order}</th>
              <td>
                {step.collection} ({step.connection}.{step.table})
              </td>
              <td>{step.matchedBy.join(", ")}</td>
              <td>{step.effects.join("; ")}</td>
              <td>
                {step.queries.map((q, i) => (
                  <code key={i}>
                    {q}
                    <br />
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {plan.unreachable.length > 0 ? (
        <p>
          {words.unreachable}: {plan.unreachable.join(", ")}
        </p>
      ) : null}
      {plan.referred.length > 0 ? (
        <p>
          {words.referred}: {plan.referred.join(", ")}
        </p>
      ) : null}
      {plan.companyOwn.length > 0 ? (
        <p>
          {words.companyOwn}: {plan.companyOwn.join(", ")}
        </p>
      ) : null}
    </>
  );
}

/** The request's packages: what was made and how long its link lasts (no download from the console). */
export function Packages({ packages, lang }: { packages: RequestDetail["packages"]; lang: Lang }) {
  const words = adminWords(lang);
  if (packages.length === 0) return <p>{words.noPackage}</p>;
  return (
    <ScrollTable id="packages-table" caption={words.packageTitle}>
      <thead>
        <tr>
          <th scope="col">{words.colFile}</th>
          <th scope="col">{words.colCreated}</th>
          <th scope="col">{words.packageExpires}</th>
          <th scope="col">{words.downloadsLeft}</th>
        </tr>
      </thead>
      <tbody>
        {packages.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.fileName}</th>
            <td>{formatInstant(p.createdAt, lang)}</td>
            <td>{formatInstant(p.expiresAt, lang)}</td>
            <td>{p.downloadsLeft}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
