import { diffWordsWithSpace } from 'diff';

export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
  segments: DiffSegment[];
}

// Myers' algorithm is O(tokens × edits); two unrelated 50,000-character texts would take seconds.
// Beyond this many edited tokens the diff would be unreadable anyway, so we show a plain replacement.
const MAX_EDIT_LENGTH = 2_000;

// Spaces (not line breaks) kept between two changes: showing them as unchanged splits a rewritten
// phrase into word-by-word removed/added pairs, so they are folded into the change instead.
const INNER_SPACE = /^[^\S\r\n]+$/;

/**
 * Word-level diff of two texts. Whitespace is kept, so the 'same' and 'added' segments joined give
 * `after` and the 'same' and 'removed' segments joined give `before`, character for character.
 * Within a change, the removed text comes before the added text.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return replacement(before, after);

  const segments: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) segments.push({ kind: 'removed', text: removed });
    if (added) segments.push({ kind: 'added', text: added });
    removed = added = '';
  };
  changes.forEach((change, i) => {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else if ((removed || added) && INNER_SPACE.test(change.value) && isChange(changes[i + 1])) {
      removed += change.value;
      added += change.value;
    } else {
      flush();
      const last = segments[segments.length - 1];
      if (last?.kind === 'same') last.text += change.value;
      else segments.push({ kind: 'same', text: change.value });
    }
  });
  flush();
  return segments;
}

const isChange = (change: { added: boolean; removed: boolean } | undefined) =>
  !!change && (change.added || change.removed);

function replacement(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  if (before) segments.push({ kind: 'removed', text: before });
  if (after) segments.push({ kind: 'added', text: after });
  return segments;
}

/**
 * The fields whose values differ, each with its word diff: first in the key order of `after`, then the keys
 * only `before` has. A missing key counts as the empty string.
 */
export function diffFields(before: Record<string, string>, after: Record<string, string>): FieldChange[] {
  const fields = [...Object.keys(after), ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))];
  return fields.flatMap((field) => {
    const from = valueOf(before, field);
    const to = valueOf(after, field);
    return from === to ? [] : [{ field, before: from, after: to, segments: wordDiff(from, to) }];
  });
}

// hasOwn: a field called e.g. "constructor" must not read Object.prototype.
const valueOf = (record: Record<string, string>, key: string): string =>
  Object.hasOwn(record, key) ? (record[key] ?? '') : '';
