import type { HttpRequestTemplate } from "../../register/index.js";
import type { Answer } from "./client.js";
import { SystemError } from "./errors.js";
import { getPath, recordsAt } from "./json-path.js";

/** More pages than any one person's records fill: a loop in the API's cursors, not data. */
export const MAX_PAGES = 1000;

/**
 * Every record of a paginated answer, page after page in the style the register names: a cursor
 * from the answer (Stripe's next_page), page numbers or offsets, or the Link header's rel="next" (on
 * the base URL's origin only, so the credentials never go to another host). `get` sends one page's
 * call; null means "nothing here" (a not-found status).
 */
export async function allRecords(
  system: string,
  template: HttpRequestTemplate,
  first: URL,
  get: (url: URL) => Promise<Answer | null>,
): Promise<Record<string, unknown>[]> {
  const paging = template.pagination;
  const url = new URL(first);
  if (paging?.style === "page") {
    url.searchParams.set(paging.param, String(paging.offset ? 0 : paging.start));
    if (paging.size_param) url.searchParams.set(paging.size_param, String(paging.size));
  }
  const records: Record<string, unknown>[] = [];
  for (let page = 1, at: URL | undefined = url; at; page++) {
    if (page > MAX_PAGES) throw new SystemError(system, `access gave more than ${MAX_PAGES} pages`);
    const answer = await get(at);
    if (answer === null) break;
    const found = recordsAt(answer.json, template.records);
    records.push(...found);
    at = nextPage(system, template, at, answer, found.length);
  }
  return records;
}

function nextPage(
  system: string,
  template: HttpRequestTemplate,
  at: URL,
  answer: Answer,
  found: number,
): URL | undefined {
  const paging = template.pagination;
  if (!paging) return undefined;
  if (paging.style === "cursor") {
    const cursor = getPath(answer.json, paging.next_path);
    const more = paging.more_path === undefined ? true : getPath(answer.json, paging.more_path) === true;
    if (!more || cursor === undefined || cursor === null || cursor === "") return undefined;
    const next = new URL(at);
    next.searchParams.set(paging.param, String(cursor));
    return next;
  }
  if (paging.style === "page") {
    if (found < paging.size) return undefined;
    const next = new URL(at);
    const current = Number(at.searchParams.get(paging.param));
    next.searchParams.set(paging.param, String(current + (paging.offset ? paging.size : 1)));
    return next;
  }
  const link = nextLink(answer.headers.get("link"));
  if (!link) return undefined;
  const next = new URL(link, at);
  if (next.origin !== at.origin) throw new SystemError(system, "access's Link header points at another host");
  return next;
}

/** The rel="next" target of an RFC 8288 Link header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2]!)) return match[1];
  }
  return undefined;
}
