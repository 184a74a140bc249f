import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import {
  classOf,
  CLASS_COUNT,
  formatNumber,
  formatValue,
  GRID_COLUMNS,
  gridTiles,
  tileName,
  valueClasses,
  valuesInYear,
  type IndicatorValueItem,
  type MunicipalityItem,
} from '../model';

/** The shade of a class: five steps from light to dark; one class alone takes the middle one. */
const shade = (index: number, classes: number) => (classes === 1 ? Math.floor(CLASS_COUNT / 2) : index) + 1;

/**
 * A map-like grid of the region's municipalities for one year: a tile each,
 * placed roughly where the municipality lies, shaded in five classes with
 * the value written in it; tiles without a value are hatched and show "–".
 */
export function MunicipalityGrid({
  indicator,
  municipalities,
  values,
  year,
}: {
  indicator: { id: string; name: string; unit: string };
  municipalities: readonly MunicipalityItem[];
  values: readonly IndicatorValueItem[];
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const inYear = valuesInYear(values, year);
  const known = municipalities.filter((m) => inYear.has(m.id)).map((m) => inYear.get(m.id)!.value);
  const classes = valueClasses(known);
  const tiles = gridTiles(municipalities);
  const rows = tiles.length ? Math.max(...tiles.map((tile) => tile.row)) + 1 : 0;
  const at = new Map(tiles.map((tile) => [`${tile.row}:${tile.column}`, tile]));
  // In the order the tiles are read: row by row.
  const missing = tiles.filter((tile) => !inYear.has(tile.municipality.id)).map((tile) => tile.municipality.name);
  const headingId = `map-${indicator.id}`;
  const label = t('inventory.map.label', {
    name: indicator.name,
    year,
    count: known.length,
    total: municipalities.length,
    min: known.length ? formatValue(Math.min(...known), indicator.unit, language) : '–',
    max: known.length ? formatValue(Math.max(...known), indicator.unit, language) : '–',
    missing: missing.length ? missing.join(', ') : t('inventory.map.missingNone'),
  });

  return (
    <section aria-labelledby={headingId}>
      <h3 className="kern-heading-medium" id={headingId}>
        {t('inventory.map.title', { year })}
      </h3>
      <p className="kern-body">{t('inventory.map.intro')}</p>
      <div className="inventory-grid" role="img" aria-label={label}>
        {Array.from({ length: rows }, (_, row) => (
          <Fragment key={row}>
            {Array.from({ length: GRID_COLUMNS }, (_, column) => {
              const tile = at.get(`${row}:${column}`);
              if (!tile) return <span key={column} className="inventory-tile inventory-tile--empty" />;
              const value = inYear.get(tile.municipality.id);
              return (
                <span
                  key={column}
                  className={`inventory-tile ${
                    value
                      ? `inventory-tile--shade-${shade(classOf(value.value, classes), classes.length)}`
                      : 'inventory-tile--none'
                  }`}
                >
                  <span className="inventory-tile__name">{tileName(tile.municipality.name)}</span>
                  <span className="inventory-tile__value">{value ? formatNumber(value.value, language) : '–'}</span>
                </span>
              );
            })}
          </Fragment>
        ))}
      </div>
      <ul className="inventory-key" aria-label={t('inventory.map.legend')}>
        {classes.map((c, i) => (
          <li key={i}>
            <span
              className={`inventory-key__swatch inventory-tile--shade-${shade(i, classes.length)}`}
              aria-hidden="true"
            />
            {t('inventory.map.range', {
              from: formatNumber(c.from, language),
              to: formatValue(c.to, indicator.unit, language),
            })}
          </li>
        ))}
        <li>
          <span className="inventory-key__swatch inventory-tile--none" aria-hidden="true" />
          {t('inventory.map.noValue')}
        </li>
      </ul>
    </section>
  );
}
