import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { HiddenContext } from '../../../components/HiddenContext';
import { headingTagOf, type VersionSection } from '../model';
import { passageOf, sectionText, type Passage } from '../passage';

const NO_MARKS: readonly Marked[] = [];

export interface CommentTarget {
  sectionId: string;
  sectionTitle: string;
  /** null: the whole section. */
  passage: Passage | null;
}

/** Where a comment's passage stands in a section's plain text. */
export interface Marked {
  sectionId: string;
  start: number;
  end: number;
}

/** The name of the highlight (CSS Custom Highlight API) marking the viewer's own comments in the text. */
const HIGHLIGHT = 'review-own';

/** The passage the current selection covers in one of the sections, or null. */
function selectedPassage(sections: Map<string, HTMLElement>): { sectionId: string; passage: Passage } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  for (const [sectionId, el] of sections) {
    const startsInside = el.contains(range.startContainer);
    const endsInside = el.contains(range.endContainer);
    if (!startsInside && !endsInside) continue;
    // A selection running on past the section (a triple click on its last paragraph) is cut at its edge.
    const from = startsInside ? { node: range.startContainer, offset: range.startOffset } : { node: el, offset: 0 };
    const to = endsInside
      ? { node: range.endContainer, offset: range.endOffset }
      : { node: el, offset: el.childNodes.length };
    const passage = passageOf(el, from, to);
    return passage ? { sectionId, passage } : null;
  }
  return null;
}

/**
 * The text of the version under review, section by section. Where the
 * viewer may comment, each section offers "Anmerkung zu diesem Abschnitt"
 * (for the selected passage if there is one in the section, else for the
 * whole section) and, while text in it is selected, "Anmerken". The form for
 * a comment (`renderForm`) opens right below the section it belongs to.
 */
export function VersionText({
  sections,
  canComment,
  target,
  onComment,
  renderForm,
  marked = NO_MARKS,
}: {
  sections: readonly VersionSection[];
  /** Passages to mark in the text (the viewer's own comments); the list of comments names them, too. */
  marked?: readonly Marked[];
  canComment: boolean;
  target: CommentTarget | null;
  onComment: (target: CommentTarget) => void;
  renderForm: (target: CommentTarget) => ReactNode;
}) {
  const { t } = useTranslation();
  const texts = useRef(new Map<string, HTMLElement>());
  const [selected, setSelected] = useState<{ sectionId: string; passage: Passage } | null>(null);

  useEffect(() => {
    if (!canComment) return;
    const update = () => setSelected(selectedPassage(texts.current));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [canComment]);

  useEffect(() => {
    if (typeof Highlight === 'undefined' || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const ranges: Range[] = [];
    for (const mark of marked) {
      const el = texts.current.get(mark.sectionId);
      const found = el && sectionText(el).boundariesOf(mark.start, mark.end);
      if (!found) continue;
      const range = document.createRange();
      range.setStart(found.from.node as Node, found.from.offset);
      range.setEnd(found.to.node as Node, found.to.offset);
      ranges.push(range);
    }
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
  }, [marked, sections]);

  return (
    <div className="review-text">
      {sections.map((s) => {
        const Heading = headingTagOf(s.level);
        const mine = selected?.sectionId === s.id ? selected.passage : null;
        const comment = (passage: Passage | null) => onComment({ sectionId: s.id, sectionTitle: s.title, passage });
        return (
          <section key={s.id} className="review-section" aria-labelledby={`review-section-${s.id}`}>
            <Heading
              className={s.level <= 1 ? 'kern-heading-medium' : 'kern-heading-small'}
              id={`review-section-${s.id}`}
            >
              {s.title}
            </Heading>
            <div
              className="review-section__text kern-body"
              ref={(el) => {
                if (el) texts.current.set(s.id, el);
                else texts.current.delete(s.id);
              }}
              // Sanitised by the API when the version was frozen.
              dangerouslySetInnerHTML={{ __html: s.html }}
            />
            {canComment && (
              <div className="review-section__actions">
                {mine && (
                  <Button
                    variant="primary"
                    // Keeps the selection: the passage is read when the button is pressed.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => comment(mine)}
                  >
                    {t('review.comment.onSelection')}
                    <HiddenContext>{t('review.comment.selectionContext', { quote: mine.quote })}</HiddenContext>
                  </Button>
                )}
                <Button
                  variant="secondary"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    const now = selectedPassage(texts.current);
                    comment(now?.sectionId === s.id ? now.passage : null);
                  }}
                >
                  {t('review.comment.onSection')}
                  <HiddenContext>{s.title}</HiddenContext>
                </Button>
              </div>
            )}
            {target?.sectionId === s.id && renderForm(target)}
          </section>
        );
      })}
    </div>
  );
}
