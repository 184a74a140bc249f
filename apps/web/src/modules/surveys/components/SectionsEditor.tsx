import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { HiddenContext } from '../../../components/HiddenContext';
import type { SurveyQuery, SurveyQuestionFieldsFragment } from '../../../gql/graphql';
import { DELETE_SURVEY_QUESTION, DELETE_SURVEY_SECTION, MOVE_SURVEY_QUESTION, MOVE_SURVEY_SECTION } from '../graphql';
import { conditionKeysOf, conditionSources, germanOf } from '../model';
import { MoveButtons } from './MoveButtons';
import { QuestionForm } from './QuestionForm';
import { SectionForm } from './SectionForm';

type Survey = SurveyQuery['survey'];

/** What the builder asks before something is deleted. */
export interface Confirmation {
  title: string;
  text: string;
  confirmLabel: string;
  action: () => Promise<unknown>;
  done: string;
}

export interface BuilderActions {
  /** Runs a change and says in the live region that it happened, or shows the API's message. */
  perform: (action: () => Promise<unknown>, done: string) => Promise<void>;
  confirm: (confirmation: Confirmation) => void;
  onMessage: (message: string) => void;
}

const REFETCH = { refetchQueries: ['Survey'], awaitRefetchQueries: true };

/**
 * The survey's sections with their questions, in order: each can be renamed or changed, moved up or down and
 * deleted; questions of every kind are added to a section. One form is open at a time.
 */
