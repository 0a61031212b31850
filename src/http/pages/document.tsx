import { type Block, type DocumentModel, type Inline, safeHref, type Section } from "../../documents/index.js";

/** What a page needs of a document: its content and the heading of its table of contents. */
export type ShownDocument = Pick<DocumentModel, "title" | "subtitle" | "intro" | "sections"> & {
  labels: Pick<DocumentModel["labels"], "contents">;
};

/**
 * A document (the privacy statement, an archived version of it) inside a page. It walks the same
 * document model the statement's HTML, Markdown and PDF renderers walk, so the wording is the
 * statement's own; only the frame around it is the page's. The title is the page's one <h1>.
 */
export function DocumentView({ doc }: { doc: ShownDocument }) {
  let tables = 0;
  const nextTableId = () => `table-${++tables}`;
  return (
    <>
      <h1>{doc.title}</h1>
      {doc.subtitle ? <p class="meta">{doc.subtitle}</p> : null}
      <nav class="toc" aria-labelledby="contents">
        <h2 id="contents">{doc.labels.contents}</h2>
        <ol>
          {doc.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {doc.intro.map((b, i) => (
        <BlockView key={`intro-${i}`} block={b} tableId={nextTableId} />
      ))}
      {doc.sections.map((s) => (
        <SectionView key={s.id} section={s} level={2} tableId={nextTableId} />
      ))}
    </>
  );
}

function SectionView({ section, level, tableId }: { section: Section; level: number; tableId: () => string }) {
  const Heading = `h${Math.min(level, 6)}` as "h2";
  return (
    <section aria-labelledby={section.id}>
      <Heading id={section.id}>{section.heading}</Heading>
      {section.blocks.map((b, i) => (
        <BlockView key={`${section.id}-${i}`} block={b} tableId={tableId} />
      ))}
      {section.subsections.map((sub) => (
        <SectionView key={sub.id} section={sub} level={level + 1} tableId={tableId} />
      ))}
    </section>
  );
}

function BlockView({ block, tableId }: { block: Block; tableId: () => string }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p>
          <InlineView content={block.content} />
        </p>
      );
    case "list":
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineView content={item} />
            </li>
          ))}
        </ul>
      );
    case "table": {
      const id = tableId();
      return (
        // A region that scrolls must be reachable by keyboard to be scrolled at all (WCAG 2.1.1).
        <div class="table-scroll" role="region" aria-labelledby={id} tabindex={0}>
          <table>
            <caption id={id}>{block.caption}</caption>
            <thead>
              <tr>
                {block.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map(([first = [], ...rest], r) => (
                <tr key={r}>
                  <th scope="row">
                    <InlineView content={first} />
                  </th>
                  {rest.map((cell, i) => (
                    <td key={i}>
                      <InlineView content={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
  }
}

function InlineView({ content }: { content: Inline }) {
  return (
    <>
      {content.map((span, i) => {
        if (typeof span === "string") return span;
        if ("strong" in span) return <strong key={i}>{span.strong}</strong>;
        const href = safeHref(span.href);
        return href ? (
          <a key={i} href={href}>
            {span.text}
          </a>
        ) : (
          span.text
        );
      })}
    </>
  );
}
