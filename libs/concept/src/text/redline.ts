import { diffArrays } from 'diff';
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  ParagraphChild,
  TextRun,
} from 'docx';
import { DiffSegment, wordDiff } from '@konzeptwerk/platform';
import { blocksOf, TextBlock } from './blocks';
import { escapeHtml } from './html';

/** One section of a frozen version of the concept draft; ids stay the same across versions of a draft. */
export interface VersionSection {
  id: string;
  parentId: string | null;
  /** 1 for a top-level section. */
  level: number;
  title: string;
  html: string;
}

export type RedlineStatus = 'same' | 'added' | 'removed' | 'changed';

export interface RedlineBlock {
  tag: TextBlock['tag'];
  status: RedlineStatus;
  /** The 'same' and 'removed' segments give the old text, the 'same' and 'added' ones the new text. */
  segments: DiffSegment[];
}

export interface RedlineSection {
  id: string;
  level: number;
  status: RedlineStatus;
  title: string;
  titleSegments: DiffSegment[];
  blocks: RedlineBlock[];
}

/** Share of words two blocks must have in common (Dice coefficient) to be shown as one changed block. */
export const SIMILARITY_THRESHOLD = 0.4;
// How far ahead in a run of added blocks a removed block looks for its counterpart; bounds the work for a
// rewritten section to runs × window comparisons.
const PAIRING_WINDOW = 25;

const WORD = /[\p{L}\p{N}]+/gu;

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Dice coefficient over the words (with repetition) of both texts: 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: string, b: string): number {
  const wa = wordCounts(a);
  const wb = wordCounts(b);
  let total = 0;
  let shared = 0;
  for (const [word, n] of wa) {
    total += n;
    shared += Math.min(n, wb.get(word) ?? 0);
  }
  for (const n of wb.values()) total += n;
  if (!total) return a.trim() === b.trim() ? 1 : 0;
  return (2 * shared) / total;
}

const whole = (kind: DiffSegment['kind'], text: string): DiffSegment[] => (text ? [{ kind, text }] : []);

const addedBlock = (b: TextBlock): RedlineBlock => ({ tag: b.tag, status: 'added', segments: whole('added', b.text) });
const removedBlock = (b: TextBlock): RedlineBlock => ({
  tag: b.tag,
  status: 'removed',
  segments: whole('removed', b.text),
});

/** Pairs a run of removed blocks with the run of added blocks that replaced them, keeping both orders. */
function pairRuns(removed: TextBlock[], added: TextBlock[]): RedlineBlock[] {
  const out: RedlineBlock[] = [];
  let next = 0; // first added block not yet placed
  for (const old of removed) {
    let match = -1;
    for (let j = next; j < Math.min(added.length, next + PAIRING_WINDOW); j++) {
      if (wordSimilarity(old.text, added[j].text) >= SIMILARITY_THRESHOLD) {
        match = j;
        break;
      }
    }
    if (match === -1) {
      out.push(removedBlock(old));
      continue;
    }
    for (; next < match; next++) out.push(addedBlock(added[next]));
    out.push({ tag: added[match].tag, status: 'changed', segments: wordDiff(old.text, added[match].text) });
    next = match + 1;
  }
  for (; next < added.length; next++) out.push(addedBlock(added[next]));
  return out;
}

/** Block-by-block comparison of two versions of one section's HTML. */
export function redlineBlocks(beforeHtml: string, afterHtml: string): RedlineBlock[] {
  const changes = diffArrays(blocksOf(beforeHtml), blocksOf(afterHtml), {
    comparator: (a, b) => a.text === b.text,
  });
  const out: RedlineBlock[] = [];
  let removed: TextBlock[] = [];
  let added: TextBlock[] = [];
  const flush = () => {
    if (removed.length || added.length) out.push(...pairRuns(removed, added));
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      // On a match diffArrays gives the new array's items, so the tag is the current one.
      for (const b of change.value) out.push({ tag: b.tag, status: 'same', segments: whole('same', b.text) });
    }
  }
  flush();
  return out;
}

function compareSection(before: VersionSection | undefined, after: VersionSection | undefined): RedlineSection {
  if (!before && after) {
    return {
      id: after.id,
      level: after.level,
      status: 'added',
      title: after.title,
      titleSegments: whole('added', after.title),
      blocks: blocksOf(after.html).map(addedBlock),
    };
  }
  if (before && !after) {
    return {
      id: before.id,
      level: before.level,
      status: 'removed',
      title: before.title,
      titleSegments: whole('removed', before.title),
      blocks: blocksOf(before.html).map(removedBlock),
    };
  }
  if (!before || !after) throw new Error('compareSection needs at least one section');
  const blocks =
    before.html === after.html ? blocksOf(after.html).map(sameBlock) : redlineBlocks(before.html, after.html);
  const changed = before.title !== after.title || blocks.some((b) => b.status !== 'same');
  return {
    id: after.id,
    level: after.level,
    status: changed ? 'changed' : 'same',
    title: after.title,
    titleSegments: wordDiff(before.title, after.title),
    blocks,
  };
}

const sameBlock = (b: TextBlock): RedlineBlock => ({ tag: b.tag, status: 'same', segments: whole('same', b.text) });

