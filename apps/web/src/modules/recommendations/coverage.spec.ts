import { buildCoverage, layoutCoverage, levelRanges, shadeLevel, wrapLabel } from './coverage';

const FIELDS = [
  { id: 'sb', label: 'Sprache und Bildung' },
  { id: 'wm', label: 'Wohnen und Mobilität' },
];
const GROUPS = [
  { id: 'eu', label: 'Menschen aus Mittel- und Südosteuropa' },
  { id: 'ua', label: 'Geflüchtete aus der Ukraine' },
];

describe('shadeLevel', () => {
  it('keeps shade 0 for empty cells only', () => {
    expect(shadeLevel(0, 5)).toBe(0);
    expect(shadeLevel(0, 0)).toBe(0);
    expect(shadeLevel(1, 100)).toBe(1);
  });

  it('grows in four steps up to the largest count', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => shadeLevel(c, 8))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(shadeLevel(3, 3)).toBe(4);
  });
});

describe('levelRanges', () => {
  it('names the counts each shade stands for, leaving out shades no count reaches', () => {
    expect(levelRanges(8)).toEqual([
      { level: 1, from: 1, to: 2 },
      { level: 2, from: 3, to: 4 },
      { level: 3, from: 5, to: 6 },
      { level: 4, from: 7, to: 8 },
    ]);
    expect(levelRanges(2)).toEqual([
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
    ]);
    expect(levelRanges(0)).toEqual([]);
  });
});

describe('buildCoverage', () => {
  const matrix = buildCoverage(FIELDS, GROUPS, [
    { fieldOfActionId: 'sb', targetGroupId: 'eu', count: 2 },
    { fieldOfActionId: 'sb', targetGroupId: 'ua', count: 4 },
    { fieldOfActionId: 'wm', targetGroupId: 'ua', count: 1 },
    { fieldOfActionId: 'wm', targetGroupId: null, count: 1 },
  ]);

  it('lays out every field against every target group and the "no target group" column', () => {
    expect(matrix.columns.map((c) => c.targetGroup?.id ?? null)).toEqual(['eu', 'ua', null]);
    expect(matrix.rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [2, 4, 0],
      [0, 1, 1],
    ]);
    expect(matrix.max).toBe(4);
  });

  it('counts the empty combinations of a field and a real target group as gaps, not the empty "no target group" cells', () => {
    expect(matrix.combinations).toBe(4);
    expect(matrix.gaps).toBe(1);
    const [sb, wm] = matrix.rows;
    expect(wm.cells[0]).toMatchObject({ targetGroupId: 'eu', count: 0, level: 0, gap: true });
    expect(sb.cells[2]).toMatchObject({ targetGroupId: null, count: 0, level: 0, gap: false });
    expect(sb.cells[1]).toMatchObject({ level: 4, gap: false });
  });

  it('reports every combination as a gap when nothing is there yet', () => {
    const empty = buildCoverage(FIELDS, GROUPS, []);
    expect(empty.gaps).toBe(4);
    expect(empty.max).toBe(0);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces and hyphens into lines of about the given width', () => {
    expect(wrapLabel('Menschen aus Mittel- und Südosteuropa', 13)).toEqual([
      'Menschen aus',
      'Mittel- und',
      'Südosteuropa',
    ]);
    expect(wrapLabel('Kurz', 13)).toEqual(['Kurz']);
  });

  it('ends a label that needs more lines with an ellipsis', () => {
    expect(wrapLabel('eins zwei drei vier fünf', 4, 2)).toEqual(['eins', 'zwei…']);
  });
});

describe('layoutCoverage', () => {
  it('makes the header as tall as the longest wrapped target group needs', () => {
    const geometry = layoutCoverage(buildCoverage(FIELDS, GROUPS, []), 'ohne Zielgruppe');
    expect(geometry.headerLines[0]).toHaveLength(3);
    expect(geometry.columnHeader).toBe(12 + 3 * 18);
    expect(geometry.width).toBe(geometry.rowHeader + 3 * geometry.cell.width + 2);
    expect(geometry.height).toBe(geometry.columnHeader + 2 * geometry.cell.height + 2);
  });
});
