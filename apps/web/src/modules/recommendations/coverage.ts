import type { RecommendationStatus } from '../../gql/graphql';

/**
 * The coverage matrix: fields of action × target groups, with a last column
 * for recommendations that name no target group. Pure, so it is tested
 * without a browser; the component only draws it.
 */

export interface CoverageAxisItem {
  id: string;
  label: string;
}

export interface CoverageCellInput {
  fieldOfActionId: string;
  targetGroupId: string | null;
  count: number;
}

/** Shade 0 is an empty cell; 1 to 4 grow with the count relative to the largest. */
export type ShadeLevel = 0 | 1 | 2 | 3 | 4;

export interface MatrixCell {
  fieldOfActionId: string;
  /** Null: the column of recommendations naming no target group. */
  targetGroupId: string | null;
  count: number;
  level: ShadeLevel;
  /** A combination of a field and a real target group without any recommendation: a gap to look at. */
  gap: boolean;
}

export interface CoverageMatrix {
  rows: { field: CoverageAxisItem; cells: MatrixCell[] }[];
  columns: { targetGroup: CoverageAxisItem | null }[];
  max: number;
  /** Field × target group combinations, without the "no target group" column. */
  combinations: number;
  gaps: number;
}

/** The statuses the API counts (submitted and onward, not merged or rejected): the list links filter by them too. */
export const COVERAGE_STATUSES: readonly RecommendationStatus[] = [
  'SUBMITTED',
  'IN_REVIEW',
  'FEASIBILITY_CHECK',
  'AGREED',
];

/** Fields and target groups in the order the concept gives them. */
export const byPosition = <T extends { position: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.position - b.position);

export function shadeLevel(count: number, max: number): ShadeLevel {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as ShadeLevel;
}

/** The counts each shade stands for, for the legend; shades no count can reach are left out. */
export function levelRanges(max: number): { level: ShadeLevel; from: number; to: number }[] {
  const ranges: { level: ShadeLevel; from: number; to: number }[] = [];
  for (let count = 1; count <= max; count++) {
    const level = shadeLevel(count, max);
    const last = ranges[ranges.length - 1];
    if (last?.level === level) last.to = count;
    else ranges.push({ level, from: count, to: count });
  }
  return ranges;
}

export function buildCoverage(
  fields: readonly CoverageAxisItem[],
  targetGroups: readonly CoverageAxisItem[],
  cells: readonly CoverageCellInput[],
): CoverageMatrix {
  const counts = new Map(cells.map((c) => [`${c.fieldOfActionId}/${c.targetGroupId ?? ''}`, c.count]));
  const max = Math.max(0, ...cells.map((c) => c.count));
  const columns = [...targetGroups.map((targetGroup) => ({ targetGroup })), { targetGroup: null }];
  let gaps = 0;
  const rows = fields.map((field) => ({
    field,
    cells: columns.map(({ targetGroup }): MatrixCell => {
      const count = counts.get(`${field.id}/${targetGroup?.id ?? ''}`) ?? 0;
      const gap = targetGroup !== null && count === 0;
      if (gap) gaps++;
      return {
        fieldOfActionId: field.id,
        targetGroupId: targetGroup?.id ?? null,
        count,
        level: shadeLevel(count, max),
        gap,
      };
    }),
  }));
  return { rows, columns, max, combinations: fields.length * targetGroups.length, gaps };
}

/** Splits a label into lines of about `width` characters at spaces and hyphens, for SVG text, which does not wrap. */
export function wrapLabel(text: string, width: number, maxLines = 4): string[] {
  const words = text.split(/(?<=[\s-])/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + word).trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

export interface CoverageGeometry {
  width: number;
  height: number;
  rowHeader: number;
  columnHeader: number;
  cell: { width: number; height: number };
  headerLines: string[][];
  rowLines: string[][];
}

const CELL = { width: 96, height: 56 };
/** Distance between the lines of a wrapped label. */
export const COVERAGE_LINE_HEIGHT = 18;

/** Sizes of the picture: a fixed cell size, headers as tall and wide as their wrapped labels need. */
export function layoutCoverage(matrix: CoverageMatrix, noTargetGroupLabel: string): CoverageGeometry {
  const headerLines = matrix.columns.map((c) => wrapLabel(c.targetGroup?.label ?? noTargetGroupLabel, 13));
  const rowLines = matrix.rows.map((r) => wrapLabel(r.field.label, 22, 3));
  const rowHeader = 190;
  const columnHeader = 12 + COVERAGE_LINE_HEIGHT * Math.max(1, ...headerLines.map((l) => l.length));
  const rowHeight = Math.max(CELL.height, 12 + COVERAGE_LINE_HEIGHT * Math.max(1, ...rowLines.map((l) => l.length)));
  return {
    width: rowHeader + matrix.columns.length * CELL.width + 2,
    height: columnHeader + matrix.rows.length * rowHeight + 2,
    rowHeader,
    columnHeader,
    cell: { width: CELL.width, height: rowHeight },
    headerLines,
    rowLines,
  };
}