export function SectionsEditor({
  survey,
  editing,
  onEdit,
  actions,
}: {
  survey: Survey;
  /** "section:new", "section:<id>", "question:new:<sectionId>" or "question:<id>"; null when none is open. */
  editing: string | null;
  onEdit: (editing: string | null) => void;
  actions: BuilderActions;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [moveSection] = useMutation(MOVE_SURVEY_SECTION, REFETCH);
  const [deleteSection] = useMutation(DELETE_SURVEY_SECTION, REFETCH);
  const [moveQuestion] = useMutation(MOVE_SURVEY_QUESTION, REFETCH);
  const [deleteQuestion] = useMutation(DELETE_SURVEY_QUESTION, REFETCH);
  const sections = survey.sections;
  const allQuestions = sections.flatMap((s) => s.questions);
  /** The button that opened a form, to take focus back when the form closes. */
  const openerId = (key: string) => `${headingId}-${key.replace(/:/g, '-')}`;
  const close = (message: string | null) => {
    const opener = editing && openerId(editing);
    onEdit(null);
    if (message) actions.onMessage(message);
    if (opener) requestAnimationFrame(() => document.getElementById(opener)?.focus());
  };
  /** After a move the item's button keeps the focus, wherever the item went. */
  const move = (action: () => Promise<unknown>, done: string, buttonId: string) =>
    void actions.perform(action, done).then(() => document.getElementById(buttonId)?.focus());

  /** "Nur wenn „Wie oft …?“ mit „Oft“ oder „Immer“ beantwortet wurde." */
  const conditionText = (q: SurveyQuestionFieldsFragment) => {
    if (!q.condition) return null;
    const source = allQuestions.find((s) => s.id === q.condition?.questionId);
    if (!source) return null;
    const labels = conditionKeysOf(source)
      .filter((o) => q.condition?.optionKeys.includes(o.key))
      .map((o) => (o.key === 'other' ? t('surveys.question.other') : o.label));
    return t('surveys.question.conditionSummary', {
      question: germanOf(source.text),
      options: labels.join(t('surveys.question.or')),
    });
  };

  return (
    <section aria-labelledby={headingId} className="surveys-section">
      <h2 className="kern-heading-medium" id={headingId}>
        {t('surveys.sections.title')}
      </h2>
      {sections.length === 0 && <p className="kern-body">{t('surveys.sections.empty')}</p>}
      {sections.map((section, sectionIndex) => {
        const title = germanOf(section.title);
        const sectionName = t('surveys.section.name', { n: sectionIndex + 1, title });
        return (
          <section key={section.id} className="surveys-survey-section" aria-labelledby={`${headingId}-${section.id}`}>
            <h3 className="kern-heading-small" id={`${headingId}-${section.id}`}>
              {sectionName}
            </h3>
            {editing === `section:${section.id}` ? (
              <SectionForm surveyId={survey.id} section={section} languages={survey.languages} onDone={close} />
            ) : (
              <div className="surveys-actions">
                <Button
                  variant="tertiary"
                  id={openerId(`section:${section.id}`)}
                  onClick={() => onEdit(`section:${section.id}`)}
                >
                  {t('surveys.section.edit')}
                  <HiddenContext>{sectionName}</HiddenContext>
                </Button>
                <MoveButtons
                  idPrefix={openerId(`move:${section.id}`)}
                  index={sectionIndex}
                  count={sections.length}
                  name={sectionName}
                  onMove={(by) =>
                    move(
                      () => moveSection({ variables: { id: section.id, position: sectionIndex + by } }),
                      t('surveys.section.moved', { title }),
                      `${openerId(`move:${section.id}`)}-${by < 0 ? 'up' : 'down'}`,
                    )
                  }
                />
                <Button
                  variant="tertiary"
                  onClick={() =>
                    actions.confirm({
                      title: t('surveys.section.deleteTitle'),
                      text: t('surveys.section.deleteText', { title, count: section.questions.length }),
                      confirmLabel: t('surveys.actions.delete'),
                      action: () => deleteSection({ variables: { id: section.id } }),
                      done: t('surveys.section.deleted', { title }),
                    })
                  }
                >
                  {t('surveys.actions.delete')}
                  <HiddenContext>{sectionName}</HiddenContext>
                </Button>
              </div>
            )}
            {section.questions.length === 0 ? (
              <p className="kern-body">{t('surveys.sections.noQuestions')}</p>
            ) : (
              <ol className="surveys-questions">
                {section.questions.map((q, index) => {
                  const text = germanOf(q.text);
                  const questionName = t('surveys.question.name', { n: index + 1, text });
                  const condition = conditionText(q);
                  return (
                    <li key={q.id}>
                      {editing === `question:${q.id}` ? (
                        <QuestionForm
                          surveyId={survey.id}
                          sectionId={section.id}
                          question={q}
                          languages={survey.languages}
                          sources={conditionSources(sections, q.id, section.id)}
                          onDone={close}
                        />
                      ) : (
                        <>
                          <p className="kern-body surveys-question-text">{text}</p>
                          <p className="kern-body surveys-question-facts">
                            {t(`surveys.kind.${q.kind}`)}
                            {q.required && ` · ${t('surveys.question.isRequired')}`}
                            {q.allowOther && ` · ${t('surveys.question.withOther')}`}
                            {q.options.length > 0 &&
                              ` · ${t('surveys.question.optionCount', { count: q.options.length })}`}
                          </p>
                          {condition && <p className="kern-body surveys-question-condition">{condition}</p>}
                          <div className="surveys-actions">
                            <Button
                              variant="tertiary"
                              id={openerId(`question:${q.id}`)}
                              onClick={() => onEdit(`question:${q.id}`)}
                            >
                              {t('surveys.question.edit')}
                              <HiddenContext>{questionName}</HiddenContext>
                            </Button>
                            <MoveButtons
                              idPrefix={openerId(`move:${q.id}`)}
                              index={index}
                              count={section.questions.length}
                              name={questionName}
                              onMove={(by) =>
                                move(
                                  () => moveQuestion({ variables: { id: q.id, position: index + by } }),
                                  t('surveys.question.moved', { text }),
                                  `${openerId(`move:${q.id}`)}-${by < 0 ? 'up' : 'down'}`,
                                )
                              }
                            />
                            <Button
                              variant="tertiary"
                              onClick={() =>
                                actions.confirm({
                                  title: t('surveys.question.deleteTitle'),
                                  text: t('surveys.question.deleteText', { text }),
                                  confirmLabel: t('surveys.actions.delete'),
                                  action: () => deleteQuestion({ variables: { id: q.id } }),
                                  done: t('surveys.question.deleted', { text }),
                                })
                              }
                            >
                              {t('surveys.actions.delete')}
                              <HiddenContext>{questionName}</HiddenContext>
                            </Button>
                          </div>
                        </>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
            {editing === `question:new:${section.id}` ? (
              <QuestionForm
                surveyId={survey.id}
                sectionId={section.id}
                question={null}
                languages={survey.languages}
                sources={conditionSources(sections, null, section.id)}
                onDone={close}
              />
            ) : (
              <Button id={openerId(`question:new:${section.id}`)} onClick={() => onEdit(`question:new:${section.id}`)}>
                {t('surveys.question.add')}
                <HiddenContext>{sectionName}</HiddenContext>
              </Button>
            )}
          </section>
        );
      })}
      {editing === 'section:new' ? (
        <SectionForm surveyId={survey.id} section={null} languages={survey.languages} onDone={close} />
      ) : (
        <Button variant="primary" id={openerId('section:new')} onClick={() => onEdit('section:new')}>
          {t('surveys.section.add')}
        </Button>
      )}
    </section>
  );
}
