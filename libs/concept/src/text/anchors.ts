import { BLOCK_SEPARATOR } from './blocks';
import { escapeHtml, parseHtml } from './html';

/**
 * Where a reviewer's comment or proposal points to in a section's plain text ({@link plainTextOf}): the quoted
 * passage with some context (like W3C's TextQuoteSelector) and its offsets (TextPositionSelector).
 */
export interface PassageAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Anchors the passage `text.slice(start, end)`, with up to `context` characters before and after it. */
export function anchorFor(text: string, start: number, end: number, context = 32): PassageAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > text.length) {
    throw new RangeError(`passage ${start}–${end} is not within the text (0–${text.length})`);
  }
  if (!Number.isInteger(context) || context < 0) throw new RangeError('context must be a non-negative integer');
  const quote = text.slice(start, end);
  if (!quote.trim()) throw new RangeError('the passage holds only whitespace');
  return {
    quote,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}

/** How many characters of `prefix`, counted from its end, stand right before `at` in `text`. */
function prefixMatch(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** How many characters of `suffix`, counted from its start, stand right at `at` in `text`. */
function suffixMatch(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n;
}

/**
 * Finds the anchored passage in a (possibly later) version of the text. Every exact occurrence of the quote is
 * a candidate; the one with the most matching context characters wins, ties go to the one nearest to the old
 * position. Returns null when the quote no longer occurs, i.e. the passage itself was edited.
 */
export function resolveAnchor(anchor: PassageAnchor, text: string): { start: number; end: number } | null {
  const { quote, prefix, suffix } = anchor;
  if (!quote) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const score = prefixMatch(text, at, prefix) + suffixMatch(text, at + quote.length, suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best && { start: best.start, end: best.start + quote.length };
}

/**
 * Applies a proposed replacement of the anchored passage to the section's sanitised HTML. The passage must lie
 * within one block; formatting inside it is dropped, formatting around it is kept (tags the passage cuts
 * through are closed before and reopened after the replacement). The replacement is plain text: it is
 * escaped, and its line breaks become `<br />` (outside `<pre>`).
 *
 * @returns the new HTML, or null when the passage cannot be found any more or spans several blocks.
 */
export function replaceAnchored(html: string, anchor: PassageAnchor, replacement: string): string | null {
  const { blocks, elements } = parseHtml(html);
  const text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const found = resolveAnchor(anchor, text);
  if (!found) return null;

  let blockStart = 0;
  const block = blocks.find((candidate) => {
    if (found.start >= blockStart && found.end <= blockStart + candidate.text.length) return true;
    blockStart += candidate.text.length + BLOCK_SEPARATOR.length;
    return false;
  });
  if (!block) return null;
  const from = block.starts[found.start - blockStart];
  const to = block.ends[found.end - blockStart - 1];

  // Tags within the replaced source range: pairs wholly inside go, the others are kept balanced.
  const inside = (span: { start: number; end: number } | null) => !!span && span.start >= from && span.end <= to;
  const closeBefore: string[] = [];
  const reopenAfter: string[] = [];
  for (const el of elements) {
    const opens = inside(el.open);
    const closes = inside(el.close);
    if (opens && !closes && el.name !== 'br') reopenAfter.push(html.slice(el.open.start, el.open.end));
    if (closes && !opens && el.close) closeBefore.push(html.slice(el.close.start, el.close.end));
  }
  // Elements are listed by their opening tag; end tags must close the innermost first.
  closeBefore.reverse();

  const escaped = block.pre ? escapeHtml(replacement) : escapeHtml(replacement).replace(/\r?\n/g, '<br />');
  return html.slice(0, from) + closeBefore.join('') + escaped + reopenAfter.join('') + html.slice(to);
}
