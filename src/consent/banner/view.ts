import { ID } from "./ids.js";
import { purposeListing } from "./listing.js";
import type { ShownConfig } from "./shape.js";

type Child = Node | string | false | undefined;

function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

export interface Handlers {
  accept(): void;
  reject(): void;
  save(ticked: Record<string, boolean>): void;
  /** The persistent button: open the banner to change or withdraw the choice. */
  settings(): void;
}

export interface View {
  /** Shows the banner; with `choose`, the choice per purpose open, ticked as `ticked`. */
  show(choose: boolean, ticked: (id: string) => boolean, consentId: string | undefined): void;
  hide(): void;
  failed(): void;
  readonly open: boolean;
}

/**
 * The banner: a non-modal dialog (no cookie wall: the page stays usable) with "accept all" and
 * "reject all" side by side in the same style, a button that opens the choice per purpose (boxes
 * never ticked in advance), and the persistent settings button. Built once, shown and hidden.
 */
export function buildView(shown: ShownConfig, gpc: boolean, handlers: Handlers): View {
  const t = shown.texts;
  const button = (id: string, text: string, cls = "wbc-b") =>
    h("button", { type: "button", id: `${ID}-${id}`, class: cls }, text);
  const accept = button("accept", t.acceptAll);
  const reject = button("reject", t.rejectAll);
  const choose = button("choose", t.choose, "wbc-l");
  const status = h("p", { id: `${ID}-status`, role: "status", class: "wbc-s" });
  const consentId = h("p", { id: `${ID}-id` });
  const boxes = shown.purposes.map((p) => {
    const id = `${ID}-purpose-${p.id}`;
    const box = h("input", { type: "checkbox", id, name: p.id, "aria-describedby": `${id}-about` }) as HTMLInputElement;
    if (gpc && p.kind === "advertising" && !shown.gpc.explicitChoiceWins) box.disabled = true;
    const cookies = purposeListing(p);
    return {
      box,
      el: h(
        "div",
        { class: "wbc-p" },
        box,
        h("label", { for: id }, p.name),
        h("small", { id: `${id}-about` }, p.description, ` ${t.cookies}: ${cookies}.`),
      ),
    };
  });
  const form = h(
    "form",
    { id: `${ID}-preferences`, hidden: "" },
    h(
      "fieldset",
      { class: "wbc-f" },
      h("legend", {}, t.purposes),
      ...boxes.map((b) => b.el),
      h("p", { class: "wbc-p" }, h("strong", {}, t.alwaysOn), " ", t.necessary),
    ),
    gpc && h("p", {}, t.gpc),
    h("div", { class: "wbc-r" }, h("button", { type: "submit", id: `${ID}-save`, class: "wbc-b" }, t.save)),
    consentId,
  );
  const dialog = h(
    "section",
    {
      id: `${ID}-banner`,
      role: "dialog",
      "aria-modal": "false",
      "aria-labelledby": `${ID}-title`,
      "aria-describedby": `${ID}-intro`,
      tabindex: "-1",
      hidden: "",
    },
    h("h2", { id: `${ID}-title`, class: "wbc-h" }, t.title),
    h("p", { id: `${ID}-intro` }, t.intro, " ", h("a", { href: shown.privacyUrl }, t.privacy)),
    h("div", { class: "wbc-r" }, accept, reject, choose),
    form,
    status,
  );
  const settings = h("button", { type: "button", id: `${ID}-settings`, class: "wbc-o" }, t.settings);
  const root = h("div", { id: ID, class: "wbc", lang: shown.lang }, dialog, settings);

  let returnTo: HTMLElement | null = null;
  let dismissible = false;
  const setChoosing = (on: boolean) => {
    form.hidden = !on;
    choose.setAttribute("aria-expanded", String(on));
  };
  choose.setAttribute("aria-controls", form.id);
  accept.onclick = () => handlers.accept();
  reject.onclick = () => handlers.reject();
  choose.onclick = () => {
    setChoosing(form.hidden);
    if (!form.hidden) boxes[0]?.box.focus();
  };
  form.onsubmit = (event) => {
    event.preventDefault();
    handlers.save(Object.fromEntries(boxes.map((b) => [b.box.name, b.box.checked])));
  };
  settings.onclick = () => handlers.settings();
  dialog.onkeydown = (event) => {
    // Escape closes only a banner opened to change a choice: a first visit still has to answer.
    if (event.key === "Escape" && dismissible) view.hide();
  };
  document.body.prepend(root);

  const view: View = {
    get open() {
      return !dialog.hidden;
    },
    show(chooseNow, ticked, id) {
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dismissible = chooseNow;
      for (const b of boxes) b.box.checked = ticked(b.box.name);
      if (id !== undefined) consentId.textContent = `${t.consentId}: ${id}`;
      status.textContent = "";
      setChoosing(chooseNow);
      dialog.hidden = false;
      settings.hidden = true;
      (chooseNow ? (boxes[0]?.box ?? dialog) : dialog).focus({ preventScroll: true });
    },
    hide() {
      dialog.hidden = true;
      settings.hidden = false;
      // Back where the person was, or to the settings button that reopens the banner.
      const back = returnTo && returnTo !== document.body && !root.contains(returnTo) ? returnTo : settings;
      back.focus({ preventScroll: true });
    },
    failed() {
      status.textContent = t.failed;
    },
  };
  return view;
}
