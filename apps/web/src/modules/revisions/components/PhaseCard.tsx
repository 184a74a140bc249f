import { useTranslation } from 'react-i18next';
import type { AlertVariant } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ConflictBoundary } from '../../../components/ConflictBoundary';
import { DescriptionItem, DescriptionList } from '../../../components/DescriptionList';
import { HiddenContext } from '../../../components/HiddenContext';
import { StatusBadge } from '../../../components/StatusBadge';
import type { PhaseFieldsFragment, PhaseState } from '../../../gql/graphql';
import { formatDateTime, formatDay } from '../../../lib/format';
import { PlanPhaseForm } from './PlanPhaseForm';

export type PhaseAction = 'activate' | 'close' | 'reopen';

/** The one transition each state allows (the server checks the order of phases). */
const NEXT_ACTION: Record<PhaseState, PhaseAction> = { PLANNED: 'activate', ACTIVE: 'close', CLOSED: 'reopen' };

const STATE_BADGE: Record<PhaseState, AlertVariant> = { PLANNED: 'info', ACTIVE: 'success', CLOSED: 'warning' };

export function PhaseCard({
  phase,
  canManage,
  onAction,
  reload,
}: {
  phase: PhaseFieldsFragment;
  canManage: boolean;
  onAction: (phase: PhaseFieldsFragment, action: PhaseAction) => void;
  reload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const name = t(`phase.kind.${phase.kind}`);
  const headingId = `phase-${phase.id}`;
  const action = NEXT_ACTION[phase.state];

  return (
    <section className="app-panel app-phase" aria-labelledby={headingId}>
      <div className="app-phase__head">
        <h2 className="kern-heading-medium" id={headingId}>
          {phase.position}. {name}
        </h2>
        <StatusBadge variant={STATE_BADGE[phase.state]} label={t(`phase.state.${phase.state}`)} />
      </div>
      {(!canManage || phase.activatedAt) && (
        <DescriptionList>
          {/* Coordinators see the planned dates in the form below. */}
          {!canManage && (
            <>
              <DescriptionItem term={t('phase.plannedStart')}>
                {phase.plannedStart ? formatDay(phase.plannedStart, language) : t('phase.notSet')}
              </DescriptionItem>
              <DescriptionItem term={t('phase.plannedEnd')}>
                {phase.plannedEnd ? formatDay(phase.plannedEnd, language) : t('phase.notSet')}
              </DescriptionItem>
            </>
          )}
          {phase.activatedAt && (
            <DescriptionItem term={t('phase.activatedAt')}>
              {formatDateTime(phase.activatedAt, language)}
            </DescriptionItem>
          )}
          {phase.closedAt && (
            <DescriptionItem term={t('phase.closedAt')}>{formatDateTime(phase.closedAt, language)}</DescriptionItem>
          )}
        </DescriptionList>
      )}
      {canManage && (
        <>
          <h3 className="kern-heading-small">{t('phases.planTitle')}</h3>
          <ConflictBoundary reload={reload}>
            {(onConflict) => <PlanPhaseForm phase={phase} onConflict={onConflict} />}
          </ConflictBoundary>
          <div className="app-actions">
            <Button variant={action === 'reopen' ? 'secondary' : 'primary'} onClick={() => onAction(phase, action)}>
              {t(`phases.action.${action}`)}
              <HiddenContext>{name}</HiddenContext>
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
