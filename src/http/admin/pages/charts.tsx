import type { Lang } from "../../../kernel/index.js";
import { COLOURS } from "../../pages/style.js";
import { barScale, ChartFrame, YGrid } from "./chart-parts.js";

export { niceCeiling } from "./chart-parts.js";

/*
 * Charts drawn as inline SVG by hand: no script, no library, the same markup for the same figures.
 * Each chart is an image with a <title> and <desc> (role="img", aria-labelledby), and every page that
 * shows one shows its figures in a table as well, so nothing is only in the picture. Colours come from
 * the shared palette: bars meet 3:1 against the background (WCAG 1.4.11), text meets 4.5:1.
 */

const MONTHS: Record<Lang, string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "2025-03" -> "mrt 2025" / "Mar 2025". */
export function monthLabel(month: string, lang: Lang): string {
  const [year, m] = month.split("-");
  return `${MONTHS[lang][Number(m) - 1] ?? m} ${year}`;
}

/** Vertical bars, one per month, with the count above each bar and the month below it. */
export function MonthBars(props: {
  id: string;
  title: string;
  desc: string;
  data: { month: string; value: number }[];
  lang: Lang;
}) {
  const width = 640;
  const height = 240;
  const left = 36;
  const bottom = 40;
  const top = 16;
  const { slot, y, ticks } = barScale(
    props.data.map((d) => d.value),
    { width, left, top, height: height - bottom - top },
  );
  const barWidth = Math.max(4, slot * 0.6);
  return (
    <ChartFrame id={props.id} title={props.title} desc={props.desc} width={width} height={height}>
      <YGrid ticks={ticks} left={left} width={width} y={y} />
      {props.data.map((d, i) => {
        const x = left + i * slot + (slot - barWidth) / 2;
        const center = x + barWidth / 2;
        return (
          <g key={d.month}>
            <rect x={x} y={y(d.value)} width={barWidth} height={y(0) - y(d.value)} fill={COLOURS.button} />
            <text x={center} y={y(d.value) - 4} text-anchor="middle" fill={COLOURS.text}>
              {d.value}
            </text>
            <text x={center} y={height - bottom + 16} text-anchor="middle" fill={COLOURS.text}>
              {MONTHS[props.lang][Number(d.month.slice(5)) - 1]}
            </text>
            <text x={center} y={height - bottom + 30} text-anchor="middle" fill={COLOURS.muted} font-size="10">
              {d.month.slice(0, 4)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

/** One horizontal bar split into the part answered on time and the part answered late, with the rate. */
export function OnTimeBar(props: {
  id: string;
  title: string;
  desc: string;
  onTime: number;
  late: number;
  labels: { onTime: string; late: string };
}) {
  const width = 640;
  const height = 72;
  const total = props.onTime + props.late;
  const split = total === 0 ? 0 : (props.onTime / total) * width;
  const rate = total === 0 ? "–" : `${Math.round((props.onTime / total) * 100)}%`;
  return (
    <ChartFrame id={props.id} title={props.title} desc={props.desc} width={width} height={height} fontSize={13}>
      <rect x="0" y="8" width={width} height="32" fill={COLOURS.panel} stroke={COLOURS.border} />
      <rect x="0" y="8" width={split} height="32" fill={COLOURS.success} />
      <rect x={split} y="8" width={total === 0 ? 0 : width - split} height="32" fill={COLOURS.error} />
      <text x="0" y="60" fill={COLOURS.text}>
        {`${props.labels.onTime}: ${props.onTime} (${rate})`}
      </text>
      <text x={width} y="60" text-anchor="end" fill={COLOURS.text}>
        {`${props.labels.late}: ${props.late}`}
      </text>
    </ChartFrame>
  );
}
