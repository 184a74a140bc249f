import { parseHtml, TextBlockTag } from './html';

/**
 * One block-level unit of a rich text, in reading order: its plain text with entities decoded, whitespace
 * collapsed (also non-breaking spaces, as in `richTextToPlain`) and line breaks (`<br />`) as '\n'.
 * Text in `<pre>` keeps its whitespace.
 */
export interface TextBlock {
  tag: TextBlockTag;
  text: string;
}

/** Separates the blocks in {@link plainTextOf}. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The text blocks of sanitised HTML. Nested blocks are not counted twice: text belongs to the innermost block
 * that holds it (`<li><p>x</p></li>` gives one 'p' block). Blocks without text are left out.
 */
export function blocksOf(html: string): TextBlock[] {
  return parseHtml(html).blocks.map(({ tag, text }) => ({ tag, text }));
}

/** The blocks' texts joined by a blank line; passage anchors index into this string. */
export function plainTextOf(html: string): string {
  return blocksOf(html)
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR);
}
