import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseState } from '../../../gql/graphql';
import { formatDay, todayIso } from '../../../lib/format';
import { useElementWidth } from '../../../lib/useElementWidth';
import { PHASE_STATES } from '../phases';
import { layoutTimeline, type TimelineLayout, type TimelinePhase } from '../timeline';

/** Widths from which a row also shows the planned dates next to the phase's name. */
const DATES_IN_LABEL_FROM = 620;

/**
 * The phases as a picture: bars on a time axis by their planned dates, with
 * month ticks and a marker for today. The state is told by fill pattern and
 * by text, never by colour alone. Screen readers get a title and a summary,
 * and the same facts as a table.
 */
export function PhaseTimeline({ phases }: { phases: readonly TimelinePhase[] }) {
  const { t, i18n } = useTranslation();
  const [container, width] = useElementWidth<HTMLDivElement>(720);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const today = todayIso();
  const layout = layoutTimeline(phases, today, width);
  const language = i18n.language;
  const patternIds: Record<PhaseState, string> = {
    PLANNED: `${uid}-planned`,
    ACTIVE: `${uid}-active`,
    CLOSED: `${uid}-closed`,
  };
  const month = new Intl.DateTimeFormat(language, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const rowLabel = (phase: TimelinePhase) => {
    const base = `${t(`phase.kind.${phase.kind}`)} – ${t(`phase.state.${phase.state}`)}`;
    // Unplanned rows say so on their own line instead.
    if (width < DATES_IN_LABEL_FROM || (!phase.plannedStart && !phase.plannedEnd)) return base;
    return `${base} (${plannedText(phase, t, language)})`;
  };

  return (
    <div className="timeline" ref={container}>
      <svg
        role="img"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-desc`}
        className="timeline__svg"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <title id={`${uid}-title`}>{t('timeline.title')}</title>
        <desc id={`${uid}-desc`}>{describe(layout, phases, t, language, today)}</desc>
        <defs>
          <pattern
            id={patternIds.PLANNED}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" className="timeline__pattern-ground" />
            <line x1="0" y1="0" x2="0" y2="8" className="timeline__pattern-hatch" />
          </pattern>
          <pattern id={patternIds.ACTIVE} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" className="timeline__pattern-solid" />
          </pattern>
          <pattern id={patternIds.CLOSED} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="timeline__pattern-closed-ground" />
            <circle cx="3" cy="3" r="1.2" className="timeline__pattern-dot" />
          </pattern>
        </defs>

        {layout.ticks.map((tick) => (
          <g key={tick.date}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={layout.chart.top - 8}
              y2={layout.chart.bottom}
              className={tick.labelled ? 'timeline__tick timeline__tick--major' : 'timeline__tick'}
            />
            {tick.labelled && (
              <text x={tick.x + 4} y={layout.chart.top - 12} className="timeline__tick-label">
                {month.format(new Date(`${tick.date}T00:00:00Z`))}
              </text>
            )}
          </g>
        ))}
        {layout.period && (
          <line
            x1={layout.chart.right}
            x2={layout.chart.right}
            y1={layout.chart.top - 8}
            y2={layout.chart.bottom}
            className="timeline__tick timeline__tick--major"
          />
        )}

        {layout.rows.map(({ phase, labelY, bar }) => (
          <g key={phase.id}>
            <text x={layout.chart.left} y={labelY} className="timeline__row-label">
              {rowLabel(phase)}
            </text>
            {bar && !bar.milestone && (
              <rect
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                rx="2"
                fill={`url(#${patternIds[phase.state]})`}
                className={`timeline__bar timeline__bar--${phase.state.toLowerCase()}`}
              />
            )}
            {bar?.milestone && (
              <polygon
                points={diamond(bar.x + bar.width / 2, bar.y + bar.height / 2, bar.height / 2 + 2)}
                fill={`url(#${patternIds[phase.state]})`}
                className={`timeline__bar timeline__bar--${phase.state.toLowerCase()}`}
              />
            )}
            {!bar && (
              <text x={layout.chart.left} y={labelY + 26} className="timeline__unplanned">
                {t('timeline.notPlanned')}
              </text>
            )}
          </g>
        ))}

        {layout.today && (
          <g>
            <line
              x1={layout.today.x}
              x2={layout.today.x}
              y1={layout.chart.top - 4}
              y2={layout.chart.bottom + 4}
              className="timeline__today"
            />
            <text
              x={layout.today.x}
              y={layout.chart.bottom + 20}
              textAnchor={layout.today.x > layout.width / 2 ? 'end' : 'start'}
              className="timeline__today-label"
            >
              {t('timeline.today', { date: formatDay(layout.today.date, language) })}
            </text>
          </g>
        )}
      </svg>

      <ul className="timeline__legend" aria-hidden="true">
        {PHASE_STATES.map((state) => (
          <li key={state}>
            <svg width="28" height="16" className="timeline__legend-swatch">
              <rect
                x="1"
                y="1"
                width="26"
                height="14"
                rx="2"
                fill={`url(#${patternIds[state]})`}
                className={`timeline__bar timeline__bar--${state.toLowerCase()}`}
              />
            </svg>
            {t(`phase.state.${state}`)}
          </li>
        ))}
        <li>
          <svg width="28" height="16" className="timeline__legend-swatch">
            <line x1="14" x2="14" y1="0" y2="16" className="timeline__today" />
          </svg>
          {t('timeline.todayLegend')}
        </li>
      </ul>

      <table className="kern-sr-only">
        <caption>{t('timeline.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('phase.phase')}</th>
            <th scope="col">{t('phase.stateLabel')}</th>
            <th scope="col">{t('phase.plannedStart')}</th>
            <th scope="col">{t('phase.plannedEnd')}</th>
          </tr>
        </thead>
        <tbody>
          {phases.map((phase) => (
            <tr key={phase.id}>
              <th scope="row">{t(`phase.kind.${phase.kind}`)}</th>
              <td>{t(`phase.state.${phase.state}`)}</td>
              <td>{phase.plannedStart ? formatDay(phase.plannedStart, language) : t('phase.notSet')}</td>
              <td>{phase.plannedEnd ? formatDay(phase.plannedEnd, language) : t('phase.notSet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// i18next's plain TFunction: the type of useTranslation's `t` grows too deep for the compiler with this many texts.
type T = TFunction;

function diamond(cx: number, cy: number, r: number): string {
  return `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`;
}

function plannedText({ plannedStart: start, plannedEnd: end }: TimelinePhase, t: T, language: string): string {
  if (!start || !end || start === end) return formatDay((start ?? end) as string, language);
  return t('timeline.span', { start: formatDay(start, language), end: formatDay(end, language) });
}

/** The picture in words: the period, today, and which phases are in which state. */
function describe(layout: TimelineLayout, phases: readonly TimelinePhase[], t: T, language: string, today: string) {
  if (!layout.period) return t('timeline.descNothingPlanned');
  const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lastDay = new Date(Date.parse(`${layout.period.end}T00:00:00Z`) - 86_400_000);
  const names = (state: PhaseState) =>
    phases
      .filter((p) => p.state === state)
      .map((p) => t(`phase.kind.${p.kind}`))
      .join(', ') || t('timeline.none');
  return [
    t('timeline.descPeriod', {
      start: month.format(new Date(`${layout.period.start}T00:00:00Z`)),
      end: month.format(lastDay),
    }),
    t('timeline.descToday', { date: formatDay(today, language) }),
    t('timeline.descStates', { active: names('ACTIVE'), planned: names('PLANNED'), closed: names('CLOSED') }),
  ].join(' ');
}
