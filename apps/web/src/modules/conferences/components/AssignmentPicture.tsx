import { useTranslation } from 'react-i18next';
import { barSegments, type SlotReportData } from '../assignment';

/** Fill classes by wish rank; the fourth and later share the third's. */
const segmentClass = (rank: number | null) =>
  `conference-assignment__segment conference-assignment__segment--${rank === null ? 'none' : `rank${Math.min(rank, 3)}`}`;

/**
 * How the wishes of one slot came out: a stacked bar (first, second, third
 * wish, no place) whose accessible name says it all, and the same numbers as
 * a table that doubles as the legend. "No place" is hatched, so the bar does
 * not rely on colour alone.
 */
export function AssignmentPicture({ slot, time }: { slot: SlotReportData; time: string }) {
  const { t } = useTranslation();
  const segments = barSegments(slot);
  const outcome = (rank: number | null) =>
    rank === null ? t('conference.assignment.noPlace') : t('conference.assignment.rank', { rank });
  const label = t('conference.assignment.pictureLabel', {
    time,
    count: slot.registrants,
    parts: segments
      .map((s) =>
        s.rank === null
          ? t('conference.assignment.partNone', { count: s.count, percent: s.percent })
          : t('conference.assignment.partRank', { count: s.count, rank: s.rank, percent: s.percent }),
      )
      .join('; '),
  });
  const patternId = `no-place-${Date.parse(slot.slotStartsAt)}`;
  return (
    <figure className="conference-assignment">
      <svg
        className="conference-assignment__bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
        focusable="false"
      >
        <defs>
          <pattern id={patternId} width="2" height="2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect className="conference-assignment__hatch-ground" width="2" height="2" />
            <line className="conference-assignment__hatch" x1="0" y1="0" x2="0" y2="2" strokeWidth="1" />
          </pattern>
        </defs>
        {segments
          .filter((s) => s.width > 0)
          .map((s) => (
            <rect
              key={s.rank ?? 'none'}
              className={segmentClass(s.rank)}
              x={s.x}
              y="0"
              width={s.width}
              height="10"
              fill={s.rank === null ? `url(#${patternId})` : undefined}
            />
          ))}
      </svg>
      <figcaption className="kern-body">
        {t('conference.assignment.registrants', { count: slot.registrants })}
      </figcaption>
      <table className="kern-table kern-table--small conference-assignment__table">
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('conference.assignment.outcome')}
            </th>
            <th scope="col" className="kern-table__header conference-number">
              {t('conference.assignment.people')}
            </th>
            <th scope="col" className="kern-table__header conference-number">
              {t('conference.assignment.share')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {segments.map((s) => (
            <tr className="kern-table__row" key={s.rank ?? 'none'}>
              <th scope="row" className="kern-table__cell">
                <span className={`conference-assignment__swatch ${segmentClass(s.rank)}`} aria-hidden="true" />
                {outcome(s.rank)}
              </th>
              <td className="kern-table__cell conference-number">{s.count}</td>
              <td className="kern-table__cell conference-number">
                {t('conference.assignment.percent', { percent: s.percent })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
