import { COLOURS } from "../../pages/style.js";

/** One line of the chart: a purpose's acceptance rate per day. */
export interface AcceptanceLine {
  label: string;
  points: { day: string; rate: number }[];
}

/*
 * Lines are told apart by colour and by dash pattern, and each is named at its end and in the legend,
 * so the chart reads without colour vision too (WCAG 1.4.1); the page shows the figures in tables.
 */
const STROKES = [
  { colour: COLOURS.button, dash: undefined },
  { colour: COLOURS.success, dash: "8 4" },
  { colour: COLOURS.error, dash: "2 4" },
  { colour: COLOURS.text, dash: "12 4 2 4" },
];
const FONT = "system-ui, sans-serif";

/** Acceptance per purpose over time, 0-100 %, one line per purpose, days along the bottom. */
export function AcceptanceChart(props: { id: string; title: string; desc: string; lines: AcceptanceLine[] }) {
  const width = 640;
  const height = 260;
  const left = 44;
  const right = 16;
  const top = 16;
  const bottom = 64;
  const days = [...new Set(props.lines.flatMap((l) => l.points.map((p) => p.day)))].sort();
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const x = (day: string) =>
    left + (days.length <= 1 ? plotWidth / 2 : (days.indexOf(day) / (days.length - 1)) * plotWidth);
  const y = (rate: number) => top + plotHeight - rate * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      font-family={FONT}
      font-size="12"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke={COLOURS.border} stroke-width="1" />
          <text x={left - 6} y={y(tick) + 4} text-anchor="end" fill={COLOURS.muted}>
            {`${tick * 100}%`}
          </text>
        </g>
      ))}
      {days.map((day, i) =>
        i % labelEvery === 0 || i === days.length - 1 ? (
          <text key={day} x={x(day)} y={height - bottom + 16} text-anchor="middle" fill={COLOURS.text}>
            {day.slice(5)}
          </text>
        ) : null,
      )}
      {props.lines.map((line, i) => {
        const stroke = STROKES[i % STROKES.length]!;
        const path = line.points.map((p) => `${x(p.day).toFixed(1)},${y(p.rate).toFixed(1)}`).join(" ");
        const legendY = height - bottom + 36 + Math.floor(i / 2) * 16;
        const legendX = left + (i % 2) * (plotWidth / 2);
        return (
          <g key={line.label}>
            <polyline
              points={path}
              fill="none"
              stroke={stroke.colour}
              stroke-width="2.5"
              stroke-dasharray={stroke.dash}
            />
            {line.points.map((p) => (
              <circle key={p.day} cx={x(p.day)} cy={y(p.rate)} r="3" fill={stroke.colour} />
            ))}
            <line
              x1={legendX}
              x2={legendX + 28}
              y1={legendY - 4}
              y2={legendY - 4}
              stroke={stroke.colour}
              stroke-width="2.5"
              stroke-dasharray={stroke.dash}
            />
            <text x={legendX + 34} y={legendY} fill={COLOURS.text}>
              {line.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
