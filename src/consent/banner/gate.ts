/**
 * Scripts and iframes the site marks with the purpose they serve stay inert until it is granted:
 * `<script type="text/plain" data-purpose="analytics" src="...">` (a script of an unknown type is
 * neither fetched nor run) and `<iframe data-purpose="..." data-src="...">` (no src, so nothing loads).
 * Several purposes, separated by spaces, must all be granted. Once run, a script cannot be stopped:
 * withdrawing reloads the page, which then leaves it inert again.
 */
export function activate(granted: (id: string) => boolean): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-purpose]"))) {
    const ids = (el.dataset.purpose ?? "").split(" ").filter(Boolean);
    if (ids.length === 0 || !ids.every(granted)) continue;
    if (el instanceof HTMLScriptElement) {
      if (el.type !== "text/plain") continue;
      const script = document.createElement("script");
      for (const a of Array.from(el.attributes)) if (a.name !== "type") script.setAttribute(a.name, a.value);
      script.removeAttribute("data-purpose");
      // Inserted scripts run as soon as they load; keep the page's order unless it asked for async.
      script.async = el.hasAttribute("async");
      script.text = el.text;
      el.replaceWith(script);
    } else if (el.dataset.src && !el.getAttribute("src")) {
      el.setAttribute("src", el.dataset.src);
    }
  }
}
