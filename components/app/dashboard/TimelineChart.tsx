import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import type { ChartData } from './data';

// Only what a line chart on a category axis needs (tree-shaken build). The time scale would need
// a date adapter: labels are formatted by data.ts instead.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const COLORS = { total: '#0b5cad', hostile: '#b3261e', rumour: '#8a5a00' } as const;

function datasets(data: ChartData) {
  return (['total', 'hostile', 'rumour'] as const).map((k) => ({
    label: t(`dash.series.${k}`),
    data: data[k],
    borderColor: COLORS[k],
    backgroundColor: COLORS[k],
    pointRadius: 2,
    // Straight segments: curves would overshoot and suggest counts that never happened.
    tension: 0,
  }));
}

/**
 * Total, hostile and rumour comments over the period. The chart is created once and updated in
 * place; where no 2D context exists (a test DOM), only the accessible summary is rendered.
 */
export function TimelineChart({ data }: { data: ChartData }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line'> | null>(null);

  useEffect(() => {
    const el = canvas.current;
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = el?.getContext('2d') ?? null;
    } catch {
      ctx = null;
    }
    if (!ctx) return;
    chart.current = new Chart(ctx, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets(data) },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.labels = data.labels;
    c.data.datasets = datasets(data);
    c.update('none');
  }, [data]);

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const summary = t('dash.chart.summary', { total: sum(data.total), hostile: sum(data.hostile), rumour: sum(data.rumour) });
  return (
    <div class="dash-chart-box">
      <div class="canvas-wrap">
        <canvas ref={canvas} role="img" aria-label={summary} data-testid="dash-canvas" />
      </div>
      <p class="help" data-testid="dash-chart-summary">
        {summary}
      </p>
    </div>
  );
}
