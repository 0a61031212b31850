import type { Actor, ServiceContext } from "../../context/index.js";
import { inTransaction } from "../change.js";
import { NotFoundError, OperationError } from "../errors.js";
import { type DownloadedPackage, handOutIn } from "../package/hand-out.js";

/**
 * The latest package of a request, for the system that follows it through the API: a tenant that
 * answers its own user (processor mode), or the company's back office. The same package as behind the
 * person's link, with the same expiry and the same downloads, counted and recorded with the token as
 * actor. Expired or used up: GoneError; a request without a package (yet) is a conflict with its
 * state, told apart from an unknown request, which is not found.
 */
export async function downloadRequestPackage(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor },
): Promise<DownloadedPackage> {
  return inTransaction(ctx, async (trx) => {
    const request = await trx.selectFrom("requests").select("id").where("id", "=", input.requestId).executeTakeFirst();
    if (!request) throw new NotFoundError("request");
    const pkg = await trx
      .selectFrom("packages")
      .selectAll()
      .where("request_id", "=", input.requestId)
      .orderBy("created_at", "desc")
      .limit(1)
      .executeTakeFirst();
    if (!pkg) throw new OperationError(undefined, "the request has no package (yet)", "no-package");
    return handOutIn(ctx, trx, pkg, input.actor);
  });
}
