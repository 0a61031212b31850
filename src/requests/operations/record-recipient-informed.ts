import { changeRequest } from "../change.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { OperationError } from "../errors.js";
import { MAX_REASON } from "../officer.js";
import { readEvents } from "../records.js";
import { unreachedRecipients } from "../recipients-reached.js";

/**
 * The privacy officer records that a recipient the Art. 19 notice did not reach was told another way
 * (a phone call, a letter, their portal). Only a recipient the notice did not reach can be recorded.
 */
export async function recordRecipientInformed(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor; recipient: string; note?: string },
): Promise<void> {
  const unreached = unreachedRecipients(await readEvents(ctx.store.db, input.requestId));
  if (!unreached.includes(input.recipient))
    throw new OperationError("recipient", "choose a recipient the notice did not reach", "recipient-not-unreached");
  const note = input.note?.trim() ?? "";
  if (note.length > MAX_REASON) throw new OperationError("note", `at most ${MAX_REASON} characters`, "reason-too-long");
  await changeRequest(ctx, input.requestId, {
    actor: input.actor,
    kind: "recipient_notified",
    data: { recipient: input.recipient, channel: "other", ...(note ? { note } : {}) },
    audit: { recipient: input.recipient, channel: "other" },
  });
}
