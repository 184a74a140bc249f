import { useTranslation } from 'react-i18next';
import { DescriptionItem, DescriptionList } from '../../../../components/DescriptionList';
import type { RecommendationContentFragment } from '../../../../gql/graphql';
import { horizonKey } from '../../labels';

/**
 * The rationale as the server stored it. It is rendered as HTML only because
 * the API sanitizes every rationale on saving (sanitize-html with a short
 * allow-list: paragraphs, emphasis, lists, absolute links); nothing else is
 * ever passed in here.
 */
export function RationaleView({ html }: { html: string }) {
  const { t } = useTranslation();
  if (!html.trim()) return <p className="kern-body kern-body--muted">{t('recommendation.noRationale')}</p>;
  return <div className="kern-body workbench-rich-text" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Field of action, target groups, municipalities, organisations, time horizon, resources and indicators. */
export function RecommendationFacts({ rec }: { rec: RecommendationContentFragment }) {
  const { t } = useTranslation();
  const none = t('recommendation.none');
  const names = (list: readonly { name: string }[]) => list.map((x) => x.name).join(', ') || none;
  return (
    <DescriptionList>
      <DescriptionItem term={t('recommendation.field.fieldOfAction')}>
        {rec.fieldOfAction.code} – {rec.fieldOfAction.title}
      </DescriptionItem>
      <DescriptionItem term={t('recommendation.field.targetGroups')}>{names(rec.targetGroups)}</DescriptionItem>
      <DescriptionItem term={t('recommendation.field.municipalities')}>
        {rec.allMunicipalities ? t('recommendation.form.allMunicipalities') : names(rec.municipalities)}
      </DescriptionItem>
      <DescriptionItem term={t('recommendation.field.organisations')}>{names(rec.organisations)}</DescriptionItem>
      <DescriptionItem term={t('recommendation.field.timeHorizon')}>
        {rec.timeHorizon ? t(horizonKey(rec.timeHorizon)) : t('recommendation.form.horizonOpen')}
      </DescriptionItem>
      <DescriptionItem term={t('recommendation.field.resources')}>
        <span className="workbench-pre">{rec.resources || none}</span>
      </DescriptionItem>
      <DescriptionItem term={t('recommendation.field.indicators')}>
        <span className="workbench-pre">{rec.indicators || none}</span>
      </DescriptionItem>
    </DescriptionList>
  );
}
