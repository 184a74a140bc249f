import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { HiddenContext } from '../../../components/HiddenContext';
import { TableHead } from '../../../components/TableHead';
import type { ConfirmedWishesQuery, WorkshopPlacesQuery } from '../../../gql/graphql';
import type { Unplaced } from '../assignment';
import { formatTime } from '../datetime';
import type { ConferenceData } from './ConferenceFacts';

export type Session = ConferenceData['workshops'][number];
export type Place = WorkshopPlacesQuery['workshopPlaces'][number];
export type Registrant = ConfirmedWishesQuery['registrations'][number];

/** The headings of the lists take focus after a change moved the row that had it. */
export const placesHeadingId = (sessionId: string) => `places-${sessionId}`;
export const unplacedHeadingId = (slotId: string) => `${slotId}-unplaced`;

/** A workshop select without visible label: the row says whom it is for, the hidden label says it too. */
function WorkshopSelect({
  id,
  label,
  value,
  onChange,
  sessions,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  sessions: readonly Session[];
}) {
  return (
    <div className="conference-place-select">
      <label className="app-sr-only" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value} onChange={(e) => onChange(e.target.value)}>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/**
 * The participant list of one workshop: who, how they got the place, whether
 * they are here; each can be moved to another workshop of the slot or taken out.
 */
export function PlacesTable({
  workshop,
  places,
  slotSessions,
  move,
  remove,
}: {
  workshop: Session;
  places: readonly Place[];
  slotSessions: readonly Session[];
  move: (place: Place, sessionId: string) => Promise<void>;
  remove: (place: Place) => Promise<void>;
}) {
  const { t } = useTranslation();
  const headingId = placesHeadingId(workshop.id);
  const others = slotSessions.filter((s) => s.id !== workshop.id);
  return (
    <section aria-labelledby={headingId} className="conference-places">
      <h3 className="kern-heading-medium" id={headingId} tabIndex={-1}>
        {workshop.title}
      </h3>
      <p className="kern-body">
        {t('conference.assignment.occupancy', {
          count: places.length,
          capacity: workshop.capacity,
          room: workshop.room,
        })}
      </p>
      {places.length === 0 ? (
        <p className="kern-body">{t('conference.assignment.empty')}</p>
      ) : (
        <div className="conference-table" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="kern-table kern-table--small conference-table__table">
            <TableHead
              columns={[
                t('conference.assignment.name'),
                t('conference.assignment.organisation'),
                t('conference.assignment.role'),
                t('conference.assignment.origin'),
                t('conference.assignment.checkedIn'),
                t('common.actions'),
              ]}
            />
            <tbody className="kern-table__body">
              {places.map((p) => (
                <PlaceRow key={p.registrationId} place={p} others={others} move={move} remove={remove} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PlaceRow({
  place: p,
  others,
  move,
  remove,
}: {
  place: Place;
  others: readonly Session[];
  move: (place: Place, sessionId: string) => Promise<void>;
  remove: (place: Place) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const origin = p.manual
    ? p.rank
      ? t('conference.assignment.byHandWish', { rank: p.rank })
      : t('conference.assignment.byHand')
    : p.rank
      ? t('conference.assignment.rank', { rank: p.rank })
      : t('conference.assignment.byHand');
  return (
    <tr className="kern-table__row">
      <td className="kern-table__cell">{p.name}</td>
      <td className="kern-table__cell">{p.organisation}</td>
      <td className="kern-table__cell">{t(`conference.roles.${p.role}`)}</td>
      <td className="kern-table__cell">{origin}</td>
      <td className="kern-table__cell">
        {p.checkedInAt
          ? t('conference.assignment.present', { time: formatTime(p.checkedInAt, i18n.language) })
          : t('conference.assignment.absent')}
      </td>
      <td className="kern-table__cell">
        <div className="conference-place-actions">
          {others.length > 0 && (
            <>
              <WorkshopSelect
                id={`move-${p.sessionId}-${p.registrationId}`}
                label={t('conference.assignment.moveLabel', { name: p.name })}
                value={target}
                onChange={setTarget}
                sessions={others}
              />
              <Button onClick={() => move(p, target)}>
                {t('conference.assignment.move')}
                <HiddenContext>{p.name}</HiddenContext>
              </Button>
            </>
          )}
          <Button variant="tertiary" onClick={() => remove(p)}>
            {t('conference.assignment.remove')}
            <HiddenContext>{p.name}</HiddenContext>
          </Button>
        </div>
      </td>
    </tr>
  );
}

/** Who has no place in the slot, with their wishes there, each to be placed by hand. */
export function UnplacedTable({
  idPrefix,
  unplaced,
  slotSessions,
  place,
}: {
  idPrefix: string;
  unplaced: readonly Unplaced<Registrant, Session>[];
  slotSessions: readonly Session[];
  place: (registration: Registrant, sessionId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const headingId = unplacedHeadingId(idPrefix);
  return (
    <section aria-labelledby={headingId} className="conference-places">
      <h3 className="kern-heading-medium" id={headingId} tabIndex={-1}>
        {t('conference.assignment.unplacedTitle')}
      </h3>
      {unplaced.length === 0 ? (
        <p className="kern-body">{t('conference.assignment.unplacedNone')}</p>
      ) : (
        <div className="conference-table" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="kern-table kern-table--small conference-table__table">
            <TableHead
              columns={[
                t('conference.assignment.name'),
                t('conference.assignment.organisation'),
                t('conference.assignment.wishesHere'),
                t('common.actions'),
              ]}
            />
            <tbody className="kern-table__body">
              {unplaced.map((u) => (
                <UnplacedRow
                  key={u.registration.id}
                  idPrefix={headingId}
                  unplaced={u}
                  slotSessions={slotSessions}
                  place={place}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function UnplacedRow({
  idPrefix,
  unplaced: { registration: r, wishes },
  slotSessions,
  place,
}: {
  idPrefix: string;
  unplaced: Unplaced<Registrant, Session>;
  slotSessions: readonly Session[];
  place: (registration: Registrant, sessionId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(wishes[0]?.id ?? slotSessions[0]?.id ?? '');
  return (
    <tr className="kern-table__row">
      <td className="kern-table__cell">{r.name}</td>
      <td className="kern-table__cell">{r.organisation}</td>
      <td className="kern-table__cell">
        {wishes.length === 0 ? (
          t('conference.assignment.noWishesHere')
        ) : (
          <ol className="conference-wishes">
            {wishes.map((w) => (
              <li key={w.id}>{w.title}</li>
            ))}
          </ol>
        )}
      </td>
      <td className="kern-table__cell">
        <div className="conference-place-actions">
          <WorkshopSelect
            id={`${idPrefix}-${r.id}`}
            label={t('conference.assignment.placeLabel', { name: r.name })}
            value={target}
            onChange={setTarget}
            sessions={slotSessions}
          />
          <Button onClick={() => place(r, target)}>
            {t('conference.assignment.place')}
            <HiddenContext>{r.name}</HiddenContext>
          </Button>
        </div>
      </td>
    </tr>
  );
}
