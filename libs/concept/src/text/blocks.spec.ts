import { blocksOf, plainTextOf } from './blocks';

describe('blocksOf', () => {
  it('gives paragraphs and headings in reading order', () => {
    expect(
      blocksOf('<h2>Ziele</h2><p>Die Sprachkurse werden ausgebaut.</p><h3>Maßnahmen</h3><p>Mehr Kitaplätze.</p>'),
    ).toEqual([
      { tag: 'h2', text: 'Ziele' },
      { tag: 'p', text: 'Die Sprachkurse werden ausgebaut.' },
      { tag: 'h3', text: 'Maßnahmen' },
      { tag: 'p', text: 'Mehr Kitaplätze.' },
    ]);
  });

  it('decodes entities and collapses whitespace, also non-breaking spaces', () => {
    expect(
      blocksOf('<p>  Bildung &amp; Arbeit&nbsp;&nbsp;im\n   Landkreis &lt;Nord&gt; &#x2013; &quot;ja&quot;  </p>'),
    ).toEqual([{ tag: 'p', text: 'Bildung & Arbeit im Landkreis <Nord> – "ja"' }]);
  });

  it('turns line breaks into newlines without the spaces around them', () => {
    expect(blocksOf('<p>Landratsamt <br />Integrationsbüro<br /> Zimmer 4</p>')).toEqual([
      { tag: 'p', text: 'Landratsamt\nIntegrationsbüro\nZimmer 4' },
    ]);
  });

  it('keeps the text of inline formatting and links in its block', () => {
    expect(
      blocksOf(
        '<p>Die <strong>Sprach</strong><em>kurse</em> bietet die <a href="https://vhs.de" rel="noopener noreferrer">VHS</a> an.</p>',
      ),
    ).toEqual([{ tag: 'p', text: 'Die Sprachkurse bietet die VHS an.' }]);
  });

  it('gives list items as li blocks, also nested ones, without counting text twice', () => {
    const html =
      '<ul><li>Sprache<ul><li>Kurse für Eltern</li><li>Kurse für Jugendliche</li></ul></li><li>Arbeit</li></ul>';
    expect(blocksOf(html)).toEqual([
      { tag: 'li', text: 'Sprache' },
      { tag: 'li', text: 'Kurse für Eltern' },
      { tag: 'li', text: 'Kurse für Jugendliche' },
      { tag: 'li', text: 'Arbeit' },
    ]);
  });

  it('uses the innermost block for li > p and blockquote > p', () => {
    expect(
      blocksOf(
        '<ol><li><p>Erstens</p></li><li><p>Zweitens</p></li></ol><blockquote><p>Zitat des Beirats</p></blockquote>',
      ),
    ).toEqual([
      { tag: 'p', text: 'Erstens' },
      { tag: 'p', text: 'Zweitens' },
      { tag: 'p', text: 'Zitat des Beirats' },
    ]);
    expect(blocksOf('<blockquote>Direkt zitiert</blockquote>')).toEqual([
      { tag: 'blockquote', text: 'Direkt zitiert' },
    ]);
  });

  it('gives table cells as th and td blocks row by row', () => {
    const html =
      '<table><thead><tr><th scope="col">Angebot</th><th scope="col">Plätze</th></tr></thead>' +
      '<tbody><tr><td>Sprachkurs</td><td>120</td></tr><tr><td><p>Elterncafé</p></td><td></td></tr></tbody></table>';
    expect(blocksOf(html)).toEqual([
      { tag: 'th', text: 'Angebot' },
      { tag: 'th', text: 'Plätze' },
      { tag: 'td', text: 'Sprachkurs' },
      { tag: 'td', text: '120' },
      { tag: 'p', text: 'Elterncafé' },
    ]);
  });

  it('keeps the layout of preformatted text', () => {
    expect(blocksOf('<pre><code>Zeile 1\n  eingerückt\n</code></pre>')).toEqual([
      { tag: 'pre', text: 'Zeile 1\n  eingerückt' },
    ]);
  });

  it('leaves out empty blocks and treats loose text as a paragraph', () => {
    expect(blocksOf('<p> </p><p><br /></p>Lose <strong>Zeile</strong>')).toEqual([{ tag: 'p', text: 'Lose Zeile' }]);
    expect(blocksOf('')).toEqual([]);
  });
});

describe('plainTextOf', () => {
  it('joins the blocks with a blank line', () => {
    expect(plainTextOf('<h2>Ziele</h2><ul><li><p>Sprache &amp; Bildung</p></li></ul><p>Ende</p>')).toBe(
      'Ziele\n\nSprache & Bildung\n\nEnde',
    );
  });
});
