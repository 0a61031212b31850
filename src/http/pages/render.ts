import type { VNode } from "preact";
import { render } from "preact-render-to-string";

/**
 * A page as the HTML text a route sends. Preact escapes every string it renders, so register text and
 * anything a visitor typed can only ever appear as text, never as markup.
 */
export function renderPage(page: VNode<any>): string {
  return `<!DOCTYPE html>\n${render(page)}`;
}
