import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { QueryFallback } from '../../../components/QueryFallback';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { AdoptionResult } from '../../../gql/graphql';
import { formatDateTime, formatDay } from '../../../lib/format';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { attempt } from '../../../components/form/attempt';
import { isFinished, progressText, progressValue } from '../../exports/export-progress';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import {
  CONCEPT_PUBLICATION,
  FINALISE_VERSION,
  PUBLICATION_DOCUMENTS,
  PUBLISH_CONCEPT,
  RECORD_ADOPTION,
} from '../graphql';
import '../publication.css';

const RESULTS: AdoptionResult[] = ['ADOPTED', 'ADOPTED_WITH_CHANGES', 'POSTPONED', 'REJECTED'];
const POLL_MS = 1000;

/**
 * The end of a revision, for its coordinators: make a version final, record
 * the resolution, publish; then the documents are built (their progress
 * shows here) and the public page is open to everyone.
 */
export function PublicationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const { data, error, refetch } = useQuery(CONCEPT_PUBLICATION, { variables: { revisionId: id } });
  if (!data) return <QueryFallback error={error} title={t('publication.title')} />;
  const r = data.revision;
  const coordinates = rightsOf(viewer).coordinates(r.regionId);
  const publication = data.conceptPublication;
  const versions = data.conceptDraft?.versions ?? [];
  const language = i18n.language;
  const reload = async () => {
    await refetch();
  };
  return (
    <>
      <RevisionHeader revision={r} page="publication" title={t('publication.title')} subtitle={r.title} />
      <p className="kern-body app-lead">{t('publication.intro')}</p>
      <section aria-labelledby="publication-state" className="app-panel">
        <h2 className="kern-heading-medium" id="publication-state">
          {t('publication.state')}
        </h2>
        {!publication ? (
          <p className="kern-body">{t('publication.noneFinal')}</p>
        ) : (
          <dl className="publication-facts">
            <dt>{t('publication.finalVersion')}</dt>
            <dd>
              {t('publication.versionLine', {
                number: publication.draftVersion.number,
                date: formatDateTime(publication.finalisedAt, language),
                count: publication.recommendationCount,
              })}
            </dd>
            {publication.overrideReason && (
              <>
                <dt>{t('publication.overrideReason')}</dt>
                <dd>{publication.overrideReason}</dd>
              </>
            )}
            <dt>{t('publication.adoption')}</dt>
            <dd>
              {publication.adoptionResult && publication.adoptionDate
                ? `${publication.adoptionBody}, ${formatDay(publication.adoptionDate, language)}, ${publication.adoptionReference}: ${t(`publication.result.${publication.adoptionResult}`)}`
                : t('publication.noAdoption')}
            </dd>
            <dt>{t('publication.published')}</dt>
            <dd>
              {publication.publishedAt ? (
                <>
                  {formatDateTime(publication.publishedAt, language)} ·{' '}
                  <Link className="kern-link" to={`/konzepte/${r.id}`}>
                    {t('publication.publicPage')}
                  </Link>
                </>
              ) : (
                t('publication.notPublished')
              )}
            </dd>
          </dl>
        )}
      </section>
      {coordinates && !publication?.publishedAt && (
        <FinaliseForm versions={versions} current={publication?.draftVersion.id ?? null} onDone={reload} />
      )}
      {coordinates && publication && !publication.publishedAt && (
        <AdoptionForm publication={publication} onDone={reload} />
      )}
      {coordinates && publication?.publishedAt && <Documents revisionId={r.id} />}
    </>
  );
}

