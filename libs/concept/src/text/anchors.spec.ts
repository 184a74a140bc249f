import { anchorFor, replaceAnchored, resolveAnchor } from './anchors';
import { plainTextOf } from './blocks';

const TEXT = 'Die Sprachkurse werden ausgebaut. Die Kitaplätze werden ebenfalls ausgebaut.';

describe('anchorFor', () => {
  it('takes the quote and up to `context` characters around it', () => {
    const start = TEXT.indexOf('Kitaplätze');
    expect(anchorFor(TEXT, start, start + 'Kitaplätze'.length, 10)).toEqual({
      quote: 'Kitaplätze',
      prefix: 'baut. Die ',
      suffix: ' werden eb',
      start,
      end: start + 10,
    });
    expect(anchorFor(TEXT, 0, 3)).toMatchObject({
      quote: 'Die',
      prefix: '',
      suffix: ' Sprachkurse werden ausgebaut. D',
    });
  });

  it('rejects ranges outside the text, empty ranges and whitespace-only passages', () => {
    expect(() => anchorFor(TEXT, -1, 3)).toThrow(RangeError);
    expect(() => anchorFor(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => anchorFor(TEXT, 6, 4)).toThrow(RangeError);
    expect(() => anchorFor(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => anchorFor(TEXT, 1.5, 3)).toThrow(RangeError);
    expect(() => anchorFor(TEXT, 3, 4)).toThrow(RangeError); // ' '
    expect(() => anchorFor('a\n\nb', 1, 3)).toThrow(RangeError);
    expect(anchorFor(TEXT, 0, TEXT.length).quote).toBe(TEXT);
  });
});

describe('resolveAnchor', () => {
  it('finds the passage at the same place in an unchanged text', () => {
    const anchor = anchorFor(TEXT, 4, 15);
    expect(resolveAnchor(anchor, TEXT)).toEqual({ start: 4, end: 15 });
  });

  it('follows its passage when the text before it changed', () => {
    const start = TEXT.indexOf('Kitaplätze');
    const anchor = anchorFor(TEXT, start, start + 10);
    const later = 'Vorab: ' + TEXT.replace('Sprachkurse', 'Sprachkurse für Eltern');
    const found = resolveAnchor(anchor, later);
    expect(found).not.toBeNull();
    expect(later.slice(found!.start, found!.end)).toBe('Kitaplätze');
    expect(found!.start).toBe(later.indexOf('Kitaplätze'));
  });

  it('gives null when the passage itself was edited', () => {
    const anchor = anchorFor(TEXT, 4, 33); // 'Sprachkurse werden ausgebaut.'
    expect(resolveAnchor(anchor, TEXT.replace('werden ausgebaut', 'werden deutlich ausgebaut'))).toBeNull();
    expect(resolveAnchor({ ...anchor, quote: '' }, TEXT)).toBeNull();
  });

  it('tells two occurrences of the quote apart by prefix and suffix', () => {
    const second = TEXT.indexOf('werden ebenfalls');
    const anchor = anchorFor(TEXT, second, second + 'werden'.length);
    // Much new text before the second 'werden': its old offset is now nearer to the first one.
    const insertion = ' Dafür stellt der Kreistag zusätzliche Mittel bereit, die jährlich überprüft werden.'.repeat(3);
    const later = TEXT.replace('ausgebaut.', `ausgebaut.${insertion}`);
    const wanted = later.indexOf('werden ebenfalls');
    expect(Math.abs(later.indexOf('werden') - second)).toBeLessThan(Math.abs(wanted - second));
    expect(resolveAnchor(anchor, later)).toEqual({ start: wanted, end: wanted + 6 });

    const first = TEXT.indexOf('werden');
    expect(resolveAnchor(anchorFor(TEXT, first, first + 6), later)).toEqual({ start: first, end: first + 6 });
  });

  it('prefers the occurrence nearest to the old position when the context does not decide', () => {
    const text = 'ja ja ja ja';
    const anchor = { quote: 'ja', prefix: '', suffix: '', start: 7, end: 9 };
    expect(resolveAnchor(anchor, text)).toEqual({ start: 6, end: 8 });
    expect(resolveAnchor({ ...anchor, start: 0 }, text)).toEqual({ start: 0, end: 2 });
  });

  it('stays fast for long texts with many candidates', () => {
    const long = 'Die Integration gelingt. '.repeat(8_000); // 200 KB
    const start = long.length - 'gelingt. '.length;
    const anchor = anchorFor(long, start, start + 7);
    const began = performance.now();
    expect(resolveAnchor(anchor, long)).toEqual({ start, end: start + 7 });
    expect(performance.now() - began).toBeLessThan(1_000);
  });
});

describe('replaceAnchored', () => {
  const html =
    '<p>Die <strong>Sprachkurse</strong> werden <em>ausgebaut</em>.</p><p>Die Kitaplätze werden ebenfalls ausgebaut.</p>';
  const text = plainTextOf(html);
  const anchorOf = (quote: string, from = 0) => {
    const start = text.indexOf(quote, from);
    return anchorFor(text, start, start + quote.length);
  };

  it('replaces the passage and keeps the formatting outside it', () => {
    expect(replaceAnchored(html, anchorOf('werden'), 'sollen')).toBe(
      '<p>Die <strong>Sprachkurse</strong> sollen <em>ausgebaut</em>.</p><p>Die Kitaplätze werden ebenfalls ausgebaut.</p>',
    );
  });

  it('replaces the right one of two occurrences', () => {
    const second = text.indexOf('werden', text.indexOf('Kitaplätze'));
    expect(replaceAnchored(html, anchorFor(text, second, second + 6), 'sollen')).toBe(
      '<p>Die <strong>Sprachkurse</strong> werden <em>ausgebaut</em>.</p><p>Die Kitaplätze sollen ebenfalls ausgebaut.</p>',
    );
  });

  it('keeps tags balanced when the passage cuts through formatting', () => {
    expect(replaceAnchored(html, anchorOf('Die Sprach'), 'Unsere Deutsch')).toBe(
      '<p>Unsere Deutsch<strong>kurse</strong> werden <em>ausgebaut</em>.</p><p>Die Kitaplätze werden ebenfalls ausgebaut.</p>',
    );
    expect(replaceAnchored(html, anchorOf('kurse werden ausge'), 'kurse sollen ausge')).toBe(
      '<p>Die <strong>Sprach</strong>kurse sollen ausge<em>baut</em>.</p><p>Die Kitaplätze werden ebenfalls ausgebaut.</p>',
    );
  });

  it('escapes the replacement and turns its line breaks into <br />', () => {
    expect(replaceAnchored(html, anchorOf('Kitaplätze'), '<script>alert("x")</script> & Horte\nneu')).toBe(
      '<p>Die <strong>Sprachkurse</strong> werden <em>ausgebaut</em>.</p>' +
        '<p>Die &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Horte<br />neu werden ebenfalls ausgebaut.</p>',
    );
  });

  it('maps entities, collapsed whitespace and line breaks back to the markup', () => {
    const source = '<ul><li><p>Bildung &amp;   Arbeit<br />im&nbsp;Landkreis</p></li></ul>';
    const plain = plainTextOf(source);
    expect(plain).toBe('Bildung & Arbeit\nim Landkreis');
    const start = plain.indexOf('& Arbeit\nim');
    expect(replaceAnchored(source, anchorFor(plain, start, start + '& Arbeit\nim'.length), 'und Arbeit im')).toBe(
      '<ul><li><p>Bildung und Arbeit im&nbsp;Landkreis</p></li></ul>',
    );
  });

  it('follows the passage into a later version of the section', () => {
    const anchor = anchorOf('Kitaplätze');
    const later = '<p>Neu: Die Sprachkurse werden ausgebaut.</p><p>Die Kitaplätze werden ebenfalls ausgebaut.</p>';
    expect(replaceAnchored(later, anchor, 'Hortplätze')).toBe(
      '<p>Neu: Die Sprachkurse werden ausgebaut.</p><p>Die Hortplätze werden ebenfalls ausgebaut.</p>',
    );
  });

  it('gives null for a passage across two blocks or one that no longer exists', () => {
    expect(replaceAnchored(html, anchorOf('ausgebaut.\n\nDie Kita'), 'x')).toBeNull();
    expect(replaceAnchored(html.replace('Kitaplätze', 'Hortplätze'), anchorOf('Kitaplätze'), 'x')).toBeNull();
  });
});
