import type { Engagement } from "../../../access-grants/index.js";
import { type FieldErrors, RadioGroup, TextField } from "../../pages/components.js";
import type { AccessWords } from "../access-words.js";
import { formatInstant } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { CsrfField, type PageContext } from "./frame.js";
import { ScrollTable } from "./table.js";

/**
 * The open projects and incidents, for those who approve grants: an external party's grant names one,
 * and closing it ends those grants. A form opens a new one.
 */
export function EngagementsSection(props: {
  page: PageContext;
  words: AccessWords;
  csrf: string;
  engagements: Engagement[];
  errors: FieldErrors;
  form: { kind?: string; engagementRef?: string; title?: string };
}) {
  const { words, errors, form } = props;
  return (
    <section aria-labelledby="engagements">
      <h2 id="engagements">{words.engagementsTitle}</h2>
      <p>{words.engagementsIntro}</p>
      {props.engagements.length === 0 ? (
        <p>{words.noEngagements}</p>
      ) : (
        <ScrollTable id="engagements-table" caption={words.engagementsTitle}>
          <thead>
            <tr>
              <th scope="col">{words.colReference}</th>
              <th scope="col">{words.engagementTitle}</th>
              <th scope="col">{words.colOpened}</th>
              <th scope="col">{words.actionsCol}</th>
            </tr>
          </thead>
          <tbody>
            {props.engagements.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  {words.kinds[e.kind]} {e.reference}
                </th>
                <td>{e.title}</td>
                <td>{formatInstant(e.openedAt, props.page.lang)}</td>
                <td>
                  <form method="post" action={`${ADMIN_PREFIX}/access-grants/engagements/close`}>
                    <CsrfField token={props.csrf} />
                    <input type="hidden" name="kind" value={e.kind} />
                    <input type="hidden" name="engagementRef" value={e.reference} />
                    <button type="submit" aria-label={`${words.close}: ${words.kinds[e.kind]} ${e.reference}`}>
                      {words.close}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h3 id="open-engagement">{words.openEngagement}</h3>
      <form method="post" action={`${ADMIN_PREFIX}/access-grants/engagements`} aria-labelledby="open-engagement">
        <CsrfField token={props.csrf} />
        <RadioGroup
          name="kind"
          label={words.engagementKind}
          choices={(["project", "incident"] as const).map((k) => ({ value: k, label: words.kinds[k]! }))}
          value={form.kind ?? "project"}
          error={errors.kind}
          required
        />
        <TextField
          name="engagementRef"
          label={words.engagementRef}
          value={form.engagementRef}
          error={errors.engagementRef}
          required
        />
        <TextField name="title" label={words.engagementTitle} value={form.title} error={errors.title} required />
        <button type="submit">{words.openEngagement}</button>
      </form>
    </section>
  );
}
