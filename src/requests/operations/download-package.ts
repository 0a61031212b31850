import { inTransaction } from "../change.js";
import type { ServiceContext } from "../../context/index.js";
import { NotFoundError } from "../errors.js";
import { type DownloadedPackage, handOutIn } from "../package/hand-out.js";
import { tokenHash } from "../secrets.js";

export type { DownloadedPackage } from "../package/hand-out.js";

/**
 * Hands out a package behind its download link: decrypted, one download counted. A link past its
 * expiry or with its downloads used up is refused (GoneError); an unknown link is not found. The count
 * is taken in the same transaction that reads the package, so parallel clicks cannot pass the limit.
 */
export async function downloadPackage(ctx: ServiceContext, downloadToken: string): Promise<DownloadedPackage> {
  return inTransaction(ctx, async (trx) => {
    const pkg = await trx
      .selectFrom("packages")
      .selectAll()
      .where("download_token_hash", "=", tokenHash(downloadToken))
      .executeTakeFirst();
    if (!pkg) throw new NotFoundError("package");
    return handOutIn(ctx, trx, pkg, "requester");
  });
}