/**
 * Compares two versions of a draft section by section (matched by id) and block by block. Sections come in the
 * order of `after`; a removed section stands right after the section that preceded it in `before`.
 * Within a section, blocks are aligned by their text (longest common subsequence); a removed block followed by
 * a similar added one becomes one 'changed' block with a word diff.
 */
export function redline(before: VersionSection[], after: VersionSection[]): RedlineSection[] {
  const oldById = new Map(before.map((s) => [s.id, s]));
  const newIds = new Set(after.map((s) => s.id));
  const result = after.map((s) => compareSection(oldById.get(s.id), s));
  before.forEach((section, i) => {
    if (newIds.has(section.id)) return;
    const predecessor = i > 0 ? before[i - 1].id : null;
    const at = predecessor === null ? -1 : result.findIndex((r) => r.id === predecessor);
    result.splice(at + 1, 0, compareSection(section, undefined));
  });
  return result;
}

/** Counts the changed blocks; the blocks of added and removed sections count as added and removed. */
export function redlineSummary(sections: RedlineSection[]): { added: number; removed: number; changed: number } {
  const summary = { added: 0, removed: 0, changed: 0 };
  for (const section of sections) {
    for (const block of section.blocks) if (block.status !== 'same') summary[block.status]++;
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------- HTML

const STATUS_CLASS: Record<RedlineStatus, string> = {
  same: '',
  added: ' redline-added',
  removed: ' redline-removed',
  changed: ' redline-changed',
};

function segmentsHtml(segments: DiffSegment[], pre = false): string {
  return segments
    .map(({ kind, text }) => {
      const escaped = pre ? escapeHtml(text) : escapeHtml(text).replace(/\n/g, '<br />');
      if (kind === 'added') return `<ins>${escaped}</ins>`;
      if (kind === 'removed') return `<del>${escaped}</del>`;
      return escaped;
    })
    .join('');
}

/**
 * The redline as accessible HTML without inline styles: per section a `<section>` with a heading (level 1 →
 * `h{1 + headingOffset}`, at most h6) and its blocks, removed text in `<del>`, added text in `<ins>`. Sections
 * and blocks carry the classes `redline-added`, `redline-removed` or `redline-changed`; list items are grouped
 * in a `<ul>`, `<pre>` stays preformatted, all other blocks become paragraphs (class `redline-<tag>`).
 */
export function redlineHtml(sections: RedlineSection[], options: { headingOffset?: number } = {}): string {
  const offset = options.headingOffset ?? 1;
  return sections
    .map((section) => {
      const h = Math.min(6, Math.max(1, section.level + offset));
      const parts = [`<h${h}>${segmentsHtml(section.titleSegments)}</h${h}>`];
      let list: string[] = [];
      const flushList = () => {
        if (list.length) parts.push(`<ul class="redline-list">${list.join('')}</ul>`);
        list = [];
      };
      for (const block of section.blocks) {
        const cls = `redline-${block.tag}${STATUS_CLASS[block.status]}`;
        if (block.tag === 'li') {
          list.push(`<li class="${cls}">${segmentsHtml(block.segments)}</li>`);
          continue;
        }
        flushList();
        if (block.tag === 'pre') parts.push(`<pre class="${cls}">${segmentsHtml(block.segments, true)}</pre>`);
        else parts.push(`<p class="${cls}">${segmentsHtml(block.segments)}</p>`);
      }
      flushList();
      return `<section class="redline-section${STATUS_CLASS[section.status]}">${parts.join('')}</section>`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------- DOCX

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const heading = (level: number) => HEADINGS[Math.min(HEADINGS.length, Math.max(1, level)) - 1];

// Inner headings of a section's text sit below the section's own heading.
const INNER_HEADING_DEPTH: Partial<Record<TextBlock['tag'], number>> = { h2: 1, h3: 2, h4: 3 };

/**
 * The redline as DOCX in which every change is a Word tracked change (author and date as given), so the
 * county can accept or reject them in Word. Section titles use Word's heading styles; the language is German.
 */
export async function redlineDocx(
  title: string,
  sections: RedlineSection[],
  meta: { author: string; date: Date },
): Promise<Buffer> {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  let revision = 0;
  const runs = (segments: DiffSegment[]): ParagraphChild[] =>
    segments.flatMap(({ kind, text }) =>
      text.split('\n').map((line, i) => {
        const options = { text: line, break: i > 0 ? 1 : undefined };
        if (kind === 'same') return new TextRun(options);
        const change = { ...options, id: ++revision, author: meta.author, date };
        return kind === 'added' ? new InsertedTextRun(change) : new DeletedTextRun(change);
      }),
    );

  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })];
  for (const section of sections) {
    children.push(new Paragraph({ heading: heading(section.level), children: runs(section.titleSegments) }));
    for (const block of section.blocks) {
      const depth = INNER_HEADING_DEPTH[block.tag];
      children.push(
        new Paragraph({
          heading: depth === undefined ? undefined : heading(section.level + depth),
          bullet: block.tag === 'li' ? { level: 0 } : undefined,
          indent: block.tag === 'blockquote' ? { left: 720 } : undefined,
          children: runs(block.segments),
        }),
      );
    }
  }

  const document = new Document({
    creator: 'Konzeptwerk',
    title,
    styles: { default: { document: { run: { language: { value: 'de-DE' } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
