import { useTranslation } from 'react-i18next';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import type { WegweiserQuery } from '../../../gql/graphql';
import { formatDay } from '../../../lib/format';
import { languageName, telHref, websiteHref, WHOLE_REGION } from '../model';

type PublicOffer = WegweiserQuery['wegweiser'][number];

/** One offer of the public Wegweiser, with everything needed to get in touch. */
export function OfferCard({ offer }: { offer: PublicOffer }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = `angebot-${offer.id}`;
  const places = offer.municipalities.map((m) => (m === WHOLE_REGION ? t('offers.wholeRegion') : m));
  return (
    <article className="offers-card" aria-labelledby={headingId}>
      <p className="kern-preline">{t(`offers.kind.${offer.kind}`)}</p>
      <h3 className="kern-heading-small" id={headingId}>
        {offer.title}
      </h3>
      {offer.description && <p className="kern-body">{offer.description}</p>}
      <DescriptionList>
        <DescriptionItem term={t('offers.public.provider')}>{offer.provider}</DescriptionItem>
        <DescriptionItem term={t('offers.public.places')}>{places.join(', ')}</DescriptionItem>
        {offer.fieldsOfAction.length > 0 && (
          <DescriptionItem term={t('offers.public.topics')}>{offer.fieldsOfAction.join(', ')}</DescriptionItem>
        )}
        {offer.targetGroups.length > 0 && (
          <DescriptionItem term={t('offers.public.targetGroups')}>{offer.targetGroups.join(', ')}</DescriptionItem>
        )}
        <DescriptionItem term={t('offers.public.languages')}>
          {offer.languages.map((l) => languageName(l, language)).join(', ')}
        </DescriptionItem>
        {offer.accessibility && (
          <DescriptionItem term={t('offers.public.accessibility')}>{offer.accessibility}</DescriptionItem>
        )}
        {(offer.contactEmail || offer.contactPhone) && (
          <DescriptionItem term={t('offers.public.contact')}>
            <ul className="offers-plain-list">
              {offer.contactEmail && (
                <li>
                  <a className="kern-link" href={`mailto:${offer.contactEmail}`}>
                    {t('offers.public.email', { address: offer.contactEmail })}
                  </a>
                </li>
              )}
              {offer.contactPhone && (
                <li>
                  <a className="kern-link" href={telHref(offer.contactPhone)}>
                    {t('offers.public.phone', { number: offer.contactPhone })}
                  </a>
                </li>
              )}
            </ul>
          </DescriptionItem>
        )}
        {offer.address && <DescriptionItem term={t('offers.public.address')}>{offer.address}</DescriptionItem>}
        {offer.website && (
          <DescriptionItem term={t('offers.form.website')}>
            <a className="kern-link" href={websiteHref(offer.website)} rel="noopener noreferrer">
              {t('offers.public.website', { title: offer.title })}
            </a>
          </DescriptionItem>
        )}
      </DescriptionList>
      <p className="kern-body kern-body--small offers-confirmed">
        {t('offers.public.confirmed', { date: formatDay(offer.confirmedAt.slice(0, 10), language) })}
      </p>
    </article>
  );
}
