import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SelectField } from '../../../../components/form/SelectField';
import { SubmitButton } from '../../../../components/form/SubmitButton';
import { formatDateTime } from '../../../../lib/format';
import { RECOMMENDATION_DIFF } from '../../graphql/workbench';
import { fieldLabel } from './describe';
import { diffParts, type DiffSegment } from './model';

interface Version {
  number: number;
  authorName: string | null;
  createdAt: string;
}

/** Every version, and any two compared word by word. */
export function VersionHistory({ id, versions }: { id: string; versions: readonly Version[] }) {
  const { t, i18n } = useTranslation();
  // Newest first: compare the one before the latest with the latest.
  const [from, setFrom] = useState(String(versions[1]?.number ?? versions[0]?.number ?? 1));
  const [to, setTo] = useState(String(versions[0]?.number ?? 1));
  const [compare, { data, error, loading, called }] = useLazyQuery(RECOMMENDATION_DIFF);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    compare({ variables: { id, from: Number(from), to: Number(to) } }).catch(() => undefined);
  };
  const options = versions.map((v) => ({
    value: String(v.number),
    label: t('recommendation.versions.option', {
      number: v.number,
      date: formatDateTime(v.createdAt, i18n.language),
    }),
  }));
  const changes = data?.recommendationDiff;

  return (
    <section aria-labelledby="versions-title" className="app-panel">
      <h2 className="kern-heading-medium" id="versions-title">
        {t('recommendation.versions.title')}
      </h2>
      <ol className="workbench-plain-list workbench-versions">
        {versions.map((v) => (
          <li key={v.number}>
            {t('recommendation.versions.entry', {
              number: v.number,
              date: formatDateTime(v.createdAt, i18n.language),
              name: v.authorName ?? t('recommendation.comments.someone'),
            })}
          </li>
        ))}
      </ol>
      {versions.length < 2 ? (
        <p className="kern-body">{t('recommendation.versions.onlyOne')}</p>
      ) : (
        <form onSubmit={submit} noValidate className="app-form" aria-labelledby="versions-compare-title">
          <h3 className="kern-heading-small" id="versions-compare-title">
            {t('recommendation.versions.compare')}
          </h3>
          <div className="app-form__row">
            <SelectField
              id="versions-from"
              label={t('recommendation.versions.from')}
              value={from}
              onChange={setFrom}
              options={options}
            />
            <SelectField
              id="versions-to"
              label={t('recommendation.versions.to')}
              value={to}
              onChange={setTo}
              options={options}
            />
          </div>
          <div className="app-form__actions">
            <SubmitButton busy={loading}>{t('recommendation.versions.show')}</SubmitButton>
          </div>
        </form>
      )}
      <div aria-live="polite">
        <ErrorAlert error={error} />
        {called && changes && (
          <div className="workbench-diff">
            <p className="kern-body">
              {changes.length === 0
                ? t('recommendation.versions.noChanges')
                : t('recommendation.versions.changes', { count: changes.length })}
            </p>
            {changes.map((change) => (
              <div key={change.field} className="workbench-diff__field">
                <h4 className="kern-heading-small">{fieldLabel(change.field, t)}</h4>
                <DiffText segments={change.segments} />
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * Inserted words in <ins>, deleted ones in <del>: underlined and struck
 * through, with "eingefügt"/"gelöscht" for screen readers, so colour is never
 * the only sign.
 */
export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  const { t } = useTranslation();
  return (
    <p className="kern-body workbench-diff__text">
      {diffParts(segments).map((part, i) =>
        part.kind === 'gap' ? (
          <span key={i} className="workbench-diff__gap">
            <span aria-hidden="true"> … </span>
            <span className="app-sr-only">{t('recommendation.diff.gap')}</span>
          </span>
        ) : part.kind === 'ins' ? (
          <ins key={i}>
            <span className="app-sr-only">{t('recommendation.diff.insStart')}</span>
            {part.text}
            <span className="app-sr-only">{t('recommendation.diff.end')}</span>
          </ins>
        ) : part.kind === 'del' ? (
          <del key={i}>
            <span className="app-sr-only">{t('recommendation.diff.delStart')}</span>
            {part.text}
            <span className="app-sr-only">{t('recommendation.diff.end')}</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
