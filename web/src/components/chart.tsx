import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../lib/format';
import type { Lang } from '../lib/locale';

export interface ChartSeries {
  readonly label: string;
  readonly values: ReadonlyArray<number | null>;
  readonly dashed?: boolean;
}

interface ChartProps {
  readonly lang: Lang;
  /** One tick label per bucket; the x axis is the bucket's place, so a dashed comparison lines up with it. */
  readonly ticks: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly title: string;
  /** Names the x value in the legend. */
  readonly xLabel: string;
}

const FONT = '12px "Noto Sans Arabic", "Noto Sans", system-ui, sans-serif';
const COLORS = ['#0b6e4f', '#8a8f98'];

const optionsFor = ({ lang, ticks, series, title, xLabel }: ChartProps, width: number): uPlot.Options => ({
  width,
  height: 280,
  title,
  // Room for the first and last tick labels, which uPlot centres on the plot's edges.
  padding: [16, 36, 0, 16],
  scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
  axes: [
    { font: FONT, space: 48, incrs: [1, 2, 3, 4, 5, 7, 10, 14, 15, 20, 30, 50], values: (_u, splits) => splits.map((i) => ticks[i] ?? '') },
    { font: FONT, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], values: (_u, splits) => splits.map((v) => formatNumber(lang, v)) },
  ],
  series: [
    { label: xLabel, value: (_u, i) => (i === null ? '' : (ticks[i] ?? '')) },
    ...series.map((s, index) => ({
      label: s.label,
      stroke: COLORS[index] ?? '#444',
      width: 2,
      ...(s.dashed ? { dash: [6, 4] } : {}),
      points: { show: ticks.length <= 40 },
      value: (_u: uPlot, v: number | null) => (v === null ? '—' : formatNumber(lang, v)),
    })),
  ],
  legend: { show: true },
  cursor: { drag: { x: false, y: false } },
});

/**
 * uPlot draws on a canvas, so the chart keeps time running left to right in every
 * language (dir="ltr" on its box), as Arabic charts commonly do; labels stay in the page's language.
 */
export const Chart = (props: ChartProps) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const data: uPlot.AlignedData = [props.ticks.map((_, i) => i), ...props.series.map((s) => [...s.values])];
    const plot = new uPlot(optionsFor(props, element.clientWidth || 600), data, element);
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: 280 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [props.lang, props.title, JSON.stringify(props.ticks), JSON.stringify(props.series)]);
  return <div class="chart" dir="ltr" ref={box} />;
};