function FinaliseForm({
  versions,
  current,
  onDone,
}: {
  versions: { id: string; number: number; note: string | null }[];
  current: string | null;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [versionId, setVersion] = useState(current ?? versions[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [finalise, { loading }] = useMutation(FINALISE_VERSION);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading || !versionId) return;
    setDone('');
    const error = await attempt(() => finalise({ variables: { versionId, overrideReason: reason.trim() || null } }));
    setFailure(error);
    if (!error) {
      setDone(t('publication.finalised', { number: versions.find((v) => v.id === versionId)?.number }));
      await onDone();
    }
  };
  if (!versions.length) return <p className="kern-body">{t('publication.noVersions')}</p>;
  return (
    <section aria-labelledby="publication-finalise">
      <h2 className="kern-heading-medium" id="publication-finalise">
        {t('publication.finalise')}
      </h2>
      <form className="app-form" onSubmit={submit} noValidate>
        <ErrorAlert error={failure} />
        <SelectField
          id="publication-version"
          label={t('publication.version')}
          value={versionId}
          onChange={setVersion}
          options={versions.map((v) => ({
            value: v.id,
            label: v.note
              ? t('publication.versionOptionNote', { number: v.number, note: v.note })
              : t('publication.versionOption', { number: v.number }),
          }))}
        />
        <TextAreaField
          id="publication-override"
          label={t('publication.overrideLabel')}
          hint={t('publication.overrideHint')}
          optional
          value={reason}
          onChange={setReason}
          rows={2}
        />
        <SubmitButton busy={loading}>{t('publication.finaliseButton')}</SubmitButton>
      </form>
      <p className="kern-body" role="status">
        {done}
      </p>
    </section>
  );
}

function AdoptionForm({
  publication,
  onDone,
}: {
  publication: {
    id: string;
    version: number;
    adoptionBody: string | null;
    adoptionDate: string | null;
    adoptionReference: string | null;
    adoptionResult: AdoptionResult | null;
  };
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(publication.adoptionBody ?? 'Kreistag');
  const [date, setDate] = useState(publication.adoptionDate ?? '');
  const [reference, setReference] = useState(publication.adoptionReference ?? '');
  const [result, setResult] = useState<string>(publication.adoptionResult ?? 'ADOPTED');
  const [failure, setFailure] = useState<unknown>(null);
  const [record, recording] = useMutation(RECORD_ADOPTION);
  const [publish, publishing] = useMutation(PUBLISH_CONCEPT);
  const { errors, check, formRef } = useFormErrors<'body' | 'date' | 'reference'>();
  const required = t('publication.problems.required');
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (recording.loading) return;
    if (
      !check({
        body: body.trim() ? undefined : required,
        date: date ? undefined : required,
        reference: reference.trim() ? undefined : required,
      })
    )
      return;
    const error = await attempt(() =>
      record({
        variables: {
          id: publication.id,
          version: publication.version,
          input: { body: body.trim(), date, reference: reference.trim(), result: result as AdoptionResult },
        },
      }),
    );
    setFailure(error);
    if (!error) await onDone();
  };
  const adopted = publication.adoptionResult === 'ADOPTED' || publication.adoptionResult === 'ADOPTED_WITH_CHANGES';
  return (
    <section aria-labelledby="publication-adoption">
      <h2 className="kern-heading-medium" id="publication-adoption">
        {t('publication.adoption')}
      </h2>
      <form ref={formRef} className="app-form" onSubmit={save} noValidate>
        <ErrorAlert error={failure} />
        <TextField
          id="adoption-body"
          label={t('publication.body')}
          value={body}
          onChange={setBody}
          error={errors.body}
        />
        <TextField
          id="adoption-date"
          label={t('publication.date')}
          type="date"
          value={date}
          onChange={setDate}
          error={errors.date}
        />
        <TextField
          id="adoption-reference"
          label={t('publication.reference')}
          hint={t('publication.referenceHint')}
          value={reference}
          onChange={setReference}
          error={errors.reference}
        />
        <SelectField
          id="adoption-result"
          label={t('publication.resultLabel')}
          value={result}
          onChange={setResult}
          options={RESULTS.map((r) => ({ value: r, label: t(`publication.result.${r}`) }))}
        />
        <SubmitButton busy={recording.loading}>{t('publication.saveAdoption')}</SubmitButton>
      </form>
      {adopted && (
        <div className="publication-publish">
          <p className="kern-body">{t('publication.publishHint')}</p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            aria-disabled={publishing.loading || undefined}
            onClick={async () => {
              if (publishing.loading) return;
              const error = await attempt(() =>
                publish({ variables: { id: publication.id, version: publication.version } }),
              );
              setFailure(error);
              if (!error) await onDone();
            }}
          >
            <span className="kern-label">{t('publication.publish')}</span>
          </button>
        </div>
      )}
    </section>
  );
}

function Documents({ revisionId }: { revisionId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { data, error, startPolling, stopPolling } = useQuery(PUBLICATION_DOCUMENTS, {
    variables: { revisionId },
    fetchPolicy: 'network-only',
  });
  const documents = data?.conceptPublication?.documents ?? [];
  const pending = documents.some((d) => !isFinished(d.status));
  useEffect(() => {
    if (!pending) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
  return (
    <section aria-labelledby={`${id}-documents`}>
      <h2 className="kern-heading-medium" id={`${id}-documents`}>
        {t('publication.documents')}
      </h2>
      <ErrorAlert error={error} />
      <ul className="publication-documents">
        {documents.map((d) => {
          const progress = progressValue(d);
          return (
            <li key={d.id}>
              <span className="publication-documents__format">
                {t(`publication.format.${d.format}` as 'publication.format.PDF')}
              </span>
              <progress
                aria-label={t('publication.progressOf', { format: d.format })}
                max={progress.max}
                value={progress.value}
              />
              <span aria-live="polite">{progressText(d, t, i18n.language, 'feasibility.export.steps')}</span>
              {d.downloadUrl && (
                <a className="kern-link" href={d.downloadUrl}>
                  {d.fileName}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
