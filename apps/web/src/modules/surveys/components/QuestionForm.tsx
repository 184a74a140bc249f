import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { attempt } from '../../../components/form/attempt';
import type { SurveyQuestionFieldsFragment, SurveyQuestionKind } from '../../../gql/graphql';
import { SAVE_SURVEY_QUESTION } from '../graphql';
import {
  addOption,
  checkQuestion,
  conditionKeysOf,
  emptyQuestion,
  germanOf,
  hasDefaultOptions,
  hasOptions,
  mayAllowOther,
  moveItem,
  QUESTION_KINDS,
  questionDraftOf,
  questionInput,
  withKind,
  type OptionDraft,
  type QuestionDraft,
} from '../model';
import { LocalizedFields } from './LocalizedFields';
import { MoveButtons } from './MoveButtons';

/**
 * Creates (no question) or changes a question: its kind, texts in every offered language, whether it must be
 * answered, its options and the condition under which it is shown.
 */
export function QuestionForm({
  surveyId,
  sectionId,
  question,
  languages,
  sources,
  onDone,
}: {
  surveyId: string;
  sectionId: string;
  question: SurveyQuestionFieldsFragment | null;
  languages: readonly string[];
  /** Earlier choice questions a condition can point at. */
  sources: readonly SurveyQuestionFieldsFragment[];
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<QuestionDraft>(() => (question ? questionDraftOf(question) : emptyQuestion()));
  const [problems, setProblems] = useState<ReturnType<typeof checkQuestion>>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SAVE_SURVEY_QUESTION, {
    refetchQueries: ['Survey'],
    awaitRefetchQueries: true,
  });
  const set =
    <K extends keyof QuestionDraft>(key: K) =>
    (value: QuestionDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const source = sources.find((q) => q.id === draft.conditionQuestionId);
  const formRef = useRef<HTMLFormElement>(null);

  // Opened by a button that the form replaces: the keyboard starts in the form.
  useEffect(() => document.getElementById(`${id}-kind`)?.focus(), [id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    const found = checkQuestion(draft);
    setProblems(found);
    if (found.length) {
      // After the render that marks them: focus goes to the first field to fix.
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const error = await attempt(() =>
      save({ variables: { surveyId, id: question?.id ?? null, input: questionInput(sectionId, draft) } }),
    );
    if (error) setFailure(error);
    else onDone(question ? t('surveys.question.saved') : t('surveys.question.added'));
  };

  const setOption = (index: number, option: OptionDraft) =>
    set('options')(draft.options.map((o, i) => (i === index ? option : o)));

  return (
    <form
      ref={formRef}
      className="surveys-editor"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h4 className="kern-heading-small" id={`${id}-h`}>
        {question ? t('surveys.question.editTitle') : t('surveys.question.newTitle')}
      </h4>
      {problems.length > 0 && (
        <Alert variant="danger" role="alert" title={t('surveys.question.problemsTitle')}>
          <ul className="kern-list">
            {problems.map((p) => (
              <li key={p}>{t(`surveys.question.problem.${p}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <ErrorAlert error={failure} />
      <SelectField
        id={`${id}-kind`}
        label={t('surveys.question.kind')}
        value={draft.kind}
        onChange={(kind) => setDraft((d) => withKind(d, kind as SurveyQuestionKind))}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
      />
      <LocalizedFields
        id={`${id}-text`}
        legend={t('surveys.question.text')}
        languages={languages}
        value={draft.text}
        onChange={set('text')}
        required
        multiline
        error={problems.includes('textRequired') ? t('surveys.question.problem.textRequired') : undefined}
      />
      <LocalizedFields
        id={`${id}-help`}
        legend={t('surveys.question.help')}
        languages={languages}
        value={draft.help}
        onChange={set('help')}
      />
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={`${id}-required`}
          checked={draft.required}
          onChange={(e) => set('required')(e.target.checked)}
        />
        <label className="kern-label" htmlFor={`${id}-required`}>
          {t('surveys.question.required')}
        </label>
      </div>
      {mayAllowOther(draft.kind) && (
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={`${id}-other`}
            checked={draft.allowOther}
            onChange={(e) => set('allowOther')(e.target.checked)}
          />
          <label className="kern-label" htmlFor={`${id}-other`}>
            {t('surveys.question.allowOther')}
          </label>
        </div>
      )}
      {draft.kind === 'FIELD_RATING' && <p className="kern-hint">{t('surveys.question.fieldRatingHint')}</p>}
      {draft.kind === 'MUNICIPALITY' && <p className="kern-hint">{t('surveys.question.municipalityHint')}</p>}
      {hasOptions(draft.kind) && (
        <fieldset className="kern-fieldset surveys-options">
          <legend className="kern-label">{t('surveys.question.options')}</legend>
          {hasDefaultOptions(draft.kind) && (
            <p className="kern-hint">
              {draft.options.length === 0 ? t('surveys.question.defaultsUsed') : t('surveys.question.defaultsHint')}
            </p>
          )}
          <ol className="surveys-option-list">
            {draft.options.map((option, index) => {
              const name = t('surveys.question.optionN', { n: index + 1 });
              return (
                <li key={index}>
                  <LocalizedFields
                    id={`${id}-option-${index}`}
                    legend={name}
                    languages={languages}
                    value={option.label}
                    onChange={(label) => setOption(index, { ...option, label })}
                    required
                    error={
                      problems.includes('optionLabelRequired') && !option.label.de?.trim()
                        ? t('surveys.question.problem.optionLabelRequired')
                        : undefined
                    }
                  />
                  <TextField
                    id={`${id}-option-${index}-key`}
                    label={t('surveys.question.optionKey', { n: index + 1 })}
                    hint={t('surveys.question.optionKeyHint')}
                    value={option.key}
                    onChange={(key) => setOption(index, { ...option, key })}
                  />
                  <div className="surveys-actions">
                    <MoveButtons
                      idPrefix={`${id}-option-${index}`}
                      index={index}
                      count={draft.options.length}
                      name={name}
                      onMove={(by) => {
                        set('options')(moveItem(draft.options, index, by));
                        // The buttons stay with the list's places: focus follows the option moved.
                        requestAnimationFrame(() =>
                          document.getElementById(`${id}-option-${index + by}-${by < 0 ? 'up' : 'down'}`)?.focus(),
                        );
                      }}
                    />
                    <Button
                      variant="tertiary"
                      onClick={() => set('options')(draft.options.filter((_, i) => i !== index))}
                    >
                      {t('surveys.question.removeOption')}
                      <HiddenContext>{name}</HiddenContext>
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
          <Button onClick={() => set('options')(addOption(draft.options))}>{t('surveys.question.addOption')}</Button>
        </fieldset>
      )}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('surveys.question.condition')}</legend>
        {sources.length === 0 ? (
          <p className="kern-hint">{t('surveys.question.noSources')}</p>
        ) : (
          <>
            <SelectField
              id={`${id}-condition`}
              label={t('surveys.question.conditionQuestion')}
              value={draft.conditionQuestionId}
              onChange={(questionId) => setDraft((d) => ({ ...d, conditionQuestionId: questionId, conditionKeys: [] }))}
              placeholder={t('surveys.question.always')}
              options={sources.map((q) => ({ value: q.id, label: germanOf(q.text) }))}
            />
            {source && (
              <fieldset className="kern-fieldset">
                <legend className="kern-label">{t('surveys.question.conditionKeys')}</legend>
                <div className="kern-fieldset__body">
                  {conditionKeysOf(source).map((o) => (
                    <div className="kern-form-check" key={o.key}>
                      <input
                        className="kern-form-check__checkbox"
                        type="checkbox"
                        id={`${id}-key-${o.key}`}
                        checked={draft.conditionKeys.includes(o.key)}
                        onChange={(e) =>
                          set('conditionKeys')(
                            e.target.checked
                              ? [...draft.conditionKeys, o.key]
                              : draft.conditionKeys.filter((k) => k !== o.key),
                          )
                        }
                      />
                      <label className="kern-label" htmlFor={`${id}-key-${o.key}`}>
                        {o.key === 'other' ? t('surveys.question.other') : o.label} ({o.key})
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
          </>
        )}
      </fieldset>
      <div className="surveys-actions">
        <SubmitButton busy={loading}>{t('surveys.question.submit')}</SubmitButton>
        <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
