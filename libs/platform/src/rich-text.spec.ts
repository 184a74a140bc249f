import { DomainError } from './domain-error';
import { richTextToPlain, sanitizeRichText } from './rich-text';

describe('sanitizeRichText', () => {
  it('keeps the allowed markup exactly', () => {
    const html = [
      '<h2>Ziel</h2><h3>Teilziel</h3><h4>Maßnahme</h4>',
      '<p>Text mit <strong>fett</strong>, <em>kursiv</em>, <u>unterstrichen</u>, <s>durch</s> und <code>code</code>.<br />Zeile 2</p>',
      '<ul><li><p>eins</p></li><li>zwei<ol><li>a</li></ol></li></ul>',
      '<blockquote><p>Zitat</p></blockquote><pre><code>x = 1\n  y</code></pre>',
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">Link</a> ',
      '<a href="mailto:info@example.org" rel="noopener noreferrer">Mail</a></p>',
      '<table><thead><tr><th scope="col">Jahr</th><th scope="col">Anzahl</th></tr></thead>',
      '<tbody><tr><th scope="row">2024</th><td>12</td></tr></tbody></table>',
    ].join('');
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('removes scripts, iframes, images and other markup outside the allowlist', () => {
    expect(sanitizeRichText('<p>Hallo</p><script>alert(1)</script><style>p{color:red}</style>')).toBe('<p>Hallo</p>');
    const iframe = sanitizeRichText('<p>a</p><iframe src="https://evil.example/"></iframe><p>b</p>');
    expect(iframe).toBe('<p>a</p><p>b</p>');
    expect(sanitizeRichText('<p>x<img src="x" onerror="alert(1)"></p>')).toBe('<p>x</p>');
    expect(sanitizeRichText('<div><span>Text</span></div>')).toBe('Text');
    expect(sanitizeRichText('<svg><script>alert(1)</script></svg><p>ok</p>')).toBe('<p>ok</p>');
  });

  it('removes event handlers, style and class attributes', () => {
    const html =
      '<p onclick="alert(1)" style="color:red" class="x" id="y">Text <strong onmouseover="x()">fett</strong></p>';
    expect(sanitizeRichText(html)).toBe('<p>Text <strong>fett</strong></p>');
  });

  it('unwraps links with javascript:, data:, relative or protocol-relative targets but keeps their text', () => {
    const links = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href="JaVaScRiPt&#58;alert(1)">b</a>',
      '<a href=" java\tscript:alert(1)">c</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
      '<a href="//evil.example/">e</a>',
      '<a href="/intern">f</a>',
      '<a href="ftp://example.org/">g</a>',
    ];
    expect(sanitizeRichText(`<p>${links.join(' ')}</p>`)).toBe('<p>a b c d e f g</p>');
  });

  it('closes a valid link correctly after an unwrapped one', () => {
    expect(sanitizeRichText('<p><a href="javascript:x">a</a><a href="https://b.example/">b</a></p>')).toBe(
      '<p>a<a href="https://b.example/" rel="noopener noreferrer">b</a></p>',
    );
  });

  it('forces rel="noopener noreferrer" and drops target', () => {
    expect(sanitizeRichText('<a href="https://example.org" target="_blank" rel="opener" title="t">x</a>')).toBe(
      '<a href="https://example.org" rel="noopener noreferrer">x</a>',
    );
  });

  it('maps b to strong and i to em', () => {
    expect(sanitizeRichText('<p><b>fett</b> und <i>kursiv</i></p>')).toBe(
      '<p><strong>fett</strong> und <em>kursiv</em></p>',
    );
  });

  it('drops unknown th scope values', () => {
    expect(sanitizeRichText('<table><tr><th scope="evil">A</th></tr></table>')).toBe(
      '<table><tr><th>A</th></tr></table>',
    );
  });

  it('collapses empty paragraphs and trims the result', () => {
    expect(sanitizeRichText('  <p></p><p>Text</p><p> &nbsp; </p><p><br></p><h2></h2>\n ')).toBe('<p>Text</p>');
    expect(sanitizeRichText('')).toBe('');
    expect(sanitizeRichText('<p> </p>')).toBe('');
    expect(sanitizeRichText('<blockquote><p></p>\n<p> </p></blockquote><p>x</p>')).toBe('<p>x</p>');
  });

  it('keeps umlauts and escapes text', () => {
    expect(sanitizeRichText('<p>Größe & Übung < 3 "x"</p>')).toBe('<p>Größe &amp; Übung &lt; 3 "x"</p>');
  });

  it('rejects a result longer than maxLength with VALIDATION_FAILED', () => {
    expect(sanitizeRichText('<p>12345</p>', { maxLength: 12 })).toBe('<p>12345</p>');
    const error = catchError(() => sanitizeRichText('<p>123456</p>', { maxLength: 12 }));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
  });

  it('applies the default limit of 50,000 characters to the sanitised result', () => {
    const text = 'a'.repeat(49_993);
    expect(sanitizeRichText(`<p>${text}</p><script>${'x'.repeat(1000)}</script>`)).toHaveLength(50_000);
    expect((catchError(() => sanitizeRichText(`<p>${text}a</p>`)) as DomainError).code).toBe('VALIDATION_FAILED');
  });
});

describe('richTextToPlain', () => {
  it('separates paragraphs and headings by a blank line and keeps line breaks', () => {
    expect(richTextToPlain('<h2>Titel</h2><p>Erster   Absatz\nmit Umbruch</p><p>Zeile 1<br>Zeile 2</p>')).toBe(
      'Titel\n\nErster Absatz mit Umbruch\n\nZeile 1\nZeile 2',
    );
  });

  it('renders lists with "- " (numbered when ordered), nested lists indented', () => {
    const html =
      '<p>Vorher</p><ul><li><p>eins</p></li><li><p>zwei</p><ul><li>zwei a</li></ul></li></ul><ol><li>a</li><li>b</li></ol>';
    expect(richTextToPlain(html)).toBe('Vorher\n\n- eins\n- zwei\n  - zwei a\n\n1. a\n2. b');
  });

  it('decodes entities and normalises whitespace', () => {
    expect(richTextToPlain('<p>&lt;b&gt; &amp;&nbsp;&quot;Zitat&quot; &#x263A; &#8364; &auml;  </p>')).toBe(
      '<b> & "Zitat" ☺ € ä',
    );
  });

  it('shows link targets, quotes, tables and code', () => {
    const html =
      '<p><a href="https://example.org">Seite</a>, <a href="mailto:a@example.org">a@example.org</a></p>' +
      '<blockquote><p>Zitat</p><p>zwei</p></blockquote>' +
      '<table><tr><th>Jahr</th><th>Anzahl</th></tr><tr><td>2024</td><td>12</td></tr></table>' +
      '<pre><code>x  = 1\n  y</code></pre>';
    expect(richTextToPlain(html)).toBe(
      'Seite (https://example.org), a@example.org\n\n> Zitat\n>\n> zwei\n\nJahr | Anzahl\n2024 | 12\n\nx  = 1\n  y',
    );
  });

  it('never returns markup or script content', () => {
    expect(richTextToPlain('<script>alert(1)</script><p onclick="x">Text</p><img src=x>')).toBe('Text');
    expect(richTextToPlain('')).toBe('');
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
