import { changeRequest } from "../change.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { handOver } from "../processing.js";

/** The privacy officer approves a request the register wants approved; the workers take it from here. */
export async function approveRequest(ctx: ServiceContext, input: { requestId: string; actor: Actor }): Promise<void> {
  const row = await changeRequest(ctx, input.requestId, { actor: input.actor, kind: "approve", event: "approve" });
  await handOver(ctx, row);
}
