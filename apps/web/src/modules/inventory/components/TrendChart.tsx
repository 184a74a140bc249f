import { useTranslation } from 'react-i18next';
import { TableHead } from '../../../components/TableHead';
import {
  formatNumber,
  formatValue,
  largestMunicipalities,
  niceCeiling,
  seriesOf,
  yearsOf,
  type IndicatorValueItem,
} from '../model';
import { NoValue } from './NoValue';

/** How many municipalities the chart follows: more lines would not be readable. */
const LINES = 5;

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { left: 80, right: 32, top: 16, bottom: 40 };

/** Every line has its own colour, dash and marker shape, so colour is never the only sign. */
const STYLES = [
  { className: 'inventory-series--1', dash: undefined, marker: 'circle' },
  { className: 'inventory-series--2', dash: '8 4', marker: 'square' },
  { className: 'inventory-series--3', dash: '2 4', marker: 'triangle' },
  { className: 'inventory-series--4', dash: '12 4 2 4', marker: 'diamond' },
  { className: 'inventory-series--5', dash: '4 2', marker: 'cross' },
] as const;

type Marker = (typeof STYLES)[number]['marker'];

function MarkerShape({ marker, x, y }: { marker: Marker; x: number; y: number }) {
  const r = 5;
  switch (marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case 'triangle':
      return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`} />;
    case 'diamond':
      return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`} />;
    case 'cross':
      return (
        <path
          className="inventory-marker--cross"
          d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`}
        />
      );
  }
}

/**
 * The indicator over the years, one line for each of the (up to) five
 * municipalities with the largest values in the latest year; the same
 * figures follow as a table.
 */
export function TrendChart({
  indicator,
  values,
}: {
  indicator: { id: string; name: string; unit: string };
  values: readonly IndicatorValueItem[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const years = yearsOf(values);
  const municipalities = largestMunicipalities(values, LINES);
  const series = seriesOf(values, municipalities, years);
  const shown = series.flatMap((s) =>
    s.points.flatMap((p) =>
      p.value === null ? [] : [{ year: p.year, value: p.value, municipality: s.municipality.name }],
    ),
  );
  if (!shown.length) return null;
  const largest = shown.reduce((a, b) => (b.value > a.value ? b : a));
  const floor = Math.min(0, ...shown.map((p) => p.value));
  const ceiling = niceCeiling(largest.value);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (years.length === 1 ? plotWidth / 2 : (i * plotWidth) / (years.length - 1));
  const y = (v: number) => MARGIN.top + plotHeight * (1 - (v - floor) / (ceiling - floor || 1));
  const ticks = Array.from({ length: 5 }, (_, i) => floor + ((ceiling - floor) * i) / 4);
  const headingId = `trend-${indicator.id}`;
  const captionId = `trend-caption-${indicator.id}`;
  const label = t('inventory.trend.label', {
    name: indicator.name,
    from: years[0],
    to: years[years.length - 1],
    municipalities: municipalities.map((m) => m.name).join(', '),
    municipality: largest.municipality,
    year: largest.year,
    value: formatValue(largest.value, indicator.unit, language),
  });

  return (
    <section aria-labelledby={headingId}>
      <h3 className="kern-heading-medium" id={headingId}>
        {t('inventory.trend.title')}
      </h3>
      <p className="kern-body">
        {t('inventory.trend.intro', { count: municipalities.length, year: years[years.length - 1] })}
      </p>
      <div className="inventory-scroll" role="region" aria-label={t('inventory.trend.scroll')} tabIndex={0}>
        <div className="inventory-trend" role="img" aria-label={label}>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
            {ticks.map((tick) => (
              <g key={tick} className="inventory-axis">
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
                <text x={MARGIN.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
                  {formatNumber(tick, language)}
                </text>
              </g>
            ))}
            {years.map((year, i) => (
              <text key={year} className="inventory-axis" x={x(i)} y={HEIGHT - 12} textAnchor="middle">
                {year}
              </text>
            ))}
            {series.map((s, index) => {
              const style = STYLES[index];
              const points = s.points.flatMap((p, i) => (p.value === null ? [] : [[x(i), y(p.value)] as const]));
              return (
                <g key={s.municipality.id} className={`inventory-series ${style.className}`}>
                  {points.length > 1 && (
                    <polyline
                      points={points.map(([px, py]) => `${px},${py}`).join(' ')}
                      fill="none"
                      strokeDasharray={style.dash}
                    />
                  )}
                  {points.map(([px, py]) => (
                    <MarkerShape key={px} marker={style.marker} x={px} y={py} />
                  ))}
                </g>
              );
            })}
          </svg>
          <ul className="inventory-legend">
            {series.map((s, index) => {
              const style = STYLES[index];
              return (
                <li key={s.municipality.id}>
                  <svg
                    className={`inventory-series ${style.className}`}
                    viewBox="0 0 40 16"
                    width="40"
                    height="16"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <line x1="2" x2="38" y1="8" y2="8" strokeDasharray={style.dash} />
                    <MarkerShape marker={style.marker} x={20} y={8} />
                  </svg>
                  {s.municipality.name}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <div className="inventory-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="kern-table kern-table--small">
          <caption id={captionId} className="kern-body inventory-caption">
            {t('inventory.trend.caption', { name: indicator.name })}
          </caption>
          <TableHead columns={[t('inventory.trend.municipality'), ...years.map(String)]} />
          <tbody className="kern-table__body">
            {series.map((s) => (
              <tr className="kern-table__row" key={s.municipality.id}>
                <th scope="row" className="kern-table__header">
                  {s.municipality.name}
                </th>
                {s.points.map((p) => (
                  <td key={p.year} className="kern-table__cell inventory-number">
                    {p.value === null ? <NoValue /> : formatValue(p.value, indicator.unit, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
