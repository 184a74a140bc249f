import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureTable } from '../figures';

const ROW = 28;
const LABEL = 190;
const WIDTH = 640;

/**
 * An indicator of the concept's "Daten und Fakten" as a bar chart, drawn from
 * the table beside it (which stays as the text alternative): values written
 * at the bars, the picture's name giving the largest value.
 */
export function FigureChart({ figure }: { figure: FigureTable }) {
  const { t } = useTranslation();
  const id = useId();
  if (!figure.rows.length) return null;
  const max = Math.max(...figure.rows.map((r) => r.value), 1);
  const top = figure.rows.reduce((a, b) => (b.value > a.value ? b : a));
  const space = WIDTH - LABEL - 80;
  return (
    <figure className="publication-chart" aria-labelledby={`${id}-caption`}>
      <figcaption className="kern-body" id={`${id}-caption`}>
        {t('publication.figure.caption', { title: figure.title, note: figure.note })}
      </figcaption>
      <svg
        role="img"
        aria-label={t('publication.figure.label', {
          title: figure.title,
          count: figure.rows.length,
          top: top.name,
          value: top.text,
          unit: figure.unit,
        })}
        viewBox={`0 0 ${WIDTH} ${figure.rows.length * ROW + 8}`}
        className="publication-chart__picture"
      >
        {figure.rows.map((r, i) => {
          const y = i * ROW + 4;
          const width = Math.max(2, (r.value / max) * space);
          return (
            <g key={r.name}>
              <text x={LABEL - 8} y={y + 15} textAnchor="end" className="publication-chart__outside">
                {r.name}
              </text>
              <rect x={LABEL} y={y} width={width} height={ROW - 10} className="publication-chart__bar" />
              <text x={LABEL + width + 6} y={y + 15} className="publication-chart__count">
                {r.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
