/**
 * Passages of a section as the API counts them. The API anchors a comment by
 * offsets into the section's plain text (libs/concept/src/text/blocks.ts,
 * plainTextOf): the texts of the blocks (p, h2–h4, li, blockquote, th, td,
 * pre; text belongs to the innermost block that holds it), whitespace
 * collapsed to single spaces and trimmed, <br> as "\n", joined by a blank
 * line. This mirrors that on the section as the browser rendered it, so a
 * selection in the page becomes the offsets the API expects.
 *
 * Written against a minimal node shape (nodeType, nodeName, nodeValue,
 * childNodes) so that it runs on the DOM and in unit tests alike.
 */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const TEXT_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'th', 'td', 'pre']);
const CONTAINERS = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'div', 'section', 'article']);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title']);
const BLOCK_SEPARATOR = '\n\n';
const isSpace = (c: string) => /\s/.test(c);

/** One character of a block, with the position in the DOM walk it stems from. */
interface Char {
  c: string;
  at: number;
}

/** The plain text of a rendered section and where each DOM position lands in it. */
export interface SectionText {
  text: string;
  /** Start offset, in the plain text, of a selection boundary; null when the node is not inside. */
  startOf: (node: NodeLike, offset: number) => number | null;
  /** End offset, in the plain text, of a selection boundary; null when the node is not inside. */
  endOf: (node: NodeLike, offset: number) => number | null;
  /** The DOM boundaries of the passage [start, end) of the plain text (to highlight it); null when out of range. */
  boundariesOf: (start: number, end: number) => { from: Boundary; to: Boundary } | null;
}

/** A point in the DOM as a Range takes it: a node and an offset in it. */
export interface Boundary {
  node: NodeLike;
  offset: number;
}

class BlockBuilder {
  readonly chars: Char[] = [];
  private pendingSpace: number | null = null;
  constructor(readonly pre: boolean) {}

  add(c: string, at: number) {
    if (this.pre) {
      if (c !== '\r') this.chars.push({ c, at });
      return;
    }
    if (isSpace(c)) {
      this.pendingSpace ??= at;
      return;
    }
    const last = this.chars[this.chars.length - 1];
    if (this.pendingSpace !== null && last !== undefined && last.c !== '\n') {
      this.chars.push({ c: ' ', at: this.pendingSpace });
    }
    this.pendingSpace = null;
    this.chars.push({ c, at });
  }

  lineBreak(at: number) {
    this.pendingSpace = null;
    this.chars.push({ c: '\n', at });
  }

  build(): Char[] | null {
    let from = 0;
    let to = this.chars.length;
    while (from < to && (this.pre ? this.chars[from].c === '\n' : isSpace(this.chars[from].c))) from++;
    while (to > from && isSpace(this.chars[to - 1].c)) to--;
    return from === to ? null : this.chars.slice(from, to);
  }
}

/**
 * Walks the content of `root` (the element holding the section's HTML) and
 * answers its plain text together with the mapping of selection boundaries.
 */
export function sectionText(root: NodeLike): SectionText {
  // Every character of a text node and every <br> takes one position in the walk.
  let position = 0;
  const spans = new Map<NodeLike, { start: number; end: number }>();
  // The boundary right before each position; the one right after is the same node at offset + 1.
  const before: Boundary[] = [];
  const blocks: Char[][] = [];

  const flush = (state: { run: BlockBuilder }) => {
    const block = state.run.build();
    if (block) blocks.push(block);
    state.run = new BlockBuilder(state.run.pre);
  };

  const walk = (el: NodeLike, pre: boolean, state: { run: BlockBuilder }) => {
    Array.from(el.childNodes).forEach((child, index) => {
      const start = position;
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        for (let i = 0; i < text.length; i++) {
          before[position] = { node: child, offset: i };
          state.run.add(text[i], position++);
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        const name = child.nodeName.toLowerCase();
        if (HIDDEN.has(name)) {
          // nothing visible
        } else if (name === 'br') {
          before[position] = { node: el, offset: index };
          state.run.lineBreak(position++);
        } else if (TEXT_BLOCKS.has(name) || CONTAINERS.has(name)) {
          const innerPre = pre || name === 'pre';
          flush(state);
          const inner = { run: new BlockBuilder(innerPre) };
          walk(child, innerPre, inner);
          flush(inner);
        } else {
          walk(child, pre, state);
        }
      }
      spans.set(child, { start, end: position });
    });
  };
  const top = { run: new BlockBuilder(false) };
  walk(root, false, top);
  flush(top);
  spans.set(root, { start: 0, end: position });

  // Where each walk position lands in the plain text (-1: collapsed away).
  const plainAt = new Array<number>(position).fill(-1);
  let text = '';
  blocks.forEach((block, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    for (const { c, at } of block) {
      plainAt[at] = text.length;
      text += c;
    }
  });

  /** The walk position of a selection boundary (a point between two positions). */
  const boundary = (node: NodeLike, offset: number): number | null => {
    const span = spans.get(node);
    if (!span) return null;
    if (node.nodeType === TEXT_NODE) return Math.min(span.start + offset, span.end);
    const children = Array.from(node.childNodes);
    if (offset < children.length) return spans.get(children[offset])?.start ?? null;
    return span.end;
  };

  return {
    text,
    startOf(node, offset) {
      const at = boundary(node, offset);
      if (at === null) return null;
      for (let p = at; p < position; p++) if (plainAt[p] >= 0) return plainAt[p];
      return text.length;
    },
    endOf(node, offset) {
      const at = boundary(node, offset);
      if (at === null) return null;
      for (let p = at - 1; p >= 0; p--) if (plainAt[p] >= 0) return plainAt[p] + 1;
      return 0;
    },
    boundariesOf(start, end) {
      if (!(start >= 0 && start < end && end <= text.length)) return null;
      const first = plainAt.findIndex((at) => at >= start);
      let last = -1;
      for (let p = position - 1; p >= 0 && last < 0; p--) if (plainAt[p] >= 0 && plainAt[p] < end) last = p;
      if (first < 0 || last < first) return null;
      const after = before[last];
      return { from: before[first], to: { node: after.node, offset: after.offset + 1 } };
    },
  };
}

/** A passage chosen in a section: offsets into its plain text and the text itself. */
export interface Passage {
  start: number;
  end: number;
  quote: string;
}

/**
 * The passage a selection (its start and end boundaries) covers in the
 * section rendered in `root`; null when the selection lies (partly) outside
 * it or holds no text but whitespace.
 */
export function passageOf(
  root: NodeLike,
  from: { node: NodeLike; offset: number },
  to: { node: NodeLike; offset: number },
): Passage | null {
  const section = sectionText(root);
  const start = section.startOf(from.node, from.offset);
  const end = section.endOf(to.node, to.offset);
  if (start === null || end === null || start >= end) return null;
  const quote = section.text.slice(start, end);
  return quote.trim() ? { start, end, quote } : null;
}
