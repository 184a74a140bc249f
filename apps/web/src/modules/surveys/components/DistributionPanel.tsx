import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HiddenContext } from '../../../components/HiddenContext';
import { QueryFallback } from '../../../components/QueryFallback';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import { attempt } from '../../../components/form/attempt';
import type { SurveyAudience, SurveyQuery } from '../../../gql/graphql';
import { formatInstant } from '../../conferences/datetime';
import {
  DELETE_SURVEY_INVITATION,
  INVITE_TO_SURVEY,
  PUBLISH_SURVEY,
  SET_SURVEY_PUBLIC_LINK,
  SURVEY_INVITATIONS,
} from '../graphql';
import { INVITATION_AUDIENCES, languageName, orderedLanguages, parseInvitees, publicLink } from '../model';
import type { BuilderActions } from './SectionsEditor';
import { SurveyPeriod, SurveyStatusBadge } from './SurveyStatus';

type Survey = SurveyQuery['survey'];

/** Publishing, the public link and the invitations with who has answered; addresses can be deleted (DSGVO). */
export function DistributionPanel({ survey, actions }: { survey: Survey; actions: BuilderActions }) {
  const { t } = useTranslation();
  const id = useId();
  const [publishError, setPublishError] = useState<unknown>(null);
  const [linkError, setLinkError] = useState<unknown>(null);
  const [publish, publishing] = useMutation(PUBLISH_SURVEY);
  const [setLink, linking] = useMutation(SET_SURVEY_PUBLIC_LINK);
  const url = survey.publicToken ? publicLink(window.location.origin, survey.publicToken) : '';

  const doPublish = async () => {
    if (publishing.loading) return;
    setPublishError(null);
    const error = await attempt(() => publish({ variables: { id: survey.id } }));
    if (error) setPublishError(error);
    else actions.onMessage(t('surveys.distribution.published'));
  };

  const switchLink = async (enabled: boolean) => {
    if (linking.loading) return;
    setLinkError(null);
    const error = await attempt(() => setLink({ variables: { id: survey.id, enabled } }));
    if (error) setLinkError(error);
    else actions.onMessage(enabled ? t('surveys.distribution.linkOn') : t('surveys.distribution.linkOff'));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      actions.onMessage(t('surveys.distribution.copied'));
    } catch {
      document.getElementById(`${id}-url`)?.focus();
      actions.onMessage(t('surveys.distribution.copyFailed'));
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} className="surveys-section">
      <h2 className="kern-heading-medium" id={`${id}-h`}>
        {t('surveys.distribution.title')}
      </h2>
      <p className="kern-body">
        <SurveyStatusBadge status={survey.status} />{' '}
        <SurveyPeriod opensAt={survey.opensAt} closesAt={survey.closesAt} />
      </p>
      {survey.status === 'DRAFT' && (
        <>
          <p className="kern-body">{t('surveys.distribution.publishHint')}</p>
          <ErrorAlert error={publishError} />
          <Button variant="primary" aria-disabled={publishing.loading || undefined} onClick={() => void doPublish()}>
            {t('surveys.distribution.publish')}
          </Button>
        </>
      )}
      <h3 className="kern-heading-small">{t('surveys.distribution.linkTitle')}</h3>
      <ErrorAlert error={linkError} />
      {survey.publicToken ? (
        <>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-url`}>
              {t('surveys.distribution.linkLabel')}
            </label>
            <input
              id={`${id}-url`}
              className="kern-form-input__input"
              type="url"
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <div className="surveys-actions">
            <Button onClick={() => void copy()}>{t('surveys.distribution.copy')}</Button>
            <Button aria-disabled={linking.loading || undefined} onClick={() => void switchLink(false)}>
              {t('surveys.distribution.switchOff')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="kern-body">{t('surveys.distribution.linkIsOff')}</p>
          <Button aria-disabled={linking.loading || undefined} onClick={() => void switchLink(true)}>
            {t('surveys.distribution.switchOn')}
          </Button>
        </>
      )}
      <h3 className="kern-heading-small">{t('surveys.invitations.title')}</h3>
      {survey.status === 'PUBLISHED' ? (
        <InviteForm survey={survey} onMessage={actions.onMessage} />
      ) : (
        <p className="kern-body">{t('surveys.invitations.afterPublish')}</p>
      )}
      <InvitationList surveyId={survey.id} actions={actions} />
    </section>
  );
}

type InviteField = 'addresses';

function InviteForm({ survey, onMessage }: { survey: Survey; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [addresses, setAddresses] = useState('');
  const [audience, setAudience] = useState<SurveyAudience>('ORGANISATION');
  const [language, setLanguage] = useState('de');
  const [addressError, setAddressError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [invite, { loading }] = useMutation(INVITE_TO_SURVEY, {
    refetchQueries: ['SurveyInvitations'],
    awaitRefetchQueries: true,
  });
  const fieldId = (field: InviteField) => `${id}-${field}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    const { invitees, invalidLines } = parseInvitees(addresses);
    const problem = invalidLines.length
      ? t('surveys.invitations.invalidLines', { lines: invalidLines.join(', ') })
      : invitees.length === 0
        ? t('surveys.invitations.none')
        : undefined;
    setAddressError(problem);
    if (problem) {
      document.getElementById(fieldId('addresses'))?.focus();
      return;
    }
    let report = { invited: 0, alreadyInvited: 0 };
    const error = await attempt(async () => {
      const result = await invite({
        variables: { surveyId: survey.id, invitees: invitees.map((i) => ({ ...i, audience, language })) },
      });
      if (result.data) report = result.data.inviteToSurvey;
    });
    if (error) setFailure(error);
    else {
      setAddresses('');
      onMessage(t('surveys.invitations.report', { invited: report.invited, already: report.alreadyInvited }));
    }
  };

  return (
    <form className="surveys-editor" aria-labelledby={`${id}-h`} noValidate onSubmit={(e) => void submit(e)}>
      <h4 className="kern-heading-small" id={`${id}-h`}>
        {t('surveys.invitations.formTitle')}
      </h4>
      <ErrorAlert error={failure} />
      <TextAreaField
        id={fieldId('addresses')}
        label={t('surveys.invitations.addresses')}
        hint={t('surveys.invitations.addressesHint')}
        value={addresses}
        onChange={setAddresses}
        error={addressError}
        rows={5}
        aria-required
      />
      <SelectField
        id={`${id}-audience`}
        label={t('surveys.invitations.audience')}
        value={audience}
        onChange={(v) => setAudience(v as SurveyAudience)}
        options={INVITATION_AUDIENCES.map((a) => ({ value: a, label: t(`surveys.audience.${a}`) }))}
      />
      <SelectField
        id={`${id}-language`}
        label={t('surveys.invitations.language')}
        hint={t('surveys.invitations.languageHint')}
        value={language}
        onChange={setLanguage}
        options={orderedLanguages(survey.languages).map((l) => ({ value: l, label: languageName(l) }))}
      />
      <SubmitButton busy={loading}>{t('surveys.invitations.submit')}</SubmitButton>
    </form>
  );
}

function InvitationList({ surveyId, actions }: { surveyId: string; actions: BuilderActions }) {
  const { t, i18n } = useTranslation();
  const invitations = useQuery(SURVEY_INVITATIONS, { variables: { surveyId } });
  const [remove] = useMutation(DELETE_SURVEY_INVITATION, {
    refetchQueries: ['SurveyInvitations'],
    awaitRefetchQueries: true,
  });
  if (!invitations.data) return <QueryFallback error={invitations.error} title={t('surveys.invitations.list')} />;
  const list = invitations.data.surveyInvitations;
  if (list.length === 0) return <p className="kern-body">{t('surveys.invitations.empty')}</p>;
  const submitted = list.filter((i) => i.submittedAt).length;
  return (
    <div className="surveys-table-wrap" tabIndex={0} role="region" aria-label={t('surveys.invitations.list')}>
      <table className="kern-table">
        <caption className="kern-title">{t('surveys.invitations.caption', { count: list.length, submitted })}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">
              {t('surveys.invitations.email')}
            </th>
            <th className="kern-table__header" scope="col">
              {t('surveys.invitations.name')}
            </th>
            <th className="kern-table__header" scope="col">
              {t('surveys.invitations.audience')}
            </th>
            <th className="kern-table__header" scope="col">
              {t('surveys.invitations.language')}
            </th>
            <th className="kern-table__header" scope="col">
              {t('surveys.invitations.invitedAt')}
            </th>
            <th className="kern-table__header" scope="col">
              {t('surveys.invitations.answer')}
            </th>
            <th className="kern-table__header" scope="col">
              {t('surveys.invitations.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {list.map((invitation) => (
            <tr className="kern-table__row" key={invitation.id}>
              <td className="kern-table__cell">{invitation.email}</td>
              <td className="kern-table__cell">{invitation.name ?? '–'}</td>
              <td className="kern-table__cell">{t(`surveys.audience.${invitation.audience}`)}</td>
              <td className="kern-table__cell">{languageName(invitation.language)}</td>
              <td className="kern-table__cell">{formatInstant(invitation.createdAt, i18n.language)}</td>
              <td className="kern-table__cell">
                {invitation.submittedAt
                  ? t('surveys.invitations.submitted', { at: formatInstant(invitation.submittedAt, i18n.language) })
                  : t('surveys.invitations.notSubmitted')}
              </td>
              <td className="kern-table__cell">
                <Button
                  variant="tertiary"
                  onClick={() =>
                    actions.confirm({
                      title: t('surveys.invitations.deleteTitle'),
                      text: t('surveys.invitations.deleteText', { email: invitation.email }),
                      confirmLabel: t('surveys.actions.delete'),
                      action: () => remove({ variables: { id: invitation.id } }),
                      done: t('surveys.invitations.deleted', { email: invitation.email }),
                    })
                  }
                >
                  {t('surveys.actions.delete')}
                  <HiddenContext>{invitation.email}</HiddenContext>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
