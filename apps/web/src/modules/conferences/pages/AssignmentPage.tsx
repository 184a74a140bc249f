import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { QueryFallback } from '../../../components/QueryFallback';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { sameSlot, slotsOf } from '../assignment';
import { AssignmentPicture } from '../components/AssignmentPicture';
import {
  PlacesTable,
  placesHeadingId,
  UnplacedTable,
  unplacedHeadingId,
  type Session,
} from '../components/PlacesTable';
import { formatTime } from '../datetime';
import {
  ASSIGN_WORKSHOPS,
  ASSIGNMENT_REPORT,
  CLEAR_WORKSHOP_PLACE,
  CONFERENCE_REVISION,
  CONFERENCES,
  CONFIRMED_WISHES,
  SET_WORKSHOP_PLACE,
  WORKSHOP_PLACES,
} from '../graphql';
import '../conferences.css';

/**
 * The workshop assignment of a conference (?konferenz=…), for coordinators:
 * compute it, see per slot how the wishes came out, and correct the
 * participant lists by hand.
 */
export function AssignmentPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const conferenceId = search.get('konferenz') ?? '';
  const revision = useQuery(CONFERENCE_REVISION, { variables: { id } });
  const list = useQuery(CONFERENCES, { variables: { revisionId: id } });
  const variables = { conferenceId };
  const viewer = useSignedInViewer();
  const coordinates = revision.data ? rightsOf(viewer).coordinates(revision.data.revision.regionId) : false;
  // Participant lists carry personal data: only coordinators ask for them.
  const skip = !conferenceId || !coordinates;
  const report = useQuery(ASSIGNMENT_REPORT, { variables, skip, fetchPolicy: 'network-only' });
  const places = useQuery(WORKSHOP_PLACES, { variables, skip, fetchPolicy: 'network-only' });
  const confirmed = useQuery(CONFIRMED_WISHES, { variables, skip, fetchPolicy: 'network-only' });
  const [assign, assignState] = useMutation(ASSIGN_WORKSHOPS);
  const [setPlace] = useMutation(SET_WORKSHOP_PLACE);
  const [clearPlace] = useMutation(CLEAR_WORKSHOP_PLACE);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<unknown>(null);

  const title = t('conference.assignment.title');
  if (!revision.data || !list.data) {
    return <QueryFallback error={revision.error ?? list.error} title={title} />;
  }
  const r = revision.data.revision;
  const conference = list.data.conferences.find((c) => c.id === conferenceId);
  const back = `/fortschreibungen/${r.id}/konferenz${conference ? `?konferenz=${conference.id}` : ''}`;
  const header = (
    <>
      <RevisionHeader revision={r} page="conference" title={title} subtitle={conference?.title ?? r.title} />
      <p className="kern-body">
        <Link className="kern-link" to={back}>
          {t('conference.assignment.back')}
        </Link>
      </p>
    </>
  );
  if (!conference || !coordinates) {
    return (
      <>
        {header}
        <p className="kern-body">
          {t(conference ? 'conference.assignment.onlyCoordinators' : 'conference.assignment.notFound')}
        </p>
      </>
    );
  }

  const refresh = () => Promise.all([report.refetch(), places.refetch(), confirmed.refetch()]);
  /**
   * Runs a change of the lists; says what happened, or what went wrong. The
   * row that had focus may be gone: focus goes to the list the person is in now.
   */
  const change = async (operation: () => Promise<unknown>, done: string, focusId?: string) => {
    setProblem(null);
    setMessage('');
    try {
      await operation();
      await refresh();
      setMessage(done);
      if (focusId) document.getElementById(focusId)?.focus();
    } catch (error) {
      setProblem(error);
    }
  };

  const sessions: Session[] = conference.workshops;
  const loaded = report.data && places.data && confirmed.data;
  const slots = loaded ? slotsOf(sessions, places.data.workshopPlaces, confirmed.data.registrations) : [];
  const time = (iso: string) => formatTime(iso, i18n.language);

  return (
    <>
      {header}
      <div className="conference-detail">
        <p className="kern-body app-lead" id="assignment-intro">
          {t('conference.assignment.intro')}
        </p>
        {sessions.length > 0 && (
          <div className="app-actions">
            <Button
              variant="primary"
              aria-describedby="assignment-intro"
              onClick={() =>
                !assignState.loading && change(() => assign({ variables }), t('conference.assignment.computed'))
              }
            >
              {t('conference.assignment.compute')}
            </Button>
          </div>
        )}
        <p className="kern-body" role="status">
          {message}
        </p>
        <ErrorAlert error={problem ?? report.error ?? places.error ?? confirmed.error} />
      </div>
      {sessions.length === 0 ? (
        <p className="kern-body">{t('conference.assignment.noWorkshops')}</p>
      ) : !loaded ? (
        !(report.error || places.error || confirmed.error) && <Loading />
      ) : (
        slots.map((slot) => {
          const slotReport = report.data?.assignmentReport.slots.find((s) => sameSlot(s.slotStartsAt, slot.startsAt));
          const span = `${time(slot.startsAt)}–${time(slot.endsAt)}`;
          const headingId = `slot-${Date.parse(slot.startsAt)}`;
          const titleOf = (sessionId: string) => sessions.find((s) => s.id === sessionId)?.title ?? '';
          return (
            <section key={slot.startsAt} aria-labelledby={headingId} className="conference-slot">
              <h2 className="kern-heading-large" id={headingId}>
                {t('conference.assignment.slot', { time: span })}
              </h2>
              {slotReport && slotReport.registrants > 0 ? (
                <AssignmentPicture slot={slotReport} time={span} />
              ) : (
                <p className="kern-body">{t('conference.assignment.noWishes')}</p>
              )}
              {slotReport && slotReport.overrides > 0 && (
                <p className="kern-body">{t('conference.assignment.overrides', { count: slotReport.overrides })}</p>
              )}
              {slotReport && slotReport.overCapacity.length > 0 && (
                <Alert variant="warning" title={t('conference.assignment.overCapacityTitle')}>
                  <ul className="conference-plain-list">
                    {slotReport.overCapacity.map((o) => (
                      <li key={o.sessionId} className="kern-body">
                        {t('conference.assignment.overCapacity', {
                          title: titleOf(o.sessionId),
                          assigned: o.assigned,
                          count: o.capacity,
                        })}
                      </li>
                    ))}
                  </ul>
                </Alert>
              )}
              {slot.workshops.map((w) => (
                <PlacesTable
                  key={w.session.id}
                  workshop={w.session}
                  places={w.places}
                  slotSessions={slot.workshops.map((x) => x.session)}
                  move={(p, sessionId) =>
                    change(
                      () => setPlace({ variables: { registrationId: p.registrationId, sessionId } }),
                      t('conference.assignment.moved', { name: p.name, title: titleOf(sessionId) }),
                      placesHeadingId(sessionId),
                    )
                  }
                  remove={(p) =>
                    change(
                      () => clearPlace({ variables: { registrationId: p.registrationId, sessionId: p.sessionId } }),
                      t('conference.assignment.removed', { name: p.name, title: titleOf(p.sessionId) }),
                      unplacedHeadingId(headingId),
                    )
                  }
                />
              ))}
              <UnplacedTable
                idPrefix={headingId}
                unplaced={slot.unplaced}
                slotSessions={slot.workshops.map((x) => x.session)}
                place={(registration, sessionId) =>
                  change(
                    () => setPlace({ variables: { registrationId: registration.id, sessionId } }),
                    t('conference.assignment.moved', { name: registration.name, title: titleOf(sessionId) }),
                    placesHeadingId(sessionId),
                  )
                }
              />
            </section>
          );
        })
      )}
    </>
  );
}
