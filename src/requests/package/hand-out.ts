import { open } from "../../crypto/index.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import type { PackageRow } from "../../store/index.js";
import { changeIn, type StoreTransaction } from "../change.js";
import { GoneError } from "../errors.js";
import { packageContext } from "./store-package.js";

export interface DownloadedPackage {
  fileName: string;
  mediaType: string;
  content: Buffer;
  downloadsLeft: number;
}

/**
 * Hands out a package the transaction read: decrypted, one download counted, a `package_downloaded`
 * event with who took it (the person behind the link, or an API token). One past its expiry or with
 * its downloads used up is refused (GoneError). The count is a conditional update in the caller's
 * transaction, so parallel downloads cannot pass the limit.
 */
export async function handOutIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  pkg: PackageRow,
  actor: Actor,
): Promise<DownloadedPackage> {
  if (pkg.expires_at <= ctx.now().toISOString()) throw new GoneError("the package has expired");
  const counted = await trx
    .updateTable("packages")
    .set((eb) => ({ downloads_left: eb("downloads_left", "-", 1) }))
    .where("id", "=", pkg.id)
    .where("downloads_left", ">", 0)
    .executeTakeFirst();
  if (Number(counted.numUpdatedRows) !== 1) throw new GoneError("the package's downloads are used up");
  if (!pkg.content) throw new Error(`package ${pkg.id} has no content in the store`);
  const content = pkg.encrypted
    ? open(ctx.keys.data, Buffer.from(pkg.content), packageContext(pkg.id))
    : Buffer.from(pkg.content);
  const downloadsLeft = pkg.downloads_left - 1;
  await changeIn(ctx, trx, pkg.request_id, {
    actor,
    kind: "package_downloaded",
    data: { package_id: pkg.id, downloads_left: downloadsLeft },
    audit: { package_id: pkg.id, downloads_left: downloadsLeft },
  });
  return { fileName: pkg.file_name, mediaType: pkg.media_type, content, downloadsLeft };
}
