import { sectionTree, withScrollableTables, type SectionData } from './model';

const section = (id: string, parentId: string | null, position: number): SectionData => ({
  id,
  parentId,
  position,
  kind: 'CUSTOM',
  title: id,
  body: '',
  liveHtml: '',
  version: 1,
});

describe('sectionTree', () => {
  it('nests by parent and orders siblings by position, then id', () => {
    const tree = sectionTree([
      section('c', null, 1),
      section('a', null, 0),
      section('a2', 'a', 1),
      section('a1', 'a', 0),
      section('b', null, 1),
    ]);
    expect(tree.map((n) => n.section.id)).toEqual(['a', 'b', 'c']);
    expect(tree[0].children.map((n) => n.section.id)).toEqual(['a1', 'a2']);
  });

  it('leaves out sections whose parent is missing', () => {
    expect(sectionTree([section('x', 'gone', 0)])).toEqual([]);
  });
});

describe('withScrollableTables', () => {
  it('wraps every table in a labelled, focusable region', () => {
    expect(withScrollableTables('<p>a</p><table><tr><td>1</td></tr></table>', 'Tabelle in „A & B“')).toBe(
      '<p>a</p><div class="concept-scroll" role="region" tabindex="0" aria-label="Tabelle in „A &#38; B“"><table><tr><td>1</td></tr></table></div>',
    );
  });
});
