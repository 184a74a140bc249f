import type { AlertVariant } from '../../components/Alert';
import type { RecommendationAction, RecommendationStatus, TimeHorizon } from '../../gql/graphql';

/** The lifecycle in the order a recommendation moves through it; the board shows one column each. */
export const STATUS_ORDER: RecommendationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'FEASIBILITY_CHECK',
  'AGREED',
  'NOT_ADOPTED',
  'MERGED',
];

export const TIME_HORIZONS: TimeHorizon[] = ['SHORT', 'MEDIUM', 'LONG'];

/** The badge colour only repeats what the written status says. */
export function statusVariant(status: RecommendationStatus): AlertVariant {
  switch (status) {
    case 'AGREED':
      return 'success';
    case 'NOT_ADOPTED':
      return 'danger';
    case 'FEASIBILITY_CHECK':
    case 'IN_REVIEW':
      return 'warning';
    default:
      return 'info';
  }
}

/** Actions that need a reason the API insists on: not adopting, returning and reopening. */
export function actionNeedsReason(action: RecommendationAction): boolean {
  return action === 'REJECT' || action === 'RETURN_TO_DRAFT' || action === 'REOPEN';
}

export const statusKey = (status: RecommendationStatus) => `recommendations.status.${status}` as const;
export const actionKey = (action: RecommendationAction) => `recommendations.action.${action}` as const;
export const horizonKey = (horizon: TimeHorizon) => `recommendations.timeHorizon.${horizon}` as const;
