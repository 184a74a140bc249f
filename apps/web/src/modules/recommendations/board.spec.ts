import { boardColumns, boardField } from './board';

const items = [
  { id: 'a', status: 'SUBMITTED' as const },
  { id: 'b', status: 'MERGED' as const },
  { id: 'c', status: 'SUBMITTED' as const },
  { id: 'd', status: 'AGREED' as const },
];

describe('boardColumns', () => {
  it('has a column for every status in lifecycle order, empty ones included, merged ones hidden', () => {
    const columns = boardColumns(items, false);
    expect(columns.map((c) => c.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'IN_REVIEW',
      'FEASIBILITY_CHECK',
      'AGREED',
      'NOT_ADOPTED',
    ]);
    expect(columns[1].items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(columns[0].items).toEqual([]);
  });

  it('shows merged recommendations in a last column on request', () => {
    const columns = boardColumns(items, true);
    expect(columns[columns.length - 1]).toEqual({ status: 'MERGED', items: [items[1]] });
  });
});

describe('boardField', () => {
  const fields = [{ id: 'sb' }, { id: 'aw' }];
  it('takes the field from the URL when the revision has it, else the first', () => {
    expect(boardField(fields, 'aw')).toBe(fields[1]);
    expect(boardField(fields, 'unknown')).toBe(fields[0]);
    expect(boardField(fields, null)).toBe(fields[0]);
    expect(boardField([], 'sb')).toBeNull();
  });
});
