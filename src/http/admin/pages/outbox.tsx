import type { OutboxRow } from "../../../store/index.js";
import { renderPage } from "../../pages/render.js";
import { formatInstant } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { ScrollTable } from "./table.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";

/** The outbox, newest first: in the embedded default this is where codes and links can be read. */
export function outboxPage(page: PageContext, messages: OutboxRow[], nextOffset: number | undefined): string {
  const words = adminWords(page.lang);
  return renderPage(
    <AdminFrame page={page} title={words.outboxTitle}>
      <h1>{words.outboxTitle}</h1>
      <p>{words.outboxIntro}</p>
      {messages.length === 0 ? (
        <p>{words.noMail}</p>
      ) : (
        <ScrollTable id="outbox-table" caption={words.outboxTitle}>
          <thead>
            <tr>
              <th scope="col">{words.colSubject}</th>
              <th scope="col">{words.colTo}</th>
              <th scope="col">{words.colCreated}</th>
              <th scope="col">{words.colSent}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <a href={`${ADMIN_PREFIX}/outbox/${m.id}`}>{m.subject}</a>
                </th>
                <td>{m.to_address}</td>
                <td>{formatInstant(m.created_at, page.lang)}</td>
                <td>{m.sent_at ? formatInstant(m.sent_at, page.lang) : words.notSent}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {nextOffset !== undefined ? (
        <p>
          <a href={`${ADMIN_PREFIX}/outbox?offset=${nextOffset}`}>{words.olderEntries}</a>
        </p>
      ) : null}
    </AdminFrame>,
  );
}

/**
 * Plain-text mail as paragraphs with its line breaks: it wraps on a narrow screen, where preformatted
 * text would run off the page (WCAG 1.4.10).
 */
function MailText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>
          {paragraph.split("\n").map((line, j) => (
            <>
              {j > 0 ? <br /> : null}
              {line.trim()}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

/**
 * One message as its recipient reads it: the plain-text part, shown as text. The HTML part is not
 * rendered: the console shows mail, it does not run it. Codes and links arrive masked unless an
 * admin revealed them; an admin gets the button that does.
 */
export function outboxMessagePage(
  page: PageContext,
  message: OutboxRow,
  view: { mayReveal?: boolean; revealed?: boolean } = {},
): string {
  const words = adminWords(page.lang);
  return renderPage(
    <AdminFrame page={page} title={message.subject}>
      <h1>{message.subject}</h1>
      <dl class="facts">
        <dt>{words.colTo}</dt>
        <dd>{message.to_address}</dd>
        <dt>{words.colCreated}</dt>
        <dd>{formatInstant(message.created_at, page.lang)}</dd>
        <dt>{words.colSent}</dt>
        <dd>{message.sent_at ? formatInstant(message.sent_at, page.lang) : words.notSent}</dd>
        <dt>{words.language}</dt>
        <dd>{message.lang}</dd>
      </dl>
      <h2>{words.message}</h2>
      <p>{view.revealed ? words.secretsRevealed : words.secretsMasked}</p>
      {view.mayReveal && !view.revealed ? (
        <form method="post" action={`${ADMIN_PREFIX}/outbox/${message.id}/reveal`}>
          <CsrfField token={page.session?.csrfToken ?? ""} />
          <button type="submit">{words.revealSecrets}</button>
        </form>
      ) : null}
      <div lang={message.lang}>
        <MailText text={message.text} />
      </div>
      <p>
        <a href={`${ADMIN_PREFIX}/outbox`}>{words.outboxTitle}</a>
      </p>
    </AdminFrame>,
  );
}
