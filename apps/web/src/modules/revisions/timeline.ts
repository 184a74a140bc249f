import type { PhaseKind, PhaseState } from '../../gql/graphql';

/**
 * Geometry of the timeline picture on the revision dashboard: phases as bars
 * on a time axis by their planned dates, month ticks, and a marker for today.
 * Pure, so it is tested without a browser; the component only draws it.
 */

export interface TimelinePhase {
  id: string;
  kind: PhaseKind;
  state: PhaseState;
  plannedStart: string | null;
  plannedEnd: string | null;
}

export interface TimelineTick {
  x: number;
  /** First day of the month, YYYY-MM-DD. */
  date: string;
  /** Only some ticks carry a label when months are narrow. */
  labelled: boolean;
}

export interface TimelineRow {
  phase: TimelinePhase;
  /** Baseline of the row's text. */
  labelY: number;
  /** Absent when the phase has no planned dates yet. */
  bar: { x: number; y: number; width: number; height: number; milestone: boolean } | null;
}

export interface TimelineLayout {
  width: number;
  height: number;
  chart: { left: number; right: number; top: number; bottom: number };
  ticks: TimelineTick[];
  rows: TimelineRow[];
  /** Absent when today lies outside the planned period or nothing is planned. */
  today: { x: number; date: string } | null;
  /** Covered period (first of the first month to the first of the month after the last), or null. */
  period: { start: string; end: string } | null;
}

export const TIMELINE_GEOMETRY = {
  padding: 12,
  axisHeight: 32,
  rowHeight: 56,
  barOffset: 26,
  barHeight: 20,
  footerHeight: 28,
  /** A one-day phase, or a bar narrower than this, is drawn as a milestone diamond. */
  minBarWidth: 8,
  /** Minimum room a month label needs. */
  minLabelSpacing: 64,
} as const;

const DAY = 86_400_000;
const LABEL_STEPS = [1, 2, 3, 6, 12];

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);
const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;

function addMonths(isoMonthStart: string, months: number): string {
  const date = new Date(toTime(isoMonthStart));
  date.setUTCMonth(date.getUTCMonth() + months);
  return toIso(date.getTime());
}

/** A phase planned with only one of its dates is drawn as that single day. */
function plannedSpan(phase: TimelinePhase): [string, string] | null {
  const start = phase.plannedStart ?? phase.plannedEnd;
  const end = phase.plannedEnd ?? phase.plannedStart;
  return start && end ? [start, end] : null;
}

export function layoutTimeline(phases: readonly TimelinePhase[], today: string, width: number): TimelineLayout {
  const g = TIMELINE_GEOMETRY;
  const chart = {
    left: g.padding,
    right: Math.max(width - g.padding, g.padding + 1),
    top: g.axisHeight,
    bottom: g.axisHeight + phases.length * g.rowHeight,
  };
  const height = chart.bottom + g.footerHeight;
  const spans = phases.map(plannedSpan);
  const planned = spans.filter((s): s is [string, string] => s !== null);

  if (planned.length === 0) {
    return {
      width,
      height,
      chart,
      ticks: [],
      today: null,
      period: null,
      rows: phases.map((phase, i) => ({ phase, labelY: chart.top + i * g.rowHeight + 18, bar: null })),
    };
  }

  const first = planned.map(([s]) => s).sort()[0];
  const last = planned
    .map(([, e]) => e)
    .sort()
    .at(-1) as string;
  const start = monthStart(first);
  const end = addMonths(monthStart(last), 1);
  const startTime = toTime(start);
  // The last planned day is included: its bar reaches the end of that day.
  const scale = (chart.right - chart.left) / (toTime(end) - startTime);
  const xOf = (iso: string) => chart.left + (toTime(iso) - startTime) * scale;

  const months: string[] = [];
  for (let m = start; m < end; m = addMonths(m, 1)) months.push(m);
  const monthWidth = (chart.right - chart.left) / months.length;
  const step = LABEL_STEPS.find((s) => s * monthWidth >= g.minLabelSpacing) ?? 12;
  const ticks = months.map((date) => ({
    x: xOf(date),
    date,
    labelled: (Number(date.slice(5, 7)) - 1) % step === 0,
  }));

  const rows = phases.map((phase, i) => {
    const rowTop = chart.top + i * g.rowHeight;
    const span = spans[i];
    if (!span) return { phase, labelY: rowTop + 18, bar: null };
    const x = xOf(span[0]);
    const barWidth = xOf(span[1]) + DAY * scale - x;
    return {
      phase,
      labelY: rowTop + 18,
      bar: {
        x,
        y: rowTop + g.barOffset,
        width: barWidth,
        height: g.barHeight,
        milestone: span[0] === span[1] || barWidth < g.minBarWidth,
      },
    };
  });

  const todayTime = toTime(today);
  const todayMarker =
    todayTime >= startTime && todayTime < toTime(end) ? { x: xOf(today) + (DAY * scale) / 2, date: today } : null;

  return { width, height, chart, ticks, rows, today: todayMarker, period: { start, end } };
}
