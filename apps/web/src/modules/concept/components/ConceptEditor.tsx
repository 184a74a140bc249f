import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorValue, useRovingToolbar } from '../../../components/editor/editor-hooks';
import { Button } from '../../../components/Button';
import '../../recommendations/workbench.css';
import { applyTableTool, TABLE_EXTENSIONS, TABLE_TOOLS, tableToolEnabled, type TableTool } from './tables';

type TextTool = 'heading3' | 'heading4' | 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'link';
type Tool = TextTool | TableTool;
const TOOLS: readonly Tool[] = [
  'heading3',
  'heading4',
  'bold',
  'italic',
  'bulletList',
  'orderedList',
  'link',
  ...TABLE_TOOLS,
];
const isTableTool = (tool: Tool): tool is TableTool => (TABLE_TOOLS as readonly Tool[]).includes(tool);

/**
 * What the server keeps of a concept text: paragraphs, headings (below the
 * section's own heading), emphasis, lists, links and tables.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: { openOnClick: false, autolink: false, protocols: ['http', 'https', 'mailto'] },
  }),
  ...TABLE_EXTENSIONS,
];

function isActive(editor: Editor | null, tool: Tool): boolean {
  if (!editor) return false;
  if (isTableTool(tool)) return false;
  if (tool === 'heading3') return editor.isActive('heading', { level: 3 });
  if (tool === 'heading4') return editor.isActive('heading', { level: 4 });
  return editor.isActive(tool);
}

function apply(editor: Editor, tool: Exclude<TextTool, 'link'>) {
  const chain = editor.chain().focus();
  switch (tool) {
    case 'heading3':
      return chain.toggleHeading({ level: 3 }).run();
    case 'heading4':
      return chain.toggleHeading({ level: 4 }).run();
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

/** Only absolute links are kept by the server. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)\S+$/i;

/**
 * The text of a concept section: a TipTap editor (styled by the workbench's
 * editor classes) with headings, emphasis, lists and links. The editable
 * area is a labelled multi-line textbox; the toolbar is one tab stop whose
 * buttons the arrow keys move between. A link is set in a small field below
 * the toolbar instead of a browser prompt.
 */
export function ConceptEditor({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (html: string) => void;
}) {
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value,
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(hint ? { 'aria-describedby': hintId } : {}),
        class: 'kern-form-input__input workbench-editor__content concept-editor__content',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });

  useEditorValue(editor, value);

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(TOOLS.map((tool) => [tool, isActive(e, tool)])) as Record<Tool, boolean>,
  });
  const enabled = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(TABLE_TOOLS.map((tool) => [tool, e ? tableToolEnabled(e, tool) : false])) as Record<
        TableTool,
        boolean
      >,
  });

  return (
    <div className="kern-form-input workbench-editor concept-editor">
      <span className="kern-label" id={labelId} onClick={() => editor?.commands.focus()}>
        {label}
      </span>
      {hint && (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      {editor && <Toolbar editor={editor} controls={id} label={label} active={active} enabled={enabled} />}
      <EditorContent editor={editor} className="workbench-editor__frame" />
    </div>
  );
}

function Toolbar({
  editor,
  controls,
  label,
  active,
  enabled,
}: {
  editor: Editor;
  controls: string;
  label: string;
  active: Record<Tool, boolean> | null;
  enabled: Record<TableTool, boolean> | null;
}) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState(false);
  const { onKeyDown, buttonProps } = useRovingToolbar(TOOLS.length);

  return (
    <>
      <div
        className="workbench-editor__toolbar"
        role="toolbar"
        aria-label={t('concept.editor.toolbar', { field: label })}
        aria-controls={controls}
        onKeyDown={onKeyDown}
      >
        {TOOLS.map((tool, i) => (
          <button
            key={tool}
            {...buttonProps(i)}
            type="button"
            className={`kern-btn kern-btn--tertiary workbench-editor__tool concept-editor__tool--${tool}`}
            aria-pressed={tool === 'link' || isTableTool(tool) ? undefined : (active?.[tool] ?? false)}
            aria-disabled={isTableTool(tool) && !enabled?.[tool] ? true : undefined}
            aria-expanded={tool === 'link' ? linking : undefined}
            onClick={() =>
              tool === 'link'
                ? setLinking(!linking)
                : isTableTool(tool)
                  ? applyTableTool(editor, tool)
                  : apply(editor, tool)
            }
          >
            <span className="workbench-editor__glyph" aria-hidden="true">
              {t(`concept.editor.glyph.${tool}`)}
            </span>
            <span className="kern-label">{t(`concept.editor.tool.${tool}`)}</span>
          </button>
        ))}
      </div>
      {linking && (
        <LinkForm
          editor={editor}
          id={`${controls}-link`}
          done={() => {
            setLinking(false);
            editor.commands.focus();
          }}
        />
      )}
    </>
  );
}

/** The address of the link on the selected text; empty removes the link. */
function LinkForm({ editor, id, done }: { editor: Editor; id: string; done: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const value = href.trim();
    if (!value) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      done();
      return;
    }
    if (!SAFE_HREF.test(value)) {
      setProblem(t('concept.editor.linkInvalid'));
      return;
    }
    if (editor.state.selection.empty && !editor.isActive('link'))
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] })
        .run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    done();
  };
  // Not a <form>: the editor already sits inside the section's form.
  return (
    <div className={`kern-form-input concept-editor__link${problem ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {t('concept.editor.linkLabel')}
      </label>
      <div className="kern-hint" id={`${id}-hint`}>
        {t('concept.editor.linkHint')}
      </div>
      {problem && (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{problem}</span>
        </p>
      )}
      <input
        id={id}
        type="url"
        className={`kern-form-input__input${problem ? ' kern-form-input__input--error' : ''}`}
        value={href}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        aria-invalid={problem ? true : undefined}
        ref={input}
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit(e);
          if (e.key === 'Escape') done();
        }}
      />
      <div className="concept-actions">
        <Button onClick={() => submit()}>{t('concept.editor.linkApply')}</Button>
        <Button variant="tertiary" onClick={done}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
