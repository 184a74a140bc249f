import { useTranslation } from 'react-i18next';
import { barShare, formatValue, ranking, type IndicatorValueItem } from '../model';

/**
 * The municipalities of one year side by side: a horizontal bar each,
 * largest first, with the value written next to it. The values table below
 * holds the same figures.
 */
export function ComparisonChart({
  indicator,
  values,
  year,
}: {
  indicator: { id: string; name: string; unit: string };
  values: readonly IndicatorValueItem[];
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = ranking(values, year);
  if (!rows.length) return null;
  const max = Math.max(...rows.map((r) => r.value));
  const smallest = rows[rows.length - 1];
  const headingId = `comparison-${indicator.id}`;
  const label = t('inventory.comparison.label', {
    name: indicator.name,
    year,
    count: rows.length,
    largest: rows[0].municipalityName,
    largestValue: formatValue(rows[0].value, indicator.unit, language),
    smallest: smallest.municipalityName,
    smallestValue: formatValue(smallest.value, indicator.unit, language),
  });
  return (
    <section aria-labelledby={headingId}>
      <h3 className="kern-heading-medium" id={headingId}>
        {t('inventory.comparison.title', { year })}
      </h3>
      <div className="inventory-bars" role="img" aria-label={label}>
        {rows.map((r) => (
          <div className="inventory-bars__row" key={r.municipalityId}>
            <span className="inventory-bars__name">{r.municipalityName}</span>
            <svg
              className="inventory-bars__track"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect className="inventory-bars__bar" x="0" y="0" width={barShare(r.value, max)} height="10" />
            </svg>
            <span className="inventory-bars__value">{formatValue(r.value, indicator.unit, language)}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
