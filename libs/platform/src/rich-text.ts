import sanitizeHtml from 'sanitize-html';
import { invalid } from './domain-error';

/** Default upper bound for stored rich text (after sanitising), in characters. */
export const RICH_TEXT_MAX_LENGTH = 50_000;

// Only absolute links: relative ones break in e-mails and exports, and `//host` would inherit the page's scheme.
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'u',
    's',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'code',
    'pre',
  ],
  allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
  // Second line of defence behind SAFE_HREF; sanitize-html also sees through entity/whitespace obfuscation.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Disallowed tags keep their text; these would leak code or invisible content as text, so drop them whole.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'svg', 'math', 'object'],
  transformTags: {
    b: 'strong',
    i: 'em',
    // Pasted content: keep the intent instead of losing the formatting.
    strike: 's',
    del: 's',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // Renaming to a disallowed tag would be simpler, but sanitize-html 2.18 then closes the next link at the
    // same depth with that tag (`<a …>x</span>`). A link without href is unwrapped by exclusiveFilter instead.
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      const kept: sanitizeHtml.Attributes = {};
      // target is dropped (opening new windows is the reader's choice); rel is forced for links that still open one.
      if (SAFE_HREF.test(href)) Object.assign(kept, { href, rel: 'noopener noreferrer' });
      return { tagName, attribs: kept };
    },
    // The values list of allowedAttributes would leave an empty `scope` behind; drop unknown values entirely.
    th: (tagName, attribs) => {
      const kept: sanitizeHtml.Attributes = {};
      if (SCOPES.has(attribs.scope)) kept.scope = attribs.scope;
      return { tagName, attribs: kept };
    },
  },
  // Only for links: after 'excludeTag' sanitize-html no longer counts the link's text towards the parent's
  // frame.text, so a filter on paragraphs would see `<p><a href="javascript:…">x</a></p>` as empty.
  exclusiveFilter: (frame) => frame.tag === 'a' && (!frame.text.trim() || (!frame.attribs.href && 'excludeTag')),
};

// Blocks without any text are editor leftovers (Tiptap writes `<p></p>` for blank lines). The sanitised
// markup is regular enough for a pattern; repeated so a quote that only held empty paragraphs goes too.
const EMPTY_BLOCK = /<(p|h2|h3|h4|blockquote)>(?:\s|<br \/>)*<\/\1>/g;

function clean(html: string): string {
  let result = html ? sanitizeHtml(html, OPTIONS) : '';
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(EMPTY_BLOCK, '');
  }
  return result.trim();
}

/**
 * Reduces user-written HTML to the small allowlist the editor produces. Run on every write: the client's
 * editor is a convenience, not a boundary.
 */
export function sanitizeRichText(html: string, opts: { maxLength?: number } = {}): string {
  const max = opts.maxLength ?? RICH_TEXT_MAX_LENGTH;
  const result = clean(html);
  if (result.length > max) throw invalid(`rich text: at most ${max} characters`);
  return result;
}

interface Element {
  tag: string;
  href?: string;
  children: Node[];
}
type Node = Element | string;

// Matches exactly what sanitize-html serialises: lower-case tags, double-quoted attributes, `<`/`>` escaped.
// A lone `<` cannot occur, but is kept as text rather than lost if it ever does.
const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>|[^<]+|</g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Builds a tree from sanitised markup; stray end tags are ignored, unclosed ones closed at the end. */
function parse(html: string): Element {
  const root: Element = { tag: '#root', children: [] };
  const stack: Element[] = [root];
  for (const [token, closing, tag, attrs] of html.matchAll(TOKEN)) {
    const parent = stack[stack.length - 1];
    if (!tag) {
      parent.children.push(decodeEntities(token));
    } else if (closing) {
      const at = stack.findLastIndex((el) => el.tag === tag);
      if (at > 0) stack.length = at;
    } else {
      const href = /\shref="([^"]*)"/.exec(attrs)?.[1];
      const el: Element = { tag, href: href === undefined ? undefined : decodeEntities(href), children: [] };
      parent.children.push(el);
      if (tag !== 'br') stack.push(el);
    }
  }
  return root;
}

const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr']);
const isBlock = (node: Node): node is Element => typeof node !== 'string' && BLOCKS.has(node.tag);

const textOf = (node: Node): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));

function inlineRaw(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node.replace(/\s+/g, ' ');
      if (node.tag === 'br') return '\n';
      const inner = inlineRaw(node.children);
      if (node.tag !== 'a' || !node.href) return inner;
      // Plain-text readers cannot follow a link, so show where it points unless the text already says so.
      const target = node.href.replace(/^mailto:/i, '');
      return inner.trim() === target || inner.trim() === node.href ? inner : `${inner} (${target})`;
    })
    .join('');
}

const inline = (nodes: Node[]): string =>
  inlineRaw(nodes)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');

/** Renders a sequence of nodes as blocks; runs of inline content between blocks form their own block. */
function blocks(nodes: Node[]): string[] {
  const out: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = inline(run);
    if (text) out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (!isBlock(node)) {
      run.push(node);
      continue;
    }
    flush();
    const text = block(node);
    if (text) out.push(text);
  }
  flush();
  return out;
}

const indent = (text: string, first: string, rest: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? rest : '') + line)
    .join('\n');

function list(el: Element): string {
  let n = 0;
  const items: string[] = [];
  for (const child of el.children) {
    if (typeof child === 'string') continue; // whitespace between items
    const body = child.tag === 'li' ? blocks(child.children).join('\n') : block(child);
    if (!body) continue;
    const marker = el.tag === 'ol' ? `${++n}. ` : '- ';
    items.push(indent(body, marker, ' '.repeat(marker.length)));
  }
  return items.join('\n');
}

function rows(el: Element): string[] {
  return el.children.flatMap((child) => {
    if (typeof child === 'string') return [];
    if (child.tag !== 'tr') return rows(child);
    const cells = child.children.filter((c): c is Element => typeof c !== 'string');
    return [cells.map((cell) => blocks(cell.children).join(' ').replace(/\n/g, ' ')).join(' | ')];
  });
}

function block(el: Element): string {
  switch (el.tag) {
    case 'ul':
    case 'ol':
      return list(el);
    case 'li':
      return indent(blocks(el.children).join('\n'), '- ', '  ');
    case 'blockquote':
      return blocks(el.children)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'pre':
      // Code keeps its layout; only surrounding blank lines and trailing spaces go.
      return textOf(el)
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .replace(/^\n+|\n+$/g, '');
    case 'table':
    case 'thead':
    case 'tbody':
    case 'tr':
      return rows({ tag: '#rows', children: [el] }).join('\n');
    default:
      return inline(el.children);
  }
}

/**
 * Readable plain text for e-mails, search, CSV exports and diffs: paragraphs separated by a blank line,
 * list items as "- " (numbered in ordered lists), quotes as "> ", table cells separated by " | ".
 * Input is sanitised first, so this is safe for any HTML and its output is never markup.
 */
export function richTextToPlain(html: string): string {
  return blocks(parse(clean(html)).children)
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
