import { useTranslation } from 'react-i18next';
import { countShares } from '../model';

/**
 * Registrations at a glance: a bar of the confirmed places, the free ones
 * and the waiting list beyond, each with its own pattern; the numbers are
 * written out next to it, so the picture only repeats them.
 */
export function CountsPicture({
  counts,
  capacity,
}: {
  counts: { confirmed: number; waitlisted: number; cancelled: number };
  capacity: number;
}) {
  const { t } = useTranslation();
  const shares = countShares(counts, capacity);
  return (
    <figure className="conference-counts">
      <svg
        className="conference-counts__bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="conference-counts__free" x="0" y="0" width="100" height="10" />
        <rect className="conference-counts__confirmed" x="0" y="0" width={shares.confirmed} height="10" />
        <rect
          className="conference-counts__waitlisted"
          x={shares.confirmed + shares.free}
          y="0"
          width={shares.waitlisted}
          height="10"
        />
      </svg>
      <figcaption>
        <ul className="conference-counts__legend">
          <li>
            <span className="conference-counts__swatch conference-counts__swatch--confirmed" aria-hidden="true" />
            {t('conference.counts.confirmed', { count: counts.confirmed, capacity })}
          </li>
          <li>
            <span className="conference-counts__swatch conference-counts__swatch--waitlisted" aria-hidden="true" />
            {t('conference.counts.waitlisted', { count: counts.waitlisted })}
          </li>
          <li>
            <span className="conference-counts__swatch conference-counts__swatch--cancelled" aria-hidden="true" />
            {t('conference.counts.cancelled', { count: counts.cancelled })}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
