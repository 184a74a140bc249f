import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';
import { useEditorValue, useRovingToolbar } from '../../../../components/editor/editor-hooks';

type Mark = 'bold' | 'italic' | 'bulletList' | 'orderedList';
const TOOLS: readonly Mark[] = ['bold', 'italic', 'bulletList', 'orderedList'];

/** Only what the server's sanitizer keeps: paragraphs, emphasis, lists, links. */
const EXTENSIONS = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: { openOnClick: false },
  }),
];

function toggle(editor: Editor, tool: Mark) {
  const chain = editor.chain().focus();
  switch (tool) {
    case 'bold':
      return chain.toggleBold().run();
    case 'italic':
      return chain.toggleItalic().run();
    case 'bulletList':
      return chain.toggleBulletList().run();
    case 'orderedList':
      return chain.toggleOrderedList().run();
  }
}

/**
 * Rich text for a rationale: a TipTap editor with only what the server keeps
 * (paragraphs, bold, italic, lists, links). The editable area is a labelled
 * multi-line textbox; the toolbar is one tab stop whose buttons the arrow keys
 * move between (WAI-ARIA toolbar pattern), each saying whether it is on.
 * TipTap's own style sheet is not injected (the CSP allows no inline styles);
 * workbench.css styles the editor.
 */
export function RichTextEditor({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  value: string;
  onChange: (html: string) => void;
}) {
  const { t } = useTranslation();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  const attributes = {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': 'true' } : {}),
    class: `kern-form-input__input workbench-editor__content${error ? ' kern-form-input__input--error' : ''}`,
  };
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value,
    injectCSS: false,
    immediatelyRender: true,
    editorProps: { attributes },
    // useEditor hands changed options (these attributes as hint and error come and go, this callback) to the editor.
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });

  useEditorValue(editor, value);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(TOOLS.map((tool) => [tool, e?.isActive(tool) ?? false])) as Record<Mark, boolean>,
  });

  return (
    <div className={`kern-form-input workbench-editor${error ? ' kern-form-input--error' : ''}`}>
      <span className="kern-label" id={labelId} onClick={() => editor?.commands.focus()}>
        {label}
        {optional && <span className="kern-label__optional"> – {t('form.optional')}</span>}
      </span>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="kern-error" id={errorId}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      {editor && <Toolbar editor={editor} controls={id} label={label} active={active} />}
      <EditorContent editor={editor} className="workbench-editor__frame" />
    </div>
  );
}

function Toolbar({
  editor,
  controls,
  label,
  active,
}: {
  editor: Editor;
  controls: string;
  label: string;
  active: Record<Mark, boolean> | null;
}) {
  const { t } = useTranslation();
  const { onKeyDown, buttonProps } = useRovingToolbar(TOOLS.length);

  return (
    <div
      className="workbench-editor__toolbar"
      role="toolbar"
      aria-label={t('recommendation.editor.toolbar', { field: label })}
      aria-controls={controls}
      onKeyDown={onKeyDown}
    >
      {TOOLS.map((tool, i) => (
        <button
          key={tool}
          {...buttonProps(i)}
          type="button"
          className={`kern-btn kern-btn--tertiary workbench-editor__tool workbench-editor__tool--${tool}`}
          aria-pressed={active?.[tool] ?? false}
          onClick={() => toggle(editor, tool)}
        >
          <span className="workbench-editor__glyph" aria-hidden="true">
            {t(`recommendation.editor.glyph.${tool}`)}
          </span>
          <span className="kern-label">{t(`recommendation.editor.tool.${tool}`)}</span>
        </button>
      ))}
    </div>
  );
}
