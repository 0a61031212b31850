import { ENGINE_ACTION, type PackageFile } from "../../datasets/index.js";
import type { ServiceContext } from "../../context/index.js";
import { failureMessage } from "../../jobs/index.js";
import type { Status } from "../../kernel/index.js";
import { OperationError } from "../errors.js";
import { checkFileRequest, type FileRequestInput } from "../input.js";
import { refuseRectification } from "../process/run-changes.js";
import { checkSession } from "../process/session.js";
import { handOver } from "../processing.js";
import { loadRequest, readEvents, type RequestEvent } from "../records.js";
import { processRequest, REFUSED_EVENTS } from "./process-request.js";
import { openTasksOf } from "../../tasks/index.js";
import { recordVouchedRequest } from "../verified-filing.js";

export type OperatorRequestInput = FileRequestInput & {
  /**
   * Mail the person as a request from the privacy center would be mailed: received, then completed
   * (with the download link for access). Needs an e-mail identity. Off unless asked for: an operator
   * acting on a call or a letter may already be answering the person another way.
   */
  notify?: boolean;
};

export interface OperatorRequestResult {
  requestId: string;
  status: Status;
  /** The request's events in order: what was done, what was kept, whom the follow-up told or queued. */
  events: RequestEvent[];
  /** The access package's files, when this run stored one. */
  files?: readonly PackageFile[];
  /** Why the run stopped short here (no personal data); the request was handed to the workers. */
  handedOver?: string;
  /** Why the engine refused to run it, nothing changed (no personal data): the register must change first. */
  refused?: string;
  /** Tasks of manual systems the request waits for; it completes when the last is answered. */
  openTasks: number;
}

/**
 * A request an operator runs from the command line for a person whose identity they established
 * themselves. It is filed with the privacy center's checks (checkFileRequest, the register's rights
 * included) except that an e-mail identity is not required, recorded as verified by the operator
 * (an event of its own: the person entered no code), and carried out right here by processRequest,
 * the worker's own body, so it ends with the same events, audit entries, package and Art. 19 notices
 * as any other. Where the register wants the privacy officer to approve its type, it waits for them.
 *
 * Before anything is stored, the connections the run needs are opened once, so a request this
 * environment cannot run is refused rather than filed. What fails after that (a database that goes
 * away, a mail server) hands the request to the workers, which carry on where it stopped.
 */
export async function runOperatorRequest(
  ctx: ServiceContext,
  input: OperatorRequestInput,
): Promise<OperatorRequestResult> {
  const { notify = false, ...filed } = input;
  const request = checkFileRequest(ctx.register, filed, { requireEmail: false, operator: true });
  if (notify && request.email === undefined)
    throw new OperationError("notify", "give an e-mail identity: that is where the person is mailed");
  if (ENGINE_ACTION[request.type] !== null)
    await checkSession(ctx, request.identities, (s) =>
      request.type === "rectification"
        ? refuseRectification(ctx, s, { ...request.details.open, ...request.details.sealed })
        : Promise.resolve(),
    );
  const row = await recordVouchedRequest(ctx, request, {
    actor: "operator",
    kind: "operator_verified",
    data: { notify },
    audit: { notify },
    notify,
  });
  const requestId = row.id;
  let files: readonly PackageFile[] | undefined;
  let handedOver: string | undefined;
  if (row.status === "verified") {
    try {
      await processRequest(ctx, requestId, { keepFiles: (kept) => (files = kept) });
    } catch (error) {
      handedOver = failureMessage(error);
      await handOver(ctx, row);
    }
  }
  const { status } = await loadRequest(ctx.store.db, requestId);
  const events = await readEvents(ctx.store.db, requestId);
  const refusal =
    status === "in_progress" ? [...events].reverse().find((e) => REFUSED_EVENTS.includes(e.kind)) : undefined;
  return {
    requestId,
    status,
    events,
    ...(files ? { files } : {}),
    ...(handedOver === undefined ? {} : { handedOver }),
    ...(refusal ? { refused: String(refusal.data.message) } : {}),
    openTasks: status === "in_progress" ? await openTasksOf(ctx.store.db, requestId) : 0,
  };
}
