import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { settle } from '../../../lib/errors';
import { ADD_FINDING_SOURCE, SAVE_FINDING } from '../graphql';
import { titleFrom } from '../model';

export interface FindingChoice {
  id: string;
  title: string;
  fieldOfActionId: string;
}

type Source = { responseId: string; questionId: string } | { interviewId: string };

/**
 * Takes a survey answer or a passage of an interview's notes into a finding:
 * a new one (saved first, then given the source) or an existing one. The
 * existing ones offered are those of the fields the source is coded to, or
 * all where it has no codes.
 */
export function TakeIntoFinding({
  revisionId,
  source,
  passage,
  passageRequired,
  fields,
  findings,
  fieldOfActionIds,
  targetGroupIds,
  onDone,
}: {
  revisionId: string;
  source: Source;
  /** The text the excerpt starts with: the whole answer, or the passage marked in the notes. */
  passage: string;
  /** An interview's source needs its passage; an answer's excerpt is the whole answer when left empty. */
  passageRequired: boolean;
  fields: readonly { id: string; name: string }[];
  findings: readonly FindingChoice[];
  fieldOfActionIds: readonly string[];
  targetGroupIds: readonly string[];
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const offered = fieldOfActionIds.length
    ? findings.filter((f) => fieldOfActionIds.includes(f.fieldOfActionId))
    : findings;
  const fieldName = (fid: string) => fields.find((f) => f.id === fid)?.name ?? '';
  const [findingId, setFindingId] = useState('');
  const [fieldOfActionId, setField] = useState(fieldOfActionIds[0] ?? '');
  const [title, setTitle] = useState(passageRequired ? '' : titleFrom(passage));
  const [summary, setSummary] = useState('');
  const [excerpt, setExcerpt] = useState(passage);
  const { errors, check, formRef } = useFormErrors<'field' | 'title' | 'excerpt'>();
  const [save, saving] = useMutation(SAVE_FINDING, { refetchQueries: ['Findings'] });
  const [add, adding] = useMutation(ADD_FINDING_SOURCE, { refetchQueries: ['Findings', 'SurveyFreeTexts'] });
  const busy = saving.loading || adding.loading;
  const required = t('surveyResults.take.required');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const creating = !findingId;
    if (
      !check({
        field: creating && !fieldOfActionId ? required : undefined,
        title: creating && !title.trim() ? required : undefined,
        excerpt: passageRequired && !excerpt.trim() ? required : undefined,
      })
    )
      return;
    let target = findings.find((f) => f.id === findingId) ?? null;
    if (creating) {
      const saved = await settle(
        save({
          variables: {
            revisionId,
            input: {
              fieldOfActionId,
              title: title.trim(),
              summary: summary.trim(),
              targetGroupIds: [...targetGroupIds],
            },
          },
        }),
      );
      if (!saved?.data) return;
      target = saved.data.saveFinding;
    }
    if (!target) return;
    const added = await settle(
      add({ variables: { findingId: target.id, ...source, excerpt: excerpt.trim() || null } }),
    );
    if (added?.data)
      onDone(
        creating
          ? t('surveyResults.take.created', { title: target.title })
          : t('surveyResults.take.added', { title: target.title }),
      );
  };

  return (
    <form ref={formRef} className="results-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorAlert error={saving.error} />
      <ErrorAlert error={adding.error} />
      <SelectField
        id={`${id}-finding`}
        label={t('surveyResults.take.finding')}
        value={findingId}
        onChange={setFindingId}
        placeholder={t('surveyResults.take.new')}
        options={offered.map((f) => ({ value: f.id, label: `${fieldName(f.fieldOfActionId)}: ${f.title}` }))}
      />
      {!findingId && (
        <>
          <SelectField
            id={`${id}-field`}
            label={t('surveyResults.take.field')}
            value={fieldOfActionId}
            onChange={setField}
            placeholder={t('surveyResults.take.choose')}
            options={fields.map((f) => ({ value: f.id, label: f.name }))}
            error={errors.field}
          />
          <TextField
            id={`${id}-title`}
            label={t('surveyResults.take.title')}
            value={title}
            onChange={setTitle}
            error={errors.title}
          />
          <TextAreaField
            id={`${id}-summary`}
            label={t('surveyResults.take.summary')}
            value={summary}
            onChange={setSummary}
            optional
          />
        </>
      )}
      <TextAreaField
        id={`${id}-excerpt`}
        label={t('surveyResults.take.excerpt')}
        hint={passageRequired ? t('surveyResults.take.excerptInterview') : t('surveyResults.take.excerptAnswer')}
        value={excerpt}
        onChange={setExcerpt}
        optional={!passageRequired}
        error={errors.excerpt}
      />
      <div className="results-actions">
        <SubmitButton busy={busy}>
          {findingId ? t('surveyResults.take.addSubmit') : t('surveyResults.take.createSubmit')}
        </SubmitButton>
        <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
