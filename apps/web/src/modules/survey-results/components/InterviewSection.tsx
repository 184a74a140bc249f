import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { InterviewFieldsFragment, IntervieweeCategory } from '../../../gql/graphql';
import { formatDay, todayIso } from '../../../lib/format';
import { settle } from '../../../lib/errors';
import { DELETE_INTERVIEW, SAVE_INTERVIEW } from '../graphql';
import { passageOf } from '../model';
import type { Named } from './FreeTextSection';
import { TakeIntoFinding, type FindingChoice } from './TakeIntoFinding';

type Interview = InterviewFieldsFragment;

const CATEGORIES: IntervieweeCategory[] = [
  'PERSON_WITH_MIGRATION_HISTORY',
  'PROFESSIONAL',
  'VOLUNTEER',
  'MIGRANT_ORGANISATION',
  'MUNICIPAL_STAFF',
  'OTHER',
];

/**
 * The flanking interviews, for the coordination only: recorded with consent
 * and under a pseudonym, coded to fields of action and target groups; a
 * passage of the notes (marked or pasted) becomes a finding's source.
 */
export function InterviewSection({
  revisionId,
  interviews,
  fields,
  targetGroups,
  findings,
  onMessage,
}: {
  revisionId: string;
  interviews: readonly Interview[];
  fields: readonly Named[];
  targetGroups: readonly Named[];
  findings: readonly FindingChoice[];
  onMessage: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Interview | null>(null);
  const [taking, setTaking] = useState<{ interviewId: string; passage: string } | null>(null);
  const [remove, removing] = useMutation(DELETE_INTERVIEW, { refetchQueries: ['Interviews', 'Findings'] });
  const names = (ids: readonly string[], of: readonly Named[]) =>
    ids.map((x) => of.find((n) => n.id === x)?.name ?? x).join(', ');
  const sorted = [...interviews].sort(
    (a, b) => b.heldOn.localeCompare(a.heldOn) || a.pseudonym.localeCompare(b.pseudonym),
  );

  /** Opens the finding form with what is marked in the notes, or empty to paste a passage. */
  const take = (interview: Interview) => {
    const marked = passageOf(interview.notes, document.getSelection()?.toString());
    setTaking({ interviewId: interview.id, passage: marked ?? '' });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="results-section">
      <h2 className="kern-heading-medium" id={`${id}-title`}>
        {t('findings.interviews.title')}
      </h2>
      <p className="kern-body">{t('findings.interviews.intro')}</p>
      {!creating && (
        <div>
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('findings.interviews.new')}
          </Button>
        </div>
      )}
      {creating && (
        <InterviewForm
          revisionId={revisionId}
          interview={null}
          fields={fields}
          targetGroups={targetGroups}
          onDone={(saved) => {
            setCreating(false);
            if (saved) onMessage(t('findings.interviews.saved', { pseudonym: saved.pseudonym }));
          }}
        />
      )}
      {sorted.length === 0 ? (
        <p className="kern-body">{t('findings.interviews.none')}</p>
      ) : (
        <ul className="results-list">
          {sorted.map((v) => (
            <li key={v.id}>
              <article aria-labelledby={`${id}-${v.id}`}>
                <h3 className="kern-heading-small" id={`${id}-${v.id}`}>
                  {t('findings.interviews.heading', {
                    pseudonym: v.pseudonym,
                    heldOn: formatDay(v.heldOn, i18n.language),
                  })}
                </h3>
                <p className="kern-body results-meta">
                  {t(`findings.category.${v.category}`)} ·{' '}
                  {t('findings.interviews.consent', { version: v.consentTextVersion })}
                </p>
                {v.fieldOfActionIds.length > 0 && (
                  <p className="kern-body results-meta">
                    {t('findings.interviews.fields', { names: names(v.fieldOfActionIds, fields) })}
                  </p>
                )}
                {v.targetGroupIds.length > 0 && (
                  <p className="kern-body results-meta">
                    {t('findings.interviews.targetGroups', { names: names(v.targetGroupIds, targetGroups) })}
                  </p>
                )}
                {v.notes && (
                  <div
                    className="kern-body results-notes"
                    aria-label={t('findings.interviews.notesOf', { pseudonym: v.pseudonym })}
                    role="group"
                  >
                    {v.notes}
                  </div>
                )}
                {editing !== v.id && (
                  <div className="results-actions">
                    {v.notes && (
                      <Button
                        aria-label={t('findings.interviews.takeLabel', { pseudonym: v.pseudonym })}
                        onClick={() => take(v)}
                      >
                        {t('findings.interviews.take')}
                      </Button>
                    )}
                    <Button
                      aria-label={t('findings.interviews.editLabel', { pseudonym: v.pseudonym })}
                      onClick={() => setEditing(v.id)}
                    >
                      {t('findings.interviews.edit')}
                    </Button>
                    <Button
                      aria-label={t('findings.interviews.deleteLabel', { pseudonym: v.pseudonym })}
                      onClick={() => setDeleting(v)}
                    >
                      {t('findings.interviews.delete')}
                    </Button>
                  </div>
                )}
                {taking?.interviewId === v.id && (
                  <TakeIntoFinding
                    key={taking.passage}
                    revisionId={revisionId}
                    source={{ interviewId: v.id }}
                    passage={taking.passage}
                    passageRequired
                    fields={fields}
                    findings={findings}
                    fieldOfActionIds={v.fieldOfActionIds}
                    targetGroupIds={v.targetGroupIds}
                    onDone={(message) => {
                      setTaking(null);
                      if (message) onMessage(message);
                    }}
                  />
                )}
                {editing === v.id && (
                  <InterviewForm
                    revisionId={revisionId}
                    interview={v}
                    fields={fields}
                    targetGroups={targetGroups}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved) onMessage(t('findings.interviews.saved', { pseudonym: saved.pseudonym }));
                    }}
                  />
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('findings.interviews.deleteTitle')}
        confirmLabel={t('findings.interviews.delete')}
        busy={removing.loading}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const interview = deleting;
          if (!interview) return;
          void settle(remove({ variables: { id: interview.id } })).then((r) => {
            setDeleting(null);
            if (r?.data) onMessage(t('findings.interviews.deleted', { pseudonym: interview.pseudonym }));
          });
        }}
      >
        <ErrorAlert error={removing.error} />
        <p className="kern-body">
          {deleting && t('findings.interviews.deleteText', { pseudonym: deleting.pseudonym })}
        </p>
      </ConfirmDialog>
    </section>
  );
}

type InterviewErrors = 'heldOn' | 'category' | 'pseudonym' | 'consent' | 'consentTextVersion';

function InterviewForm({
  revisionId,
  interview,
  fields,
  targetGroups,
  onDone,
}: {
  revisionId: string;
  interview: Interview | null;
  fields: readonly Named[];
  targetGroups: readonly Named[];
  onDone: (saved: Interview | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [heldOn, setHeldOn] = useState(interview?.heldOn ?? todayIso());
  const [category, setCategory] = useState<string>(interview?.category ?? '');
  const [pseudonym, setPseudonym] = useState(interview?.pseudonym ?? '');
  const [consent, setConsent] = useState(interview?.consentGiven ?? false);
  const [consentTextVersion, setConsentTextVersion] = useState(interview?.consentTextVersion ?? '');
  const [notes, setNotes] = useState(interview?.notes ?? '');
  const [fieldIds, setFieldIds] = useState<string[]>(interview?.fieldOfActionIds ?? []);
  const [groupIds, setGroupIds] = useState<string[]>(interview?.targetGroupIds ?? []);
  const { errors, check, formRef } = useFormErrors<InterviewErrors>();
  const [save, { loading, error }] = useMutation(SAVE_INTERVIEW, { refetchQueries: ['Interviews'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const required = t('findings.form.required');
    const ok = check({
      heldOn: /^\d{4}-\d{2}-\d{2}$/.test(heldOn) ? undefined : t('findings.interviewForm.dateInvalid'),
      category: category ? undefined : required,
      pseudonym: pseudonym.trim() ? undefined : required,
      consent: consent ? undefined : t('findings.interviewForm.consentRequired'),
      consentTextVersion: consentTextVersion.trim() ? undefined : required,
    });
    if (!ok) return;
    const result = await settle(
      save({
        variables: {
          revisionId,
          id: interview?.id ?? null,
          version: interview?.version ?? null,
          input: {
            heldOn,
            category: category as IntervieweeCategory,
            pseudonym: pseudonym.trim(),
            consentGiven: consent,
            consentTextVersion: consentTextVersion.trim(),
            notes,
            fieldOfActionIds: fieldIds,
            targetGroupIds: groupIds,
          },
        },
      }),
    );
    if (result?.data) onDone(result.data.saveInterview);
  };
  const consentId = `${id}-consent`;
  return (
    <form ref={formRef} className="results-form" noValidate onSubmit={(e) => void submit(e)}>
      <h3 className="kern-heading-small">
        {interview ? t('findings.interviewForm.editTitle') : t('findings.interviewForm.newTitle')}
      </h3>
      <ErrorAlert error={error} />
      <TextField
        id={`${id}-heldOn`}
        type="date"
        label={t('findings.interviewForm.heldOn')}
        value={heldOn}
        max={todayIso()}
        onChange={setHeldOn}
        error={errors.heldOn}
      />
      <SelectField
        id={`${id}-category`}
        label={t('findings.interviewForm.category')}
        value={category}
        onChange={setCategory}
        placeholder={t('findings.form.choose')}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`findings.category.${c}`) }))}
        error={errors.category}
      />
      <TextField
        id={`${id}-pseudonym`}
        label={t('findings.interviewForm.pseudonym')}
        hint={t('findings.interviewForm.pseudonymHint')}
        value={pseudonym}
        onChange={setPseudonym}
        maxLength={50}
        autoComplete="off"
        error={errors.pseudonym}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('findings.interviewForm.consentLegend')}</legend>
        <div className="kern-fieldset__body">
          {errors.consent && (
            <p className="kern-error" id={`${consentId}-error`}>
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{errors.consent}</span>
            </p>
          )}
          <div className="kern-form-check">
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={consentId}
              checked={consent}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? `${consentId}-error` : undefined}
              onChange={(e) => setConsent(e.target.checked)}
            />
            <label className="kern-label" htmlFor={consentId}>
              {t('findings.interviewForm.consent')}
            </label>
          </div>
          <TextField
            id={`${id}-consentVersion`}
            label={t('findings.interviewForm.consentTextVersion')}
            hint={t('findings.interviewForm.consentTextVersionHint')}
            value={consentTextVersion}
            onChange={setConsentTextVersion}
            maxLength={50}
            error={errors.consentTextVersion}
          />
        </div>
      </fieldset>
      <TextAreaField
        id={`${id}-notes`}
        label={t('findings.interviewForm.notes')}
        hint={t('findings.interviewForm.notesHint')}
        value={notes}
        onChange={setNotes}
        rows={8}
        optional
      />
      <CheckboxGroup
        id={`${id}-fields`}
        legend={t('findings.interviewForm.fields')}
        options={fields.map((f) => ({ value: f.id, label: f.name }))}
        selected={fieldIds}
        onChange={setFieldIds}
      />
      <CheckboxGroup
        id={`${id}-groups`}
        legend={t('findings.interviewForm.targetGroups')}
        options={targetGroups.map((g) => ({ value: g.id, label: g.name }))}
        selected={groupIds}
        onChange={setGroupIds}
      />
      <div className="results-actions">
        <SubmitButton busy={loading}>{t('findings.interviewForm.save')}</SubmitButton>
        <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
