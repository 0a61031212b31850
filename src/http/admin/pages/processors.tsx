import { AGREEMENT_STATUS } from "../../../vocabulary/index.js";
import type { ProcessorEntry } from "../../../processors/index.js";
import { renderPage } from "../../pages/render.js";
import { formatDay } from "../format.js";
import { PROCESSOR_CONSOLE_WORDS } from "../processor-words.js";
import { AdminFrame, type PageContext } from "./frame.js";
import { ScrollTable } from "./table.js";

export interface ProcessorsView {
  processors: ProcessorEntry[];
  remindBeforeDays: number;
}

/** Every processor with its agreement, its next review and how near that is; an overdue one stands out. */
export function processorsPage(page: PageContext, view: ProcessorsView): string {
  const words = PROCESSOR_CONSOLE_WORDS[page.lang];
  return renderPage(
    <AdminFrame page={page} title={words.title}>
      <h1>{words.title}</h1>
      <p>{words.intro(view.remindBeforeDays)}</p>
      {view.processors.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ScrollTable id="processors-table" caption={words.title}>
          <thead>
            <tr>
              <th scope="col">{words.colName}</th>
              <th scope="col">{words.colStatus}</th>
              <th scope="col">{words.colSigned}</th>
              <th scope="col">{words.colReview}</th>
              <th scope="col">{words.colState}</th>
              <th scope="col">{words.colSubProcessors}</th>
              <th scope="col">{words.colDocument}</th>
            </tr>
          </thead>
          <tbody>
            {view.processors.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.status ? AGREEMENT_STATUS[p.status][page.lang] : "–"}</td>
                <td>{p.signedOn ? formatDay(p.signedOn, page.lang) : "–"}</td>
                <td>
                  {p.reviewDue ? formatDay(p.reviewDue, page.lang) : "–"}
                  {p.daysToReview !== undefined ? ` (${words.daysLeft(p.daysToReview)})` : ""}
                </td>
                <td>
                  {/* Bold, as the request clock's marks are: read in words, not only seen in colour. */}
                  {p.state === "overdue" || p.state === "unsigned" || p.state === "due_soon" ? (
                    <strong>{words.state[p.state]}</strong>
                  ) : (
                    words.state[p.state]
                  )}
                </td>
                <td>{p.subProcessors}</td>
                <td>{p.document ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </AdminFrame>,
  );
}
