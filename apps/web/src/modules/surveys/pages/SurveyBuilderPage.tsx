import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { QueryFallback } from '../../../components/QueryFallback';
import { attempt } from '../../../components/form/attempt';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { DistributionPanel } from '../components/DistributionPanel';
import { ShownLanguageContext } from '../components/LocalizedFields';
import { SectionsEditor, type BuilderActions, type Confirmation } from '../components/SectionsEditor';
import { SurveySettingsForm } from '../components/SurveySettingsForm';
import { TranslationStatus } from '../components/TranslationStatus';
import { SURVEY, SURVEYS_REVISION } from '../graphql';
import { germanOf } from '../model';
import '../surveys.css';

/**
 * The coordination builds a survey: its settings, sections and questions with their translations, then
 * publishes it, switches the public link on and invites people and organisations.
 */
export function SurveyBuilderPage() {
  const { t } = useTranslation();
  const { id = '', surveyId = '' } = useParams();
  const revision = useQuery(SURVEYS_REVISION, { variables: { id } });
  const query = useQuery(SURVEY, { variables: { id: surveyId } });
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [shown, setShown] = useState('all');
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(0);
  // After a deletion the button that asked is gone: focus goes to the message saying what happened.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [focusStatus, setFocusStatus] = useState(false);

  if (!revision.data || !query.data)
    return <QueryFallback error={revision.error ?? query.error} title={t('surveys.builder.title')} />;
  const r = revision.data.revision;
  const survey = query.data.survey;
  const base = `/fortschreibungen/${r.id}/umfragen`;

  const perform = async (action: () => Promise<unknown>, done: string) => {
    setActionError(null);
    setMessage('');
    const error = await attempt(action);
    if (error) setActionError(error);
    else setMessage(done);
  };

  const actions: BuilderActions = {
    perform,
    confirm: (c) => {
      setFocusStatus(false);
      setConfirmation(c);
    },
    onMessage: (m) => {
      setActionError(null);
      setMessage(m);
    },
  };

  const confirm = async () => {
    if (!confirmation || busy) return;
    setBusy(true);
    await perform(confirmation.action, confirmation.done);
    setBusy(false);
    setFocusStatus(true);
    setConfirmation(null);
  };

  const onConflict = () => {
    setMessage(t('surveys.settings.conflict'));
    void query.refetch().then(() => setConflict((n) => n + 1));
  };

  return (
    <div className="surveys-page">
      <RevisionHeader
        revision={r}
        page="surveys"
        title={germanOf(survey.title) || t('surveys.builder.title')}
        subtitle={t('surveys.builder.subtitle', { revision: r.title })}
      />
      <ul className="surveys-links">
        <li>
          <Link className="kern-link" to={base}>
            {t('surveys.builder.back')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to={`${base}/${survey.id}/vorschau`}>
            {t('surveys.list.preview')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to={`${base}/${survey.id}/ergebnisse`}>
            {t('surveys.list.results')}
          </Link>
        </li>
      </ul>
      <p className="kern-body surveys-status" role="status" ref={statusRef} tabIndex={-1}>
        {message}
      </p>
      <ErrorAlert error={actionError} />
      <ShownLanguageContext.Provider value={survey.languages.includes(shown) ? shown : 'all'}>
        <TranslationStatus
          languages={survey.languages}
          missing={survey.missingTranslations}
          shown={shown}
          onShow={setShown}
        />
        <SurveySettingsForm
          key={`${survey.version}-${conflict}`}
          survey={survey}
          onSaved={actions.onMessage}
          onConflict={onConflict}
        />
        <SectionsEditor survey={survey} editing={editing} onEdit={setEditing} actions={actions} />
      </ShownLanguageContext.Provider>
      <DistributionPanel survey={survey} actions={actions} />
      <ConfirmDialog
        open={!!confirmation}
        title={confirmation?.title ?? ''}
        confirmLabel={confirmation?.confirmLabel ?? t('surveys.actions.delete')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirmation(null)}
        focusAfterClose={focusStatus ? statusRef : null}
      >
        <p className="kern-body">{confirmation?.text}</p>
      </ConfirmDialog>
    </div>
  );
}
