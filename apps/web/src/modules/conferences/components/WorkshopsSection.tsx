import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConflictBoundary } from '../../../components/ConflictBoundary';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { Disclosure } from '../../../components/Disclosure';
import { formatTime } from '../datetime';
import { ADD_WORKSHOP, UPDATE_WORKSHOP } from '../graphql';
import { newWorkshopDraft, workshopDraftOf, workshopInput } from '../model';
import { attempt } from './attempt';
import type { ConferenceData } from './ConferenceFacts';
import { WorkshopForm, type FieldOfActionOption } from './WorkshopForm';

/** The workshops of the conference; coordinators add and change them. */
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
                </DescriptionList>
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
