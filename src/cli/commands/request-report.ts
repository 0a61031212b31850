import { NO_DATA } from "../../datasets/index.js";
import { ENGINE_DONE_EVENT, type OperatorRequestResult, type RequestEvent } from "../../requests/index.js";
import type { RequestType } from "../../kernel/index.js";

/*
 * What a request run from the command line came to, read back from its events: the request's own
 * record is what the terminal shows, so the two cannot tell different stories. Counts, collections,
 * fields and recipients' keys only; no value of the person's.
 */

interface Counted {
  collection: string;
  rows?: number;
  field?: string;
  marker?: string | null;
  held?: number;
  action?: string;
  found?: number;
  erased?: number;
  kept?: number;
}

interface Kept {
  what: string;
  rows: number;
  ground: string;
  law?: string;
  until?: string;
}

const completionOf = (events: readonly RequestEvent[]) =>
  [...events].reverse().find((e) => e.kind === "complete" || e.kind === "complete_partially");

function outcomeLines(type: RequestType, data: Record<string, unknown>): string[] {
  const collections = (data.collections ?? []) as Counted[];
  if (type === "erasure") {
    const kept = (data.kept ?? []) as Kept[];
    return collections.flatMap((c) => [
      `  ${c.collection}: ${c.found} found, ${c.erased} ${c.action === "delete" ? "deleted" : "masked"}, ${c.kept} kept`,
      ...kept
        .filter((k) => k.what === c.collection)
        .map(
          (k) =>
            `    kept: ${k.rows} row(s) under ${k.ground}${k.law ? ` (${k.law})` : ""}${k.until ? `, until ${k.until}` : ""}; restricted`,
        ),
    ]);
  }
  if (type === "rectification")
    return collections.map((c) => `  ${c.collection}.${c.field}: ${c.rows} row(s) corrected`);
  if (type === "restriction") return collections.map((c) => `  ${c.collection}: ${restrictionLine(c, "restricted")}`);
  if (collections.length === 0) return [`  ${NO_DATA.en} ${NO_DATA.nl}`];
  return collections.map((c) => `  ${c.collection}: ${c.rows} row(s)`);
}

/** Whether an access request came back with nothing: the datasets hold no row of these identities. */
export function foundNothing(result: OperatorRequestResult): boolean {
  const completion = completionOf(result.events);
  return completion !== undefined && ((completion.data.collections ?? []) as unknown[]).length === 0;
}

export function restrictionLine(c: Counted, verb: string): string {
  if (!c.marker) return "no restriction marker declared in the register";
  const held = c.held ? `; ${c.held} row(s) stay restricted under a legal hold` : "";
  return `${c.rows} row(s) ${verb} (${c.marker})${held}`;
}

function recipientsOf(events: readonly RequestEvent[], kind: string): string[] {
  return events.filter((e) => e.kind === kind).map((e) => String(e.data.recipient));
}

/** Whom the follow-up told, queued or left alone. */
function followUpLines(result: OperatorRequestResult): string[] {
  const lines: string[] = [];
  const mailed = recipientsOf(result.events, "recipient_notified");
  const queued = recipientsOf(result.events, "recipient_notify_queued");
  if (mailed.length) lines.push(`Art. 19: told by e-mail: ${mailed.join(", ")}.`);
  if (queued.length)
    lines.push(
      `Art. 19: queued for ${queued.join(", ")} on the service store's queue; a running service or \`waarborg worker\` on this store sends it.`,
    );
  if (result.events.some((e) => e.kind === "requester_notified")) lines.push("The person was mailed.");
  else if (result.status === "completed" || result.status === "partially_completed")
    lines.push("The person was not mailed (--notify mails them as the privacy center would).");
  return lines;
}

const STATUS_WORDS: Partial<Record<OperatorRequestResult["status"], string>> = {
  completed: "completed",
  partially_completed: "partially completed: some data is kept",
  awaiting_approval:
    "waiting for the privacy officer's approval (rights.approval): approve it in the admin console, and a running service or `waarborg worker` carries it out",
  in_progress: "started, not finished",
};

/** The status line of a request the engine refused: it stays in progress, and nothing changed. */
const REFUSED_WORDS =
  "refused by the engine, nothing changed; fix the register and run it again from the admin console";

/** The report of a request run from the command line, ending with its id. */
export function formatRequestReport(type: RequestType, result: OperatorRequestResult): string {
  const status = result.refused !== undefined ? REFUSED_WORDS : (STATUS_WORDS[result.status] ?? result.status);
  const lines = [`Request ${result.requestId} (${type}): ${status}.`];
  const completion = completionOf(result.events);
  const engine = result.events.find((e) => e.kind === ENGINE_DONE_EVENT);
  if (completion) lines.push(...outcomeLines(type, completion.data));
  // An erasure that waits for its tasks is done in the databases already: say what it did there.
  else if (engine) {
    lines.push("Done in the databases and the systems with a connection:");
    lines.push(...outcomeLines(type, engine.data.data as Record<string, unknown>));
  }
  if (result.openTasks > 0)
    lines.push(
      `Waiting for ${result.openTasks} task(s) of systems without a connection; their owners were mailed. The request completes when the last is answered (waarborg tasks list).`,
    );
  lines.push(...followUpLines(result));
  return `${lines.join("\n")}\n`;
}

/** The same as JSON: the request, where it stands, and what its completion recorded. */
export function requestReportJson(type: RequestType, result: OperatorRequestResult): string {
  const completion = completionOf(result.events);
  return `${JSON.stringify(
    {
      requestId: result.requestId,
      type,
      status: result.status,
      outcome: completion?.data ?? null,
      events: result.events.map((e) => ({ at: e.at, kind: e.kind, actor: e.actor })),
    },
    null,
    2,
  )}\n`;
}

/** Said when the run stopped after filing: the request is the workers' now. */
export function handedOverNotice(result: OperatorRequestResult): string {
  return (
    `waarborg: request ${result.requestId} stopped here: ${result.handedOver}\n` +
    "waarborg: it is queued; a running service or `waarborg worker` on this store carries it on. Do not file it again.\n"
  );
}
