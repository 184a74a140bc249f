import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The WAI-ARIA toolbar pattern for the rich-text editors: one tab stop, the
 * arrow keys (and Home/End) move between the buttons, the button focused last
 * keeps the tab stop.
 */
export function useRovingToolbar(count: number) {
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const last = count - 1;
    const next =
      e.key === 'ArrowRight'
        ? (current + 1) % count
        : e.key === 'ArrowLeft'
          ? (current + last) % count
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  };
  /** What each button spreads: its ref, whether it holds the tab stop, and taking it over on focus. */
  const buttonProps = (i: number) => ({
    ref: (el: HTMLButtonElement | null) => {
      buttons.current[i] = el;
    },
    tabIndex: i === current ? 0 : -1,
    onFocus: () => setCurrent(i),
  });
  return { onKeyDown, buttonProps };
}

/** A value set from outside (e.g. a text taken over from elsewhere) replaces the editor's text. */
export function useEditorValue(editor: Editor | null, value: string) {
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (current !== value) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
}
