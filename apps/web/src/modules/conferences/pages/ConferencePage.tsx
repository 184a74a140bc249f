import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Disclosure } from '../../../components/Disclosure';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { attempt } from '../../../components/form/attempt';
import { ConferenceFacts, type ConferenceData } from '../components/ConferenceFacts';
import { ConferenceForm } from '../components/ConferenceForm';
import { CountsPicture } from '../components/CountsPicture';
import { DocumentationSection } from '../components/DocumentationSection';
import { PrivacyTextSection } from '../components/PrivacyTextSection';
import { PublicLink } from '../components/PublicLink';
import { RegistrationsSection } from '../components/RegistrationsSection';
import type { FieldOfActionOption } from '../components/WorkshopForm';
import { WorkshopsSection } from '../components/WorkshopsSection';
import { formatRange } from '../datetime';
import { CONFERENCE_REVISION, CONFERENCES, CREATE_CONFERENCE } from '../graphql';
import { EMPTY_CONFERENCE, newConferenceFields } from '../model';
import '../conferences.css';

/**
 * Integrationskonferenz of a revision. Everyone who may see the revision
 * reads the conferences and their workshops; coordinators plan them, keep
 * the privacy notice, follow the registrations and cancel one when asked.
 * The conference shown is in the URL (?konferenz=…).
 */
export function ConferencePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const [search, setSearch] = useSearchParams();
  const revision = useQuery(CONFERENCE_REVISION, { variables: { id } });
  const list = useQuery(CONFERENCES, { variables: { revisionId: id } });
  const [create] = useMutation(CREATE_CONFERENCE);
  if (!revision.data || !list.data) {
    return <QueryFallback error={revision.error ?? list.error} title={t('conference.title')} />;
  }
  const r = revision.data.revision;
  const coordinates = rightsOf(viewer).coordinates(r.regionId);
  const conferences = list.data.conferences;
  const selected = conferences.find((c) => c.id === search.get('konferenz')) ?? conferences[0];
  const reload = () => list.refetch();

  return (
    <>
      <RevisionHeader revision={r} page="conference" title={t('conference.title')} subtitle={r.title} />
      <p className="kern-body app-lead">{t('conference.intro')}</p>
      <section aria-labelledby="conference-list">
        <h2 className="kern-heading-large" id="conference-list">
          {t('conference.list')}
        </h2>
        {conferences.length === 0 ? (
          <p className="kern-body">{t('conference.none')}</p>
        ) : (
          <ul className="conference-list">
            {conferences.map((c) => (
              <li key={c.id}>
                <Link
                  className="kern-link"
                  to={`?konferenz=${c.id}`}
                  aria-current={c.id === selected?.id ? 'true' : undefined}
                >
                  {c.title}
                </Link>
                <span className="kern-body kern-body--small">
                  {formatRange(c.startsAt, c.endsAt, i18n.language)}, {c.venue}
                </span>
              </li>
            ))}
          </ul>
        )}
        {coordinates && (
          <Disclosure label={t('conference.create')}>
            {(close) => (
              <ConferenceForm
                idPrefix="new-conference"
                initial={EMPTY_CONFERENCE}
                withPrivacyText
                submitLabel={t('conference.createSubmit')}
                save={async (draft) => {
                  let createdId: string | undefined;
                  const error = await attempt(async () => {
                    const result = await create({
                      variables: {
                        input: {
                          revisionId: r.id,
                          ...newConferenceFields(draft),
                          privacyTextDe: draft.privacyTextDe.trim(),
                          privacyTextEn: draft.privacyTextEn.trim(),
                        },
                      },
                    });
                    createdId = result.data?.createConference.id;
                  });
                  if (!error) {
                    await reload();
                    close();
                    if (createdId) setSearch({ konferenz: createdId });
                  }
                  return error;
                }}
              />
            )}
          </Disclosure>
        )}
      </section>
      {selected && (
        <ConferenceDetail
          key={selected.id}
          conference={selected}
          fieldsOfAction={r.fieldsOfAction}
          coordinates={coordinates}
          reload={reload}
        />
      )}
    </>
  );
}

function ConferenceDetail({
  conference: c,
  fieldsOfAction,
  coordinates,
  reload,
}: {
  conference: ConferenceData;
  fieldsOfAction: readonly FieldOfActionOption[];
  coordinates: boolean;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="conference-detail" className="conference-detail">
      <h2 className="kern-heading-large" id="conference-detail">
        {c.title}
      </h2>
      <ConferenceFacts conference={c} coordinates={coordinates} reload={reload} />
      {coordinates && (
        <section aria-labelledby="conference-registration">
          <h3 className="kern-heading-medium" id="conference-registration">
            {t('conference.registrationTitle')}
          </h3>
          <PublicLink conferenceId={c.id} />
          <CountsPicture counts={c.registrationCounts} capacity={c.capacity} />
        </section>
      )}
      <WorkshopsSection conference={c} fieldsOfAction={fieldsOfAction} coordinates={coordinates} reload={reload} />
      {coordinates && (
        <section aria-labelledby="conference-day">
          <h3 className="kern-heading-medium" id="conference-day">
            {t('conference.day.title')}
          </h3>
          <p className="kern-body">{t('conference.day.hint')}</p>
          <ul className="conference-day-links">
            <li>
              <Link
                className="kern-link"
                to={`/fortschreibungen/${c.revisionId}/konferenz/einteilung?konferenz=${c.id}`}
              >
                {t('conference.day.assignment')}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to={`/fortschreibungen/${c.revisionId}/konferenz/einlass?konferenz=${c.id}`}>
                {t('conference.day.checkIn')}
              </Link>
            </li>
          </ul>
          <h4 className="kern-heading-small">{t('conference.day.downloads')}</h4>
          <ul className="conference-day-links">
            {(
              [
                ['teilnehmendenlisten.pdf', 'lists'],
                ['namensschilder.pdf', 'badges'],
              ] as const
            ).map(([file, key]) => (
              <li key={file}>
                {/* A file download, not a page of the app: a plain link. */}
                <a className="kern-link" href={`/api/conferences/${c.id}/${file}`} download>
                  {t(`conference.day.${key}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {coordinates && <DocumentationSection conference={c} />}
      {coordinates && <PrivacyTextSection conference={c} reload={reload} />}
      {coordinates && <RegistrationsSection conference={c} onChanged={reload} />}
    </section>
  );
}
