import type { ComponentChildren } from "preact";
import { COLOURS } from "../../pages/style.js";

const FONT = "system-ui, sans-serif";

/** An inline SVG chart as one image, named by its <title> and described by its <desc>. */
export function ChartFrame(props: {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  fontSize?: number;
  children: ComponentChildren;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      viewBox={`0 0 ${props.width} ${props.height}`}
      width="100%"
      font-family={FONT}
      font-size={String(props.fontSize ?? 12)}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      {props.children}
    </svg>
  );
}

/** The smallest 1, 2 or 5 times a power of ten at or above `value`: a y-axis top that reads well. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** How bars of these values sit in a plot: the axis top, each bar's slot, and a value's height. */
export function barScale(
  values: readonly number[],
  plot: { width: number; left: number; top: number; height: number },
) {
  const max = niceCeiling(Math.max(0, ...values));
  const slot = (plot.width - plot.left) / Math.max(1, values.length);
  const y = (value: number) => plot.top + plot.height - (value / max) * plot.height;
  // Counts are whole numbers: the middle line only where it falls on one.
  const ticks = Number.isInteger(max / 2) ? [0, max / 2, max] : [0, max];
  return { max, slot, y, ticks };
}

/** Horizontal grid lines at the ticks, each labelled at the left of the plot. */
export function YGrid(props: { ticks: number[]; left: number; width: number; y: (value: number) => number }) {
  return (
    <>
      {props.ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={props.left}
            x2={props.width}
            y1={props.y(tick)}
            y2={props.y(tick)}
            stroke={COLOURS.border}
            stroke-width="1"
          />
          <text x={props.left - 6} y={props.y(tick) + 4} text-anchor="end" fill={COLOURS.muted}>
            {tick}
          </text>
        </g>
      ))}
    </>
  );
}
