import { COLOURS } from "../../pages/style.js";
import { barScale, ChartFrame, YGrid } from "./chart-parts.js";

/** One bar: a run's rows handled, labelled with its day; or the rows overdue now, drawn apart. */
export interface RunBar {
  key: string;
  label: string;
  value: number;
  overdue?: boolean;
}

/*
 * The overdue bar is told apart from the runs by colour, by a hatch and by its label, so the chart
 * reads without colour vision (WCAG 1.4.1). Fills meet 3:1 against the background (1.4.11), text
 * 4.5:1 (1.4.3); the page shows the same figures in a table.
 */
export const RUN_CHART_COLOURS = {
  run: COLOURS.button,
  overdue: COLOURS.error,
  text: COLOURS.text,
  muted: COLOURS.muted,
  background: COLOURS.background,
} as const;

/** Vertical bars of rows handled per run, oldest first, then the rows overdue now as a hatched bar. */
export function RunBars(props: { id: string; title: string; desc: string; bars: RunBar[] }) {
  const c = RUN_CHART_COLOURS;
  const width = 640;
  const height = 220;
  const left = 48;
  const bottom = 32;
  const top = 18;
  const { slot, y, ticks } = barScale(
    props.bars.map((b) => b.value),
    { width, left, top, height: height - bottom - top },
  );
  const barWidth = Math.max(4, Math.min(48, slot * 0.6));
  const hatch = `${props.id}-hatch`;
  return (
    <ChartFrame id={props.id} title={props.title} desc={props.desc} width={width} height={height}>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={c.overdue} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={c.background} stroke-width="2" />
        </pattern>
      </defs>
      <YGrid ticks={ticks} left={left} width={width} y={y} />
      {props.bars.map((bar, i) => {
        const x = left + i * slot + (slot - barWidth) / 2;
        const center = x + barWidth / 2;
        return (
          <g key={bar.key}>
            <rect
              x={x}
              y={y(bar.value)}
              width={barWidth}
              height={y(0) - y(bar.value)}
              fill={bar.overdue ? `url(#${hatch})` : c.run}
              stroke={bar.overdue ? c.overdue : undefined}
            />
            <text x={center} y={y(bar.value) - 4} text-anchor="middle" fill={c.text}>
              {bar.value}
            </text>
            <text
              x={center}
              y={height - bottom + 16}
              text-anchor="middle"
              fill={bar.overdue ? c.overdue : c.text}
              font-weight={bar.overdue ? "bold" : undefined}
            >
              {bar.label}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
