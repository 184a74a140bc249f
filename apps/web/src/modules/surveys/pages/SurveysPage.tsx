import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { QueryFallback } from '../../../components/QueryFallback';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { attempt } from '../../../components/form/attempt';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { SurveyStatusBadge, SurveyPeriod } from '../components/SurveyStatus';
import { COPY_SURVEY, COPYABLE_SURVEYS, CREATE_SURVEY, SURVEYS, SURVEYS_REVISION } from '../graphql';
import { germanOf } from '../model';
import '../surveys.css';

/**
 * The surveys of a revision for its coordination: each with its state and dates and the ways to build,
 * preview and evaluate it; a new survey, or a copy of one from an earlier revision of the region.
 */
export function SurveysPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const listId = useId();
  const revision = useQuery(SURVEYS_REVISION, { variables: { id } });
  const surveys = useQuery(SURVEYS, { variables: { revisionId: id } });
  if (!revision.data) return <QueryFallback error={revision.error} title={t('surveys.title')} />;
  const r = revision.data.revision;
  const base = `/fortschreibungen/${r.id}/umfragen`;
  return (
    <div className="surveys-page">
      <RevisionHeader revision={r} page="surveys" title={t('surveys.title')} subtitle={r.title} />
      <p className="kern-body">{t('surveys.intro')}</p>
      <section aria-labelledby={listId} className="surveys-section">
        <h2 className="kern-heading-medium" id={listId}>
          {t('surveys.list.title')}
        </h2>
        {!surveys.data ? (
          <QueryFallback error={surveys.error} title={t('surveys.list.title')} />
        ) : surveys.data.surveys.length === 0 ? (
          <p className="kern-body">{t('surveys.list.empty')}</p>
        ) : (
          <ul className="surveys-list">
            {surveys.data.surveys.map((s) => {
              const title = germanOf(s.title);
              return (
                <li key={s.id}>
                  <h3 className="kern-heading-small">
                    <Link className="kern-link" to={`${base}/${s.id}`}>
                      {title}
                    </Link>
                  </h3>
                  <p className="kern-body">
                    <SurveyStatusBadge status={s.status} /> <SurveyPeriod opensAt={s.opensAt} closesAt={s.closesAt} />
                  </p>
                  <ul className="surveys-links">
                    <li>
                      <Link className="kern-link" to={`${base}/${s.id}`}>
                        {t('surveys.list.edit')}
                        <HiddenContext>{title}</HiddenContext>
                      </Link>
                    </li>
                    <li>
                      <Link className="kern-link" to={`${base}/${s.id}/vorschau`}>
                        {t('surveys.list.preview')}
                        <HiddenContext>{title}</HiddenContext>
                      </Link>
                    </li>
                    <li>
                      <Link className="kern-link" to={`${base}/${s.id}/ergebnisse`}>
                        {t('surveys.list.results')}
                        <HiddenContext>{title}</HiddenContext>
                      </Link>
                    </li>
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <NewSurveyForm revisionId={r.id} />
      <CopySurveyForm revisionId={r.id} revisions={r.region.revisions} />
    </div>
  );
}

/** A new survey needs only its German title; everything else follows in the builder. */
function NewSurveyForm({ revisionId }: { revisionId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, check, formRef } = useFormErrors<'title'>();
  const [create, { loading }] = useMutation(CREATE_SURVEY);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    if (!check({ title: title.trim() ? undefined : t('surveys.create.titleRequired') })) return;
    let createdId = '';
    const error = await attempt(async () => {
      const result = await create({
        variables: { revisionId, input: { title: [{ language: 'de', text: title.trim() }], languages: ['de'] } },
      });
      createdId = result.data?.createSurvey.id ?? '';
    });
    if (error) setFailure(error);
    else if (createdId) void navigate(`/fortschreibungen/${revisionId}/umfragen/${createdId}`);
  };

  return (
    <form
      ref={formRef}
      className="surveys-section"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 className="kern-heading-medium" id={`${id}-h`}>
        {t('surveys.create.title')}
      </h2>
      <ErrorAlert error={failure} />
      <TextField
        id={`${id}-title`}
        label={t('surveys.create.germanTitle')}
        hint={t('surveys.create.hint')}
        value={title}
        onChange={setTitle}
        error={errors.title}
        aria-required
      />
      <SubmitButton busy={loading}>{t('surveys.create.submit')}</SubmitButton>
    </form>
  );
}

/** Copies a survey of an earlier revision of the region (texts, sections, questions; no dates, no answers). */
function CopySurveyForm({
  revisionId,
  revisions,
}: {
  revisionId: string;
  revisions: readonly { id: string; title: string }[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const copyable = useQuery(COPYABLE_SURVEYS, { variables: { revisionId } });
  const [sourceId, setSourceId] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, check, formRef } = useFormErrors<'source'>();
  const [copy, { loading }] = useMutation(COPY_SURVEY);
  const revisionTitle = (rid: string) => revisions.find((r) => r.id === rid)?.title ?? '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    if (!check({ source: sourceId ? undefined : t('surveys.copy.sourceRequired') })) return;
    let copiedId = '';
    const error = await attempt(async () => {
      const result = await copy({ variables: { revisionId, sourceId } });
      copiedId = result.data?.copySurvey.id ?? '';
    });
    if (error) setFailure(error);
    else if (copiedId) void navigate(`/fortschreibungen/${revisionId}/umfragen/${copiedId}`);
  };

  return (
    <form
      ref={formRef}
      className="surveys-section"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 className="kern-heading-medium" id={`${id}-h`}>
        {t('surveys.copy.title')}
      </h2>
      {!copyable.data ? (
        <QueryFallback error={copyable.error} title={t('surveys.copy.title')} />
      ) : copyable.data.copyableSurveys.length === 0 ? (
        <p className="kern-body">{t('surveys.copy.none')}</p>
      ) : (
        <>
          <p className="kern-body">{t('surveys.copy.intro')}</p>
          <ErrorAlert error={failure} />
          <SelectField
            id={`${id}-source`}
            label={t('surveys.copy.source')}
            value={sourceId}
            onChange={setSourceId}
            placeholder={t('surveys.copy.choose')}
            options={copyable.data.copyableSurveys.map((s) => ({
              value: s.id,
              label: `${germanOf(s.title)} (${revisionTitle(s.revisionId)})`,
            }))}
            error={errors.source}
          />
          <SubmitButton busy={loading}>{t('surveys.copy.submit')}</SubmitButton>
        </>
      )}
    </form>
  );
}
