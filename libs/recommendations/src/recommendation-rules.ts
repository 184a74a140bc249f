import { RecommendationAction, RecommendationStatus as S } from '@konzeptwerk/contracts';

/** Who moves a recommendation: its authors, or the coordinators of the region. */
export type Mover = 'author' | 'coordinator';

interface Move {
  from: readonly S[];
  to: S;
  by: readonly Mover[];
  reasonRequired: boolean;
}

/** The lifecycle: DRAFT → SUBMITTED → IN_REVIEW → FEASIBILITY_CHECK → AGREED, or NOT_ADOPTED; MERGED by a merge. */
export const MOVES: Record<RecommendationAction, Move> = {
  SUBMIT: { from: [S.DRAFT], to: S.SUBMITTED, by: ['author', 'coordinator'], reasonRequired: false },
  WITHDRAW: { from: [S.SUBMITTED], to: S.DRAFT, by: ['author'], reasonRequired: false },
  START_REVIEW: { from: [S.SUBMITTED], to: S.IN_REVIEW, by: ['coordinator'], reasonRequired: false },
  RETURN_TO_DRAFT: {
    from: [S.SUBMITTED, S.IN_REVIEW, S.FEASIBILITY_CHECK],
    to: S.DRAFT,
    by: ['coordinator'],
    reasonRequired: true,
  },
  START_FEASIBILITY_CHECK: { from: [S.IN_REVIEW], to: S.FEASIBILITY_CHECK, by: ['coordinator'], reasonRequired: false },
  AGREE: { from: [S.IN_REVIEW, S.FEASIBILITY_CHECK], to: S.AGREED, by: ['coordinator'], reasonRequired: false },
  REJECT: {
    from: [S.SUBMITTED, S.IN_REVIEW, S.FEASIBILITY_CHECK],
    to: S.NOT_ADOPTED,
    by: ['coordinator'],
    reasonRequired: true,
  },
  REOPEN: { from: [S.AGREED, S.NOT_ADOPTED], to: S.IN_REVIEW, by: ['coordinator'], reasonRequired: true },
};

/** Statuses whose recommendations may be merged into a new one. */
export const MERGEABLE: readonly S[] = [S.SUBMITTED, S.IN_REVIEW, S.FEASIBILITY_CHECK];

export type MoveCheck =
  { ok: true; to: S } | { ok: false; error: 'FORBIDDEN' | 'STATUS_TRANSITION_INVALID' | 'REASON_REQUIRED' };

/** Pure rule: may `movers` apply `action` to a recommendation in `status`? Authority is checked before state. */
export function checkMove(
  status: S,
  action: RecommendationAction,
  movers: readonly Mover[],
  reason: string | null,
): MoveCheck {
  const move = MOVES[action];
  if (!move.by.some((m) => movers.includes(m))) return { ok: false, error: 'FORBIDDEN' };
  if (!move.from.includes(status)) return { ok: false, error: 'STATUS_TRANSITION_INVALID' };
  if (move.reasonRequired && !reason?.trim()) return { ok: false, error: 'REASON_REQUIRED' };
  return { ok: true, to: move.to };
}

/** Authors refine their text until the check with the implementing actors starts; coordinators until it is merged. */
export function canEdit(status: S, movers: readonly Mover[]): boolean {
  if (movers.includes('coordinator')) return status !== S.MERGED;
  if (movers.includes('author')) return status === S.DRAFT || status === S.SUBMITTED || status === S.IN_REVIEW;
  return false;
}

/** Drafts are private to their authors and the coordinators; everything else is visible to the revision. */
export function canRead(status: S, movers: readonly Mover[]): boolean {
  return status !== S.DRAFT || movers.length > 0;
}

/** Comments and supports belong to the open discussion: not on drafts, not once merged. */
export function isOpenForDiscussion(status: S): boolean {
  return status !== S.DRAFT && status !== S.MERGED;
}

/** Actions offered to these movers in this status (for the interface). */
export function availableActions(status: S, movers: readonly Mover[]): RecommendationAction[] {
  return (Object.keys(MOVES) as RecommendationAction[]).filter((a) => {
    const move = MOVES[a];
    return move.from.includes(status) && move.by.some((m) => movers.includes(m));
  });
}

/** `SB-07`: the field's code and a two-digit running number. */
export function formatReference(code: string, number: number): string {
  return `${code}-${String(number).padStart(2, '0')}`;
}
