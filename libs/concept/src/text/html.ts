import { Parser } from 'htmlparser2';

/** The block-level tags whose text forms a {@link TextBlock}; everything else is inline or a mere container. */
export const TEXT_BLOCK_TAGS = ['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'th', 'td', 'pre'] as const;
export type TextBlockTag = (typeof TEXT_BLOCK_TAGS)[number];

const TEXT_BLOCKS = new Set<string>(TEXT_BLOCK_TAGS);
// Containers: they end the run of inline text before them but hold no text of their own (div and friends can
// only appear in unsanitised input, where they are handled the same way).
const CONTAINERS = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'div', 'section', 'article']);
// Their content is never visible text (sanitize-html drops them; this is for robustness only).
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title']);

/** A source range [start, end) in the HTML string. */
interface Span {
  start: number;
  end: number;
}

interface ElementNode {
  kind: 'element';
  name: string;
  open: Span;
  /** null when the parser implied the end tag (void elements, unclosed tags). */
  close: Span | null;
  children: HtmlNode[];
}

interface TextNode {
  kind: 'text';
  text: string;
  /** Source range: one character per character when `literal`, else one entity standing for all of `text`. */
  span: Span;
  literal: boolean;
}

type HtmlNode = ElementNode | TextNode;

/** A text block together with the source range of each of its characters. */
export interface MappedBlock {
  tag: TextBlockTag;
  text: string;
  /** starts[i]/ends[i]: where the i-th character of `text` comes from in the HTML. */
  starts: number[];
  ends: number[];
  pre: boolean;
}

export interface ParsedHtml {
  blocks: MappedBlock[];
  elements: ElementNode[];
}

/** Parses (sanitised) HTML into a tree that remembers where each tag and text chunk stands in the source. */
function parseTree(html: string): { root: ElementNode; elements: ElementNode[] } {
  const root: ElementNode = { kind: 'element', name: '#root', open: { start: 0, end: 0 }, close: null, children: [] };
  const stack: ElementNode[] = [root];
  const elements: ElementNode[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        const el: ElementNode = {
          kind: 'element',
          name,
          open: { start: parser.startIndex, end: parser.endIndex + 1 },
          close: null,
          children: [],
        };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
        elements.push(el);
      },
      onclosetag(_name, implied) {
        const el = stack.pop();
        if (el && !implied) el.close = { start: parser.startIndex, end: parser.endIndex + 1 };
      },
      ontext(text) {
        const span = { start: parser.startIndex, end: parser.endIndex + 1 };
        const literal = span.end - span.start === text.length;
        stack[stack.length - 1].children.push({ kind: 'text', text, span, literal });
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { root, elements };
}

const isSpace = (c: string) => /\s/.test(c);

/** Collects the characters of one block, collapsing whitespace as a browser would (except in <pre>). */
class BlockBuilder {
  private readonly chars: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private pendingSpace: Span | null = null;

  constructor(
    readonly tag: TextBlockTag,
    readonly pre: boolean,
  ) {}

  private emit(c: string, start: number, end: number) {
    this.chars.push(c);
    this.starts.push(start);
    this.ends.push(end);
  }

  add(c: string, start: number, end: number) {
    if (this.pre) {
      if (c !== '\r') this.emit(c, start, end);
      return;
    }
    if (isSpace(c)) {
      this.pendingSpace ??= { start, end };
      return;
    }
    const last = this.chars[this.chars.length - 1];
    if (this.pendingSpace && last !== undefined && last !== '\n') {
      this.emit(' ', this.pendingSpace.start, this.pendingSpace.end);
    }
    this.pendingSpace = null;
    this.emit(c, start, end);
  }

  lineBreak(span: Span) {
    this.pendingSpace = null;
    this.emit('\n', span.start, span.end);
  }

  build(): MappedBlock | null {
    let from = 0;
    let to = this.chars.length;
    while (from < to && (this.pre ? this.chars[from] === '\n' : isSpace(this.chars[from]))) from++;
    while (to > from && isSpace(this.chars[to - 1])) to--;
    if (from === to) return null;
    return {
      tag: this.tag,
      text: this.chars.slice(from, to).join(''),
      starts: this.starts.slice(from, to),
      ends: this.ends.slice(from, to),
      pre: this.pre,
    };
  }
}

/**
 * Splits HTML into its text blocks in reading order. Inline text between nested blocks (e.g. the text of a
 * list item before its sub-list) forms a block of its own, so no character belongs to two blocks.
 */
export function parseHtml(html: string): ParsedHtml {
  const { root, elements } = parseTree(html);
  const blocks: MappedBlock[] = [];

  const walk = (el: ElementNode, tag: TextBlockTag, pre: boolean, state: { run: BlockBuilder }) => {
    for (const child of el.children) {
      if (child.kind === 'text') {
        const { text, span, literal } = child;
        for (let i = 0; i < text.length; i++) {
          if (literal) state.run.add(text[i], span.start + i, span.start + i + 1);
          else state.run.add(text[i], span.start, span.end);
        }
      } else if (HIDDEN.has(child.name)) {
        continue;
      } else if (child.name === 'br') {
        state.run.lineBreak(child.open);
      } else if (TEXT_BLOCKS.has(child.name) || CONTAINERS.has(child.name)) {
        const innerTag = TEXT_BLOCKS.has(child.name) ? (child.name as TextBlockTag) : tag;
        const innerPre = pre || child.name === 'pre';
        flush(state);
        const inner = { run: new BlockBuilder(innerTag, innerPre) };
        walk(child, innerTag, innerPre, inner);
        flush(inner);
      } else {
        walk(child, tag, pre, state);
      }
    }
  };
  const flush = (state: { run: BlockBuilder }) => {
    const block = state.run.build();
    if (block) blocks.push(block);
    state.run = new BlockBuilder(state.run.tag, state.run.pre);
  };

  const top = { run: new BlockBuilder('p', false) };
  walk(root, 'p', false, top);
  flush(top);
  return { blocks, elements };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and double-quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export type { ElementNode };
