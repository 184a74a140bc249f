import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConflictBoundary } from '../../../components/ConflictBoundary';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { Disclosure } from '../../../components/Disclosure';
import type { ConferencesQuery } from '../../../gql/graphql';
import { formatInstant, formatRange } from '../datetime';
import { UPDATE_CONFERENCE } from '../graphql';
import { conferenceDraftOf, conferenceFieldsInput } from '../model';
import { attempt } from '../../../components/form/attempt';
import { ConferenceForm } from './ConferenceForm';
import { Paragraphs } from './Paragraphs';

export type ConferenceData = ConferencesQuery['conferences'][number];

/** When, where, how many places, the registration window; coordinators change them here. */
export function ConferenceFacts({
  conference: c,
  coordinates,
  reload,
}: {
  conference: ConferenceData;
  coordinates: boolean;
  reload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [update] = useMutation(UPDATE_CONFERENCE);
  return (
    <>
      <DescriptionList>
        <DescriptionItem term={t('conference.public.when')}>
          {formatRange(c.startsAt, c.endsAt, language)}
        </DescriptionItem>
        <DescriptionItem term={t('conference.public.where')}>
          {[c.venue, c.address].filter(Boolean).join(', ')}
        </DescriptionItem>
        <DescriptionItem term={t('conference.field.capacity')}>{c.capacity}</DescriptionItem>
        <DescriptionItem term={t('conference.public.registration')}>
          {t('conference.window', {
            opens: formatInstant(c.registrationOpensAt, language),
            closes: formatInstant(c.registrationClosesAt, language),
          })}
        </DescriptionItem>
      </DescriptionList>
      {c.description && <Paragraphs text={c.description} />}
      {coordinates && (
        <ConflictBoundary reload={reload}>
          {(reportConflict) => (
            <Disclosure label={t('conference.edit')}>
              {(close) => (
                <ConferenceForm
                  idPrefix={`conference-${c.id}`}
                  initial={conferenceDraftOf(c)}
                  withPrivacyText={false}
                  submitLabel={t('common.save')}
                  save={async (draft) => {
                    const error = await attempt(
                      () =>
                        update({
                          variables: { input: { id: c.id, version: c.version, ...conferenceFieldsInput(draft) } },
                        }),
                      reportConflict,
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
        </ConflictBoundary>
      )}
    </>
  );
}
