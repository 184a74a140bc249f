import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TextField } from '../../../components/form/TextField';
import { HiddenContext } from '../../../components/HiddenContext';
import { Loading } from '../../../components/Loading';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { checkInCounts, searchCheckIn } from '../assignment';
import { formatTime } from '../datetime';
import { CHECK_IN, CHECK_IN_LIST, CONFERENCE_REVISION, CONFERENCES } from '../graphql';
import '../conferences.css';

/** Others check people in at the other door: the list catches up this often. */
const POLL_MS = 30_000;

/**
 * Check-in at the entrance on the day (?konferenz=…), made for a phone:
 * type a few letters of the name or organisation, tap the big button.
 * Tapping again undoes it.
 */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const conferenceId = search.get('konferenz') ?? '';
  const revision = useQuery(CONFERENCE_REVISION, { variables: { id } });
  const list = useQuery(CONFERENCES, { variables: { revisionId: id } });
  const viewer = useSignedInViewer();
  const coordinates = revision.data ? rightsOf(viewer).coordinates(revision.data.revision.regionId) : false;
  const people = useQuery(CHECK_IN_LIST, {
    variables: { conferenceId },
    skip: !conferenceId || !coordinates,
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
  });
  const [checkIn, checkInState] = useMutation(CHECK_IN);
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const title = t('conference.checkIn.title');
  if (!revision.data || !list.data) {
    return <QueryFallback error={revision.error ?? list.error} title={title} />;
  }
  const r = revision.data.revision;
  const conference = list.data.conferences.find((c) => c.id === conferenceId);
  const back = `/fortschreibungen/${r.id}/konferenz${conference ? `?konferenz=${conference.id}` : ''}`;
  const rows = people.data?.registrations ?? [];
  const found = searchCheckIn(rows, query);
  const { present, total } = checkInCounts(rows);

  const toggle = async (registrationId: string, now: boolean) => {
    if (pending.has(registrationId)) return;
    setPending((p) => new Set(p).add(registrationId));
    try {
      await checkIn({ variables: { registrationId, present: now } });
    } catch {
      // The alert above the list shows the error; the button keeps its state.
    } finally {
      setPending((p) => {
        const next = new Set(p);
        next.delete(registrationId);
        return next;
      });
    }
  };

  return (
    <>
      <RevisionHeader revision={r} page="conference" title={title} subtitle={conference?.title ?? r.title} />
      <p className="kern-body">
        <Link className="kern-link" to={back}>
          {t('conference.assignment.back')}
        </Link>
      </p>
      {!conference || !coordinates ? (
        <p className="kern-body">
          {t(conference ? 'conference.checkIn.onlyCoordinators' : 'conference.assignment.notFound')}
        </p>
      ) : (
        <div className="conference-checkin">
          <p className="kern-body">{t('conference.checkIn.intro')}</p>
          <div className="conference-checkin__search">
            <TextField
              id="check-in-search"
              type="search"
              label={t('conference.checkIn.search')}
              value={query}
              onChange={setQuery}
              autoComplete="off"
              enterKeyHint="search"
            />
          </div>
          <p className="kern-body conference-checkin__counts" role="status">
            <strong>{t('conference.checkIn.counts', { present, total })}</strong>
            {query.trim() && (
              <>
                {' · '}
                {t('conference.checkIn.found', { count: found.length })}
              </>
            )}
          </p>
          <ErrorAlert error={people.error ?? checkInState.error} />
          {!people.data ? (
            !people.error && <Loading />
          ) : rows.length === 0 ? (
            <p className="kern-body">{t('conference.checkIn.noConfirmed')}</p>
          ) : (
            <ul className="conference-checkin__list" aria-label={t('conference.checkIn.title')}>
              {found.map((p) => {
                const here = Boolean(p.checkedInAt);
                return (
                  <li key={p.id} className="conference-checkin__person">
                    <div className="conference-checkin__who">
                      <span className="conference-checkin__name">{p.name}</span>
                      {p.organisation && <span className="kern-body kern-body--small">{p.organisation}</span>}
                      {p.checkedInAt && (
                        <span className="kern-body kern-body--small">
                          {t('conference.checkIn.since', { time: formatTime(p.checkedInAt, i18n.language) })}
                        </span>
                      )}
                    </div>
                    <button
                      type="button"
                      className={`kern-btn kern-btn--${here ? 'primary' : 'secondary'} conference-checkin__toggle`}
                      aria-pressed={here}
                      onClick={() => toggle(p.id, !here)}
                    >
                      <span className="conference-checkin__box" aria-hidden="true">
                        {here ? '✓' : ''}
                      </span>
                      <span className="kern-label">
                        {t('conference.checkIn.button')}
                        <HiddenContext>{p.name}</HiddenContext>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
