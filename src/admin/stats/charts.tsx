// Bar charts drawn on the server as inline SVG: no script, no style attribute (the CSP forbids
// inline styles), colours as presentation attributes. The SVG is one image for assistive
// technologies (role="img", named by its <title> and <desc>); the page puts the same figures in a
// table right after it. Drawn narrow so that phones scale them little; the height attribute
// keeps desktops from blowing them up (they scale down to fit, never up).
export interface Bar {
  /** full label, in the tooltip */
  label: string;
  value: number;
  /** short tick under a column: a first line and an optional second one */
  tick?: [string, string?];
}

interface ChartProps {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  formatValue?: (n: number) => string;
}

const ink = '#1b1f24';
const barFill = '#0b3a6b';
const axis = '#6b7480';

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function Frame({ id, title, description, width, height, children }: { id: string; title: string; description: string; width: number; height: number; children: preact.ComponentChildren }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      preserveAspectRatio="xMinYMin meet"
      fontFamily="system-ui, sans-serif"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Vertical bars, one per tick along the bottom (months). */
export function ColumnChart({ id, title, description, bars, formatValue = String }: ChartProps) {
  const slot = 40;
  const left = 8;
  const top = 22;
  const plot = 150;
  const width = Math.max(240, left * 2 + slot * bars.length);
  const height = top + plot + 40;
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <Frame id={id} title={title} description={description} width={width} height={height}>
      <line x1={left} y1={top + plot} x2={width - left} y2={top + plot} stroke={axis} strokeWidth={1} />
      {bars.map((b, i) => {
        const h = Math.round((b.value / max) * plot);
        const x = left + i * slot + 6;
        const middle = x + (slot - 12) / 2;
        const [first, second] = b.tick ?? [b.label];
        return (
          <g>
            <rect x={x} y={top + plot - h} width={slot - 12} height={h} fill={barFill}>
              <title>{`${b.label}: ${formatValue(b.value)}`}</title>
            </rect>
            <text x={middle} y={top + plot - h - 6} textAnchor="middle" fontSize={13} fill={ink}>
              {formatValue(b.value)}
            </text>
            <text x={middle} y={top + plot + 17} textAnchor="middle" fontSize={13} fill={ink}>
              {first}
            </text>
            {second && (
              <text x={middle} y={top + plot + 33} textAnchor="middle" fontSize={11} fill={ink}>
                {second}
              </text>
            )}
          </g>
        );
      })}
    </Frame>
  );
}

/** Horizontal bars, the label above each bar (categories, whose names are long). */
export function RowChart({ id, title, description, bars, formatValue = String }: ChartProps) {
  const width = 420;
  const plot = 340;
  const row = 42;
  const left = 4;
  const height = 8 + Math.max(1, bars.length) * row;
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <Frame id={id} title={title} description={description} width={width} height={height}>
      {bars.map((b, i) => {
        const w = Math.max(1, Math.round((b.value / max) * plot));
        const y = 4 + i * row;
        return (
          <g>
            <text x={left} y={y + 14} fontSize={13} fill={ink}>
              {shorten(b.label, 56)}
            </text>
            <rect x={left} y={y + 20} width={w} height={16} fill={b.value > 0 ? barFill : axis}>
              <title>{`${b.label}: ${formatValue(b.value)}`}</title>
            </rect>
            <text x={left + w + 6} y={y + 33} fontSize={13} fill={ink}>
              {formatValue(b.value)}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}
