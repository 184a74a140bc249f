import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConflictBoundary } from '../../../components/ConflictBoundary';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { Disclosure } from '../../../components/Disclosure';
import { HiddenContext } from '../../../components/HiddenContext';
import { useSignedInViewer } from '../../auth/session';
import { formatTime } from '../datetime';
import { ADD_WORKSHOP, UPDATE_WORKSHOP } from '../graphql';
import { newWorkshopDraft, workshopDraftOf, workshopInput } from '../model';
import { attempt } from '../../../components/form/attempt';
import type { ConferenceData } from './ConferenceFacts';
import { WorkshopForm, type FieldOfActionOption } from './WorkshopForm';

/**
 * The workshops of the conference; coordinators add and change them.
 * Coordinators and a workshop's moderators see how people join its live
 * board: the code for the flip chart, the link, and the board itself.
 */
export function WorkshopsSection({
  conference,
  fieldsOfAction,
  coordinates,
  reload,
}: {
  conference: ConferenceData;
  fieldsOfAction: readonly FieldOfActionOption[];
  coordinates: boolean;
  reload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [add] = useMutation(ADD_WORKSHOP);
  const [update] = useMutation(UPDATE_WORKSHOP);
  const viewer = useSignedInViewer();
  const moderates = (w: ConferenceData['workshops'][number]) =>
    coordinates || w.moderators.some((m) => m.id === viewer.account.id);
  const field = new Map(fieldsOfAction.map((f) => [f.id, `${f.code} – ${f.title}`]));
  const headingId = `workshops-${conference.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 className="kern-heading-medium" id={headingId}>
        {t('conference.workshops.title')}
      </h3>
      {conference.workshops.length === 0 ? (
        <p className="kern-body">{t('conference.workshops.none')}</p>
      ) : (
        <ul className="app-item-list">
          {conference.workshops.map((w) => (
            <li key={w.id}>
              <article className="app-panel" aria-labelledby={`workshop-${w.id}`}>
                <h4 className="kern-heading-small" id={`workshop-${w.id}`}>
                  {w.title}
                </h4>
                <DescriptionList>
                  <DescriptionItem term={t('conference.workshops.field.fieldOfAction')}>
                    {(w.fieldOfActionId && field.get(w.fieldOfActionId)) || t('conference.workshops.noFieldOfAction')}
                  </DescriptionItem>
                  <DescriptionItem term={t('conference.workshops.time')}>
                    {`${formatTime(w.slotStartsAt, i18n.language)}–${formatTime(w.slotEndsAt, i18n.language)}`}
                  </DescriptionItem>
                  <DescriptionItem term={t('conference.workshops.field.room')}>{w.room}</DescriptionItem>
                  <DescriptionItem term={t('conference.workshops.field.capacity')}>{w.capacity}</DescriptionItem>
                  {w.moderators.length > 0 && (
                    <DescriptionItem term={t('conference.join.moderators')}>
                      {w.moderators.map((m) => m.displayName).join(', ')}
                    </DescriptionItem>
                  )}
                  {moderates(w) && (
                    <>
                      <DescriptionItem term={t('conference.join.code')}>
                        <span className="conference-join-code">{w.joinCode}</span>
                      </DescriptionItem>
                      <DescriptionItem term={t('conference.join.url')}>
                        <span className="conference-join-url">{`${window.location.origin}/workshop/${w.joinCode}`}</span>
                      </DescriptionItem>
                    </>
                  )}
                </DescriptionList>
                {moderates(w) && (
                  <Link className="kern-link" to={`/workshop/board/${w.id}`}>
                    {t('conference.join.board')}
                    <HiddenContext>{w.title}</HiddenContext>
                  </Link>
                )}
                {coordinates && (
                  <ConflictBoundary reload={reload}>
                    {(reportConflict) => (
                      <Disclosure label={t('conference.workshops.edit', { title: w.title })}>
                        {(close) => (
                          <WorkshopForm
                            idPrefix={`workshop-${w.id}`}
                            initial={workshopDraftOf(w)}
                            conference={conference}
                            fieldsOfAction={fieldsOfAction}
                            submitLabel={t('common.save')}
                            save={async (draft) => {
                              const error = await attempt(
                                () =>
                                  update({ variables: { id: w.id, version: w.version, input: workshopInput(draft) } }),
                                reportConflict,
                              );
                              if (!error) close();
                              return error;
                            }}
                          />
                        )}
                      </Disclosure>
                    )}
                  </ConflictBoundary>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      {coordinates && (
        <Disclosure label={t('conference.workshops.add')}>
          {(close) => (
            <WorkshopForm
              idPrefix={`new-workshop-${conference.id}`}
              initial={newWorkshopDraft(conference)}
              conference={conference}
              fieldsOfAction={fieldsOfAction}
              submitLabel={t('conference.workshops.addSubmit')}
              save={async (draft) => {
                const error = await attempt(() =>
                  add({ variables: { conferenceId: conference.id, input: workshopInput(draft) } }),
                );
                if (!error) {
                  await reload();
                  close();
                }
                return error;
              }}
            />
          )}
        </Disclosure>
      )}
    </section>
  );
}
