import { useTranslation } from 'react-i18next';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import type { PublicConferenceQuery } from '../../../gql/graphql';
import { formatInstant, formatRange, formatTime } from '../datetime';
import { Paragraphs } from './Paragraphs';

export type PublicConferenceData = PublicConferenceQuery['publicConference'];

/** What, when, where, whether one can still register, and the workshops on offer. */
export function PublicFacts({ conference: c, now }: { conference: PublicConferenceData; now: Date }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const span = {
    opens: formatInstant(c.registrationOpensAt, language),
    closes: formatInstant(c.registrationClosesAt, language),
  };
  const registration = c.registrationOpen
    ? t('conference.public.open', span)
    : now < new Date(c.registrationOpensAt)
      ? t('conference.public.notYetOpen', span)
      : t('conference.public.closed', span);
  return (
    <>
      <DescriptionList>
        <DescriptionItem term={t('conference.public.when')}>
          {formatRange(c.startsAt, c.endsAt, language)}
        </DescriptionItem>
        <DescriptionItem term={t('conference.public.where')}>
          {c.venue}
          {c.address && (
            <>
              <br />
              {c.address}
            </>
          )}
        </DescriptionItem>
        <DescriptionItem term={t('conference.public.registration')}>{registration}</DescriptionItem>
        {c.registrationOpen && (
          <DescriptionItem term={t('conference.public.places')}>
            {c.placesLeft > 0 ? (
              t('conference.public.placesLeft', { count: c.placesLeft })
            ) : (
              <strong>{t('conference.public.fullyBooked')}</strong>
            )}
          </DescriptionItem>
        )}
      </DescriptionList>
      {c.description && <Paragraphs text={c.description} />}
      {c.workshops.length > 0 && (
        <section aria-labelledby="public-workshops">
          <h2 className="kern-heading-medium" id="public-workshops">
            {t('conference.public.workshops')}
          </h2>
          <ul className="conference-workshop-list">
            {c.workshops.map((w) => (
              <li key={w.id}>
                <span className="conference-workshop-list__title">{w.title}</span>
                <span className="kern-body kern-body--small">
                  {[
                    `${formatTime(w.slotStartsAt, language)}–${formatTime(w.slotEndsAt, language)}`,
                    w.room,
                    w.fieldOfAction,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
