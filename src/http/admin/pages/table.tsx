import type { ComponentChildren } from "preact";

/**
 * A table in a scrollable region: on a narrow screen it scrolls sideways instead of breaking the page,
 * and the region is reachable and named for keyboard and screen-reader users (WCAG 2.1.1, 1.3.1).
 */
export function ScrollTable(props: { id: string; caption: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-labelledby={props.id} tabindex={0}>
      <table>
        <caption id={props.id}>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
