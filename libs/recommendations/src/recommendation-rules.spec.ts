import { RecommendationAction as A, RecommendationStatus as S } from '@konzeptwerk/contracts';
import { availableActions, canEdit, canRead, checkMove, formatReference } from './recommendation-rules';

describe('recommendation lifecycle rules', () => {
  it('lets authors submit and withdraw, but not review', () => {
    expect(checkMove(S.DRAFT, A.SUBMIT, ['author'], null)).toEqual({ ok: true, to: S.SUBMITTED });
    expect(checkMove(S.SUBMITTED, A.WITHDRAW, ['author'], null)).toEqual({ ok: true, to: S.DRAFT });
    expect(checkMove(S.SUBMITTED, A.START_REVIEW, ['author'], null)).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(checkMove(S.IN_REVIEW, A.AGREE, ['author'], null)).toEqual({ ok: false, error: 'FORBIDDEN' });
  });

  it('walks the coordinator through review, feasibility check and agreement', () => {
    expect(checkMove(S.SUBMITTED, A.START_REVIEW, ['coordinator'], null)).toEqual({ ok: true, to: S.IN_REVIEW });
    expect(checkMove(S.IN_REVIEW, A.START_FEASIBILITY_CHECK, ['coordinator'], null)).toEqual({
      ok: true,
      to: S.FEASIBILITY_CHECK,
    });
    expect(checkMove(S.FEASIBILITY_CHECK, A.AGREE, ['coordinator'], null)).toEqual({ ok: true, to: S.AGREED });
    expect(checkMove(S.DRAFT, A.AGREE, ['coordinator'], null)).toEqual({
      ok: false,
      error: 'STATUS_TRANSITION_INVALID',
    });
  });

  it('requires a reason to reject, return or reopen', () => {
    expect(checkMove(S.IN_REVIEW, A.REJECT, ['coordinator'], '  ')).toEqual({ ok: false, error: 'REASON_REQUIRED' });
    expect(checkMove(S.IN_REVIEW, A.REJECT, ['coordinator'], 'Doppelt')).toEqual({ ok: true, to: S.NOT_ADOPTED });
    expect(checkMove(S.AGREED, A.REOPEN, ['coordinator'], null)).toEqual({ ok: false, error: 'REASON_REQUIRED' });
    expect(checkMove(S.IN_REVIEW, A.RETURN_TO_DRAFT, ['coordinator'], 'Bitte präzisieren')).toEqual({
      ok: true,
      to: S.DRAFT,
    });
  });

  it('never moves a merged recommendation', () => {
    for (const action of Object.values(A)) {
      expect(checkMove(S.MERGED, action, ['author', 'coordinator'], 'x').ok).toBe(false);
    }
    expect(canEdit(S.MERGED, ['coordinator'])).toBe(false);
  });

  it('lets authors edit until the feasibility check starts', () => {
    expect(canEdit(S.IN_REVIEW, ['author'])).toBe(true);
    expect(canEdit(S.FEASIBILITY_CHECK, ['author'])).toBe(false);
    expect(canEdit(S.AGREED, ['coordinator'])).toBe(true);
    expect(canEdit(S.DRAFT, [])).toBe(false);
  });

  it('keeps drafts private', () => {
    expect(canRead(S.DRAFT, [])).toBe(false);
    expect(canRead(S.DRAFT, ['author'])).toBe(true);
    expect(canRead(S.SUBMITTED, [])).toBe(true);
  });

  it('offers the actions a mover may take', () => {
    expect(availableActions(S.SUBMITTED, ['author'])).toEqual([A.WITHDRAW]);
    expect(availableActions(S.IN_REVIEW, ['coordinator']).sort()).toEqual(
      [A.AGREE, A.REJECT, A.RETURN_TO_DRAFT, A.START_FEASIBILITY_CHECK].sort(),
    );
  });

  it('formats references with two digits', () => {
    expect(formatReference('SB', 7)).toBe('SB-07');
    expect(formatReference('AA', 123)).toBe('AA-123');
  });
});
