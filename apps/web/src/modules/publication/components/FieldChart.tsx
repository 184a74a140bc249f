import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldCount {
  id: string;
  title: string;
  count: number;
}

const ROW = 30;
const LABEL = 46;
const WIDTH = 640;

/**
 * The concept's recommendations per field of action as a bar chart: each bar
 * carries its number as text (not length alone), the picture's name says
 * what it shows with the largest field, and the same figures follow as a
 * table for those who would rather read them.
 */
export function FieldChart({ fields }: { fields: FieldCount[] }) {
  const { t } = useTranslation();
  const id = useId();
  if (!fields.length) return null;
  const max = Math.max(...fields.map((f) => f.count), 1);
  const total = fields.reduce((n, f) => n + f.count, 0);
  const largest = [...fields].sort((a, b) => b.count - a.count)[0];
  const height = fields.length * ROW + 8;
  const barSpace = WIDTH - LABEL - 8;
  return (
    <figure className="publication-chart" aria-labelledby={`${id}-caption`}>
      <figcaption className="kern-heading-small" id={`${id}-caption`}>
        {t('publication.chart.title')}
      </figcaption>
      <svg
        role="img"
        aria-label={t('publication.chart.label', {
          total,
          fields: fields.length,
          largest: largest.title,
          count: largest.count,
        })}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="publication-chart__picture"
      >
        {fields.map((f, i) => {
          const y = i * ROW + 4;
          const width = Math.max(2, (f.count / max) * barSpace);
          return (
            <g key={f.id}>
              <text x={LABEL - 6} y={y + 16} textAnchor="end" className="publication-chart__count">
                {f.count}
              </text>
              <rect x={LABEL} y={y} width={width} height={ROW - 10} className="publication-chart__bar" />
              <text
                x={LABEL + (width > barSpace * 0.6 ? 8 : width + 8)}
                y={y + 15}
                className={width > barSpace * 0.6 ? 'publication-chart__inside' : 'publication-chart__outside'}
              >
                {f.title}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="publication-chart__table">
        <caption className="app-sr-only">{t('publication.chart.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publication.public.field')}</th>
            <th scope="col">{t('publication.chart.count')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.title}</th>
              <td>{f.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
