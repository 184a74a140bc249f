import { layoutTimeline, TIMELINE_GEOMETRY, type TimelinePhase } from './timeline';

const phase = (kind: TimelinePhase['kind'], plannedStart: string | null, plannedEnd: string | null): TimelinePhase => ({
  id: kind,
  kind,
  state: 'PLANNED',
  plannedStart,
  plannedEnd,
});

const demo = [
  phase('INVENTORY', '2026-09-01', '2026-12-18'),
  phase('SURVEY', '2026-11-02', '2027-02-26'),
  phase('CONFERENCE', '2027-05-07', '2027-05-07'),
  phase('WORKSHOPS', '2027-06-07', '2027-09-30'),
  phase('FINALISATION', '2027-10-01', '2028-06-30'),
];

describe('layoutTimeline', () => {
  it('spans whole months from the first planned start to the last planned end', () => {
    const layout = layoutTimeline(demo, '2026-11-23', 1000);
    expect(layout.period).toEqual({ start: '2026-09-01', end: '2028-07-01' });
    expect(layout.ticks).toHaveLength(22);
    expect(layout.ticks[0]).toMatchObject({ date: '2026-09-01', x: layout.chart.left });
  });

  it('orders bars in time and keeps them inside the chart', () => {
    const layout = layoutTimeline(demo, '2026-11-23', 1000);
    const bars = layout.rows.map((r) => r.bar!);
    for (let i = 1; i < bars.length; i++) expect(bars[i].x).toBeGreaterThan(bars[i - 1].x);
    for (const bar of bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.chart.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.chart.right + 0.001);
    }
    expect(bars[4].x + bars[4].width).toBeCloseTo(layout.chart.right, 0);
  });

  it('draws a one-day phase as a milestone', () => {
    const layout = layoutTimeline(demo, '2026-11-23', 1000);
    expect(layout.rows[2].bar?.milestone).toBe(true);
    expect(layout.rows[0].bar?.milestone).toBe(false);
  });

  it('places today between the bars that surround it, and omits it outside the period', () => {
    const layout = layoutTimeline(demo, '2026-11-23', 1000);
    const [inventory, survey] = layout.rows.map((r) => r.bar!);
    expect(layout.today?.x).toBeGreaterThan(survey.x);
    expect(layout.today?.x).toBeLessThan(inventory.x + inventory.width);
    expect(layoutTimeline(demo, '2029-01-01', 1000).today).toBeNull();
    expect(layoutTimeline(demo, '2026-08-31', 1000).today).toBeNull();
  });

  it('labels fewer months when they get narrow, always at the start of a quarter or year', () => {
    const wide = layoutTimeline(demo, '2026-11-23', 2000).ticks.filter((t) => t.labelled);
    const narrow = layoutTimeline(demo, '2026-11-23', 360).ticks.filter((t) => t.labelled);
    expect(wide).toHaveLength(22);
    expect(narrow.length).toBeLessThan(wide.length);
    for (let i = 1; i < narrow.length; i++) {
      expect(narrow[i].x - narrow[i - 1].x).toBeGreaterThanOrEqual(TIMELINE_GEOMETRY.minLabelSpacing);
    }
    expect(narrow.every((t) => ['01', '07'].includes(t.date.slice(5, 7)))).toBe(true);
  });

  it('keeps unplanned phases as rows without a bar', () => {
    const layout = layoutTimeline(
      [phase('INVENTORY', '2026-09-01', '2026-10-31'), phase('SURVEY', null, null)],
      '2026-09-15',
      600,
    );
    expect(layout.rows[1].bar).toBeNull();
    expect(layout.rows[1].labelY).toBeGreaterThan(layout.rows[0].labelY);
  });

  it('has no axis when nothing is planned', () => {
    const layout = layoutTimeline([phase('INVENTORY', null, null)], '2026-09-15', 600);
    expect(layout.period).toBeNull();
    expect(layout.ticks).toEqual([]);
    expect(layout.today).toBeNull();
  });

  it('draws a phase with only one date as that day', () => {
    const layout = layoutTimeline([phase('CONFERENCE', '2027-05-07', null)], '2027-05-01', 600);
    expect(layout.rows[0].bar?.milestone).toBe(true);
    expect(layout.period).toEqual({ start: '2027-05-01', end: '2027-06-01' });
  });
});
