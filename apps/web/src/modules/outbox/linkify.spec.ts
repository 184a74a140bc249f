import { linkify } from './linkify';

describe('linkify', () => {
  const origin = 'http://localhost:3000';

  it('turns links into parts and keeps the text around them', () => {
    const body = 'Guten Tag,\n\nhttp://localhost:3000/einladung/abc123\n\nBis bald.';
    expect(linkify(body, origin)).toEqual([
      { text: 'Guten Tag,\n\n' },
      { href: 'http://localhost:3000/einladung/abc123', path: '/einladung/abc123' },
      { text: '\n\nBis bald.' },
    ]);
  });

  it('gives a path only to links into this app', () => {
    expect(linkify('Siehe https://example.org/x', origin)).toEqual([
      { text: 'Siehe ' },
      { href: 'https://example.org/x', path: null },
    ]);
  });

  it('leaves sentence punctuation out of the link', () => {
    expect(linkify('Link: http://localhost:3000/a.', origin)).toEqual([
      { text: 'Link: ' },
      { href: 'http://localhost:3000/a', path: '/a' },
      { text: '.' },
    ]);
  });

  it('answers a text without links as one part', () => {
    expect(linkify('Nur Text', origin)).toEqual([{ text: 'Nur Text' }]);
  });
});
