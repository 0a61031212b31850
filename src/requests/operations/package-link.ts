import type { Lang } from "../../kernel/index.js";
import type { ServiceContext } from "../../context/index.js";
import { GoneError, NotFoundError } from "../errors.js";
import { tokenHash } from "../secrets.js";

export interface PackageLink {
  fileName: string;
  /** The requester's language, for the page in front of the download. */
  lang: Lang;
  downloadsLeft: number;
  expiresAt: string;
}

/**
 * What a download link leads to, without counting a download. Mail scanners and link previews open
 * links in mails before the person does; only the person's click on the page's button (a POST) may
 * spend one of the limited downloads.
 */
export async function packageLink(ctx: ServiceContext, downloadToken: string): Promise<PackageLink> {
  const pkg = await ctx.store.db
    .selectFrom("packages")
    .innerJoin("requests", "requests.id", "packages.request_id")
    .select(["packages.file_name", "packages.expires_at", "packages.downloads_left", "requests.lang"])
    .where("packages.download_token_hash", "=", tokenHash(downloadToken))
    .executeTakeFirst();
  if (!pkg) throw new NotFoundError("package");
  if (pkg.expires_at <= ctx.now().toISOString()) throw new GoneError("this download link has expired");
  if (pkg.downloads_left <= 0) throw new GoneError("this download link has been used up");
  return { fileName: pkg.file_name, lang: pkg.lang, downloadsLeft: pkg.downloads_left, expiresAt: pkg.expires_at };
}
