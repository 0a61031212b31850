import type { Lang } from "../../../kernel/index.js";
import type { Notice } from "../../../requests/index.js";
import { formatInstant } from "../format.js";
import { PROCESSOR_CONSOLE_WORDS } from "../processor-words.js";
import { ScrollTable } from "./table.js";

/**
 * A request's Art. 19 notices: to whom, how, when, and whether each was acknowledged. One still
 * unacknowledged after its period is open and bold: it needs the officer's attention.
 */
export function RequestNotices({ notices, lang }: { notices: Notice[]; lang: Lang }) {
  const words = PROCESSOR_CONSOLE_WORDS[lang];
  return (
    <section aria-labelledby="notices">
      <h2 id="notices">{words.noticesTitle}</h2>
      <p>{words.noticesIntro}</p>
      {notices.length === 0 ? (
        <p>{words.noNotices}</p>
      ) : (
        <ScrollTable id="notices-table" caption={words.noticesTitle}>
          <thead>
            <tr>
              <th scope="col">{words.colRecipient}</th>
              <th scope="col">{words.colChannel}</th>
              <th scope="col">{words.colSent}</th>
              <th scope="col">{words.colNoticeState}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => (
              <tr key={n.id}>
                <th scope="row">{n.recipient}</th>
                <td>{n.channel}</td>
                <td>{formatInstant(n.sent_at, lang)}</td>
                <td>
                  {n.state === "open" ? <strong>{words.noticeState.open}</strong> : words.noticeState[n.state]}
                  {n.acknowledged_at
                    ? ` ${formatInstant(n.acknowledged_at, lang)} ${words.acknowledgedBy(n.acknowledged_by ?? "")}`
                    : ""}
                  {n.reminders_sent > 0 ? ` (${words.reminders(n.reminders_sent)})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
