import type { TFunction } from 'i18next';
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Disclosure } from '../../../../components/Disclosure';
import {
  COVERAGE_LINE_HEIGHT,
  COVERAGE_STATUSES,
  layoutCoverage,
  levelRanges,
  type CoverageMatrix as Matrix,
  type MatrixCell,
} from '../../coverage';
import { EMPTY_FILTER, listFilterParams } from '../../list-filter';

type T = TFunction;

/**
 * The coverage as a picture: fields of action × target groups, shaded by the
 * number of recommendations. Gaps are hatched, outlined and marked with "!",
 * so they stand out without colour. Every cell carries its number; the
 * picture is described in words, and the same numbers come as a table.
 * Cells of real target groups link to the list filtered by field and group.
 */
export function CoverageMatrix({ revisionId, matrix }: { revisionId: string; matrix: Matrix }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const geometry = layoutCoverage(matrix, t('recommendations.coverage.noTargetGroup'));
  const { rowHeader, columnHeader, cell } = geometry;
  const gapPattern = `${uid}-gap`;
  const columnLabel = (index: number) =>
    matrix.columns[index].targetGroup?.label ?? t('recommendations.coverage.noTargetGroup');
  const listPath = (c: MatrixCell) =>
    `/fortschreibungen/${revisionId}/empfehlungen?${listFilterParams({
      ...EMPTY_FILTER,
      fieldOfActionId: c.fieldOfActionId,
      targetGroupId: c.targetGroupId,
      statuses: [...COVERAGE_STATUSES],
    })}`;
  // An ordinary link for the browser (new tab, copy address); an in-app navigation for a plain click.
  const follow = (e: MouseEvent, path: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(path);
  };
  const summary = summarise(matrix, t);

  return (
    <div className="rv-coverage">
      <p className="kern-body kern-body--large">{summary}</p>
      <Legend max={matrix.max} gapPattern={gapPattern} />
      <div className="rv-coverage__scroll" role="region" aria-label={t('recommendations.coverage.region')} tabIndex={0}>
        <svg
          className="rv-coverage__svg"
          width={geometry.width}
          height={geometry.height}
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        >
          <defs>
            <pattern id={gapPattern} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" className="rv-coverage__gap-ground" />
              <line x1="0" y1="0" x2="0" y2="8" className="rv-coverage__gap-hatch" />
            </pattern>
          </defs>
          <g
            role="img"
            aria-label={`${t('recommendations.coverage.picture')}. ${summary}`}
            aria-describedby={`${uid}-desc`}
          >
            <desc id={`${uid}-desc`}>{describe(matrix, t)}</desc>
            <text x={8} y={columnHeader - 10} className="rv-coverage__corner">
              {t('recommendations.coverage.fieldsHeader')}
            </text>
            {geometry.headerLines.map((lines, i) => (
              <text
                key={i}
                x={rowHeader + i * cell.width + cell.width / 2}
                y={columnHeader - 10 - (lines.length - 1) * COVERAGE_LINE_HEIGHT}
                textAnchor="middle"
                className="rv-coverage__column-label"
              >
                {lines.map((line, j) => (
                  <tspan
                    key={j}
                    x={rowHeader + i * cell.width + cell.width / 2}
                    dy={j === 0 ? 0 : COVERAGE_LINE_HEIGHT}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
            {matrix.rows.map((row, r) => {
              const top = columnHeader + r * cell.height;
              const lines = geometry.rowLines[r];
              return (
                <g key={row.field.id}>
                  <line x1={0} x2={geometry.width} y1={top} y2={top} className="rv-coverage__rule" />
                  <text
                    x={8}
                    y={top + cell.height / 2 - ((lines.length - 1) * COVERAGE_LINE_HEIGHT) / 2 + 5}
                    className="rv-coverage__row-label"
                  >
                    {lines.map((line, j) => (
                      <tspan key={j} x={8} dy={j === 0 ? 0 : COVERAGE_LINE_HEIGHT}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  {row.cells.map((c, i) => (
                    <CellShape
                      key={i}
                      cell={c}
                      x={rowHeader + i * cell.width}
                      y={top}
                      width={cell.width}
                      height={cell.height}
                      gapPattern={gapPattern}
                    />
                  ))}
                </g>
              );
            })}
          </g>
          <g className="rv-coverage__links">
            {matrix.rows.map((row, r) =>
              row.cells.map((c, i) => {
                if (c.targetGroupId === null) return null;
                const path = listPath(c);
                const names = { field: row.field.label, targetGroup: columnLabel(i), count: c.count };
                return (
                  <a
                    key={`${r}-${i}`}
                    href={path}
                    className="rv-coverage__link"
                    aria-label={
                      c.gap
                        ? t('recommendations.coverage.gapLink', names)
                        : t('recommendations.coverage.cellLink', names)
                    }
                    onClick={(e) => follow(e, path)}
                  >
                    <rect
                      x={rowHeader + i * cell.width + 2}
                      y={columnHeader + r * cell.height + 2}
                      width={cell.width - 4}
                      height={cell.height - 4}
                      rx="3"
                      className="rv-coverage__hit"
                    />
                  </a>
                );
              }),
            )}
          </g>
        </svg>
      </div>
      <Disclosure label={t('recommendations.coverage.table')}>
        {() => <CoverageTable matrix={matrix} columnLabel={columnLabel} />}
      </Disclosure>
    </div>
  );
}

function CellShape({
  cell,
  x,
  y,
  width,
  height,
  gapPattern,
}: {
  cell: MatrixCell;
  x: number;
  y: number;
  width: number;
  height: number;
  gapPattern: string;
}) {
  const cx = x + width / 2;
  const cy = y + height / 2;
  const kind = cell.gap ? 'gap' : cell.count === 0 ? 'zero' : `l${cell.level}`;
  return (
    <g>
      <rect
        x={x + 3}
        y={y + 3}
        width={width - 6}
        height={height - 6}
        rx="3"
        fill={cell.gap ? `url(#${gapPattern})` : undefined}
        className={`rv-coverage__cell rv-coverage__cell--${kind}`}
      />
      {cell.gap ? (
        <>
          <GapMark x={cx - 18} y={cy} />
          <rect x={cx - 2} y={cy - 11} width={20} height={22} rx="4" className="rv-coverage__pill" />
          <text x={cx + 8} y={cy + 5} textAnchor="middle" className="rv-coverage__count rv-coverage__count--gap">
            0
          </text>
        </>
      ) : (
        <>
          <rect x={cx - 14} y={cy - 11} width={28} height={22} rx="4" className="rv-coverage__pill" />
          <text x={cx} y={cy + 5} textAnchor="middle" className="rv-coverage__count">
            {cell.count}
          </text>
        </>
      )}
    </g>
  );
}

/** A warning triangle with "!", centred on (x, y). */
function GapMark({ x, y }: { x: number; y: number }) {
  return (
    <g className="rv-coverage__mark">
      <polygon points={`${x},${y - 10} ${x + 11},${y + 9} ${x - 11},${y + 9}`} className="rv-coverage__mark-shape" />
      <text x={x} y={y + 7} textAnchor="middle" className="rv-coverage__mark-text">
        !
      </text>
    </g>
  );
}

function Legend({ max, gapPattern }: { max: number; gapPattern: string }) {
  const { t } = useTranslation();
  return (
    <div className="rv-coverage__legend">
      <h3 className="kern-heading-small">{t('recommendations.coverage.legend')}</h3>
      <ul>
        {levelRanges(max).map(({ level, from, to }) => (
          <li key={level}>
            <svg width="32" height="22" aria-hidden="true" className="rv-coverage__swatch">
              <rect
                x="1"
                y="1"
                width="30"
                height="20"
                rx="3"
                className={`rv-coverage__cell rv-coverage__cell--l${level}`}
              />
            </svg>
            {t('recommendations.coverage.legendLevel', {
              range: from === to ? String(from) : `${from}–${to}`,
              count: to,
            })}
          </li>
        ))}
        <li>
          <svg width="32" height="22" aria-hidden="true" className="rv-coverage__swatch">
            <rect
              x="1"
              y="1"
              width="30"
              height="20"
              rx="3"
              fill={`url(#${gapPattern})`}
              className="rv-coverage__cell rv-coverage__cell--gap"
            />
            <GapMark x={16} y={11} />
          </svg>
          {t('recommendations.coverage.legendGap')}
        </li>
        <li>
          <svg width="32" height="22" aria-hidden="true" className="rv-coverage__swatch">
            <rect x="1" y="1" width="30" height="20" rx="3" className="rv-coverage__cell rv-coverage__cell--zero" />
          </svg>
          {t('recommendations.coverage.legendNone')}
        </li>
      </ul>
    </div>
  );
}

function CoverageTable({ matrix, columnLabel }: { matrix: Matrix; columnLabel: (index: number) => string }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="rv-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kern-table kern-table--small rv-table__table">
        <caption id={captionId} className="kern-title">
          {t('recommendations.coverage.tableCaption')}
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('recommendations.coverage.fieldsHeader')}
            </th>
            {matrix.columns.map((_, i) => (
              <th key={i} scope="col" className="kern-table__header">
                {columnLabel(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {matrix.rows.map((row) => (
            <tr key={row.field.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.field.label}
              </th>
              {row.cells.map((c, i) => (
                <td key={i} className={`kern-table__cell rv-number${c.gap ? ' rv-coverage__table-gap' : ''}`}>
                  {c.gap ? `0 (${t('recommendations.coverage.gap')})` : c.count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function summarise(matrix: Matrix, t: T): string {
  if (matrix.gaps === 0) return t('recommendations.coverage.noGaps');
  return t('recommendations.coverage.summary', { gaps: matrix.gaps, combinations: matrix.combinations });
}

/** The details behind the summary: the largest number, which combinations are gaps, and the unassigned ones. */
function describe(matrix: Matrix, t: T): string {
  const gaps = matrix.rows.flatMap((row) =>
    row.cells
      .map((c, i) => ({ c, label: matrix.columns[i].targetGroup?.label }))
      .filter(({ c }) => c.gap)
      .map(({ label }) => `${row.field.label} – ${label}`),
  );
  const none = matrix.rows.reduce((sum, row) => sum + row.cells[row.cells.length - 1].count, 0);
  return [
    t('recommendations.coverage.descMax', { max: matrix.max }),
    gaps.length ? t('recommendations.coverage.descGapsIn', { list: gaps.join('; ') }) : '',
    t('recommendations.coverage.descNone', { count: none }),
  ]
    .filter(Boolean)
    .join(' ');
}
