import type { ServiceContext } from "../context/index.js";

/*
 * The privacy center's paths for the links in mail. The HTTP routes serve these same paths, so a link
 * in a message always leads to a page.
 */
export const STATUS_PATH = "/status/";
export const DOWNLOAD_PATH = "/download/";

function base(ctx: ServiceContext): string {
  return ctx.publicUrl.replace(/\/+$/, "");
}

export function statusUrl(ctx: ServiceContext, token: string): string {
  return `${base(ctx)}${STATUS_PATH}${token}`;
}

export function downloadUrl(ctx: ServiceContext, token: string): string {
  return `${base(ctx)}${DOWNLOAD_PATH}${token}`;
}
