import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { CREATE_MEETING, MEETING_RECOMMENDATIONS, WORKSHOP_PHASE } from '../graphql';
import { berlinInstant, checkMeeting, minutesHtml, type MeetingDraft, type MeetingField } from '../meeting-form';
import '../workshops.css';

const DATE = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'full', timeStyle: 'short' });
const EMPTY: MeetingDraft = {
  title: '',
  fieldOfActionId: '',
  startsAt: '',
  location: '',
  attendance: '',
  minutes: '',
  recommendationIds: [],
};

/**
 * Workshop-Phase: after the conference each field of action meets again to
 * work on its recommendations. The page lists the meetings with attendance,
 * minutes and the recommendations worked on; coordinators record new ones.
 */
export function WorkshopPhasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const { data, error, refetch } = useQuery(WORKSHOP_PHASE, { variables: { revisionId: id } });
  if (!data) return <QueryFallback error={error} title={t('workshop.phase.title')} />;
  const revision = data.revision;
  const coordinates = rightsOf(viewer).coordinates(revision.regionId);
  const fieldTitle = new Map(revision.fieldsOfAction.map((f) => [f.id, `${f.code} – ${f.title}`]));

  return (
    <>
      <RevisionHeader
        revision={revision}
        page="workshops"
        title={t('workshop.phase.title')}
        subtitle={revision.title}
      />
      <p className="kern-body app-lead">{t('workshop.phase.intro')}</p>
      {data.workshopMeetings.length === 0 && <p className="kern-body">{t('workshop.phase.none')}</p>}
      <ol className="workshop-meetings">
        {data.workshopMeetings.map((m) => (
          <li key={m.id} className="app-panel">
            <article aria-labelledby={`meeting-${m.id}`}>
              <h2 className="kern-heading-medium" id={`meeting-${m.id}`}>
                {m.title}
              </h2>
              <p className="kern-body">
                {DATE.format(new Date(m.startsAt))}
                {m.location && ` · ${m.location}`} · {fieldTitle.get(m.fieldOfActionId)}
                {m.attendance !== null && ` · ${t('workshop.phase.attendance', { count: m.attendance })}`}
              </p>
              {m.minutes && (
                <section aria-label={t('workshop.phase.minutes')}>
                  {/* Sanitized on the server before it was stored. */}
                  <div className="kern-body" dangerouslySetInnerHTML={{ __html: m.minutes }} />
                </section>
              )}
              {m.recommendations.length > 0 && (
                <>
                  <h3 className="kern-heading-small">{t('workshop.phase.workedOn')}</h3>
                  <ul className="kern-list">
                    {m.recommendations.map((r) => (
                      <li key={r.id}>
                        <Link className="kern-link" to={`/fortschreibungen/${id}/empfehlungen/${r.id}`}>
                          {r.reference} {r.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          </li>
        ))}
      </ol>
      {coordinates && (
        <MeetingForm
          revisionId={id}
          fields={revision.fieldsOfAction}
          onSaved={() => {
            void refetch();
          }}
        />
      )}
    </>
  );
}

function MeetingForm({
  revisionId,
  fields,
  onSaved,
}: {
  revisionId: string;
  fields: { id: string; code: string; title: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MeetingDraft>(EMPTY);
  const [saved, setSaved] = useState(false);
  const { errors, check, formRef } = useFormErrors<MeetingField>();
  const recommendations = useQuery(MEETING_RECOMMENDATIONS, { variables: { revisionId } });
  const [create, { loading, error }] = useMutation(CREATE_MEETING);
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const ofField = (recommendations.data?.recommendations.items ?? []).filter(
    (r) => r.fieldOfAction.id === draft.fieldOfActionId,
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (loading) return;
    const problems = checkMeeting(draft);
    const message = (p: string | undefined) =>
      p === 'invalidNumber' ? t('workshop.phase.invalidNumber') : p ? t('workshop.phase.required') : undefined;
    if (
      !check({
        title: message(problems.title),
        fieldOfActionId: message(problems.fieldOfActionId),
        startsAt: message(problems.startsAt),
        attendance: message(problems.attendance),
      })
    )
      return;
    const r = await create({
      variables: {
        revisionId,
        input: {
          title: draft.title.trim(),
          fieldOfActionId: draft.fieldOfActionId,
          startsAt: berlinInstant(draft.startsAt),
          location: draft.location.trim() || null,
          attendance: draft.attendance.trim() ? Number(draft.attendance.trim()) : null,
          minutes: minutesHtml(draft.minutes),
          recommendationIds: draft.recommendationIds.filter((rid) => ofField.some((r) => r.id === rid)),
        },
      },
    }).catch(() => null);
    if (r?.data) {
      setDraft(EMPTY);
      setSaved(true);
      onSaved();
    }
  }

  return (
    <section aria-labelledby="meeting-new" className="app-panel">
      <h2 className="kern-heading-medium" id="meeting-new">
        {t('workshop.phase.new')}
      </h2>
      {saved && <Alert variant="success" role="status" title={t('workshop.phase.saved')} />}
      <ErrorAlert error={error} />
      <form ref={formRef} onSubmit={submit} noValidate className="workshop-form">
        <TextField
          id="meeting-title"
          label={t('workshop.phase.meetingTitle')}
          error={errors.title}
          value={draft.title}
          onChange={(v) => set('title', v)}
        />
        <SelectField
          id="meeting-field"
          label={t('workshop.phase.field')}
          error={errors.fieldOfActionId}
          value={draft.fieldOfActionId}
          onChange={(v) => set('fieldOfActionId', v)}
          placeholder={t('workshop.phase.choose')}
          options={fields.map((f) => ({ value: f.id, label: `${f.code} – ${f.title}` }))}
        />
        <TextField
          id="meeting-starts"
          type="datetime-local"
          label={t('workshop.phase.startsAt')}
          error={errors.startsAt}
          value={draft.startsAt}
          onChange={(v) => set('startsAt', v)}
        />
        <TextField
          id="meeting-location"
          label={t('workshop.phase.location')}
          optional
          value={draft.location}
          onChange={(v) => set('location', v)}
        />
        <TextField
          id="meeting-attendance"
          inputMode="numeric"
          label={t('workshop.phase.attendanceLabel')}
          optional
          error={errors.attendance}
          value={draft.attendance}
          onChange={(v) => set('attendance', v)}
        />
        <TextAreaField
          id="meeting-minutes"
          label={t('workshop.phase.minutes')}
          hint={t('workshop.phase.minutesHint')}
          optional
          rows={6}
          value={draft.minutes}
          onChange={(v) => set('minutes', v)}
        />
        {draft.fieldOfActionId && (
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t('workshop.phase.workedOn')}</legend>
            <div className="kern-fieldset__body">
              {ofField.length === 0 && <p className="kern-body">{t('workshop.phase.noRecommendations')}</p>}
              {ofField.map((r) => (
                <div className="kern-form-check" key={r.id}>
                  <input
                    className="kern-form-check__checkbox"
                    type="checkbox"
                    id={`meeting-rec-${r.id}`}
                    checked={draft.recommendationIds.includes(r.id)}
                    onChange={(e) =>
                      set(
                        'recommendationIds',
                        e.target.checked
                          ? [...draft.recommendationIds, r.id]
                          : draft.recommendationIds.filter((x) => x !== r.id),
                      )
                    }
                  />
                  <label className="kern-label" htmlFor={`meeting-rec-${r.id}`}>
                    {r.reference} {r.title}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <SubmitButton busy={loading}>{t('workshop.phase.save')}</SubmitButton>
      </form>
    </section>
  );
}
