import { de, en } from '../../i18n/messages';
import { actionNeedsReason, STATUS_ORDER, statusVariant, TIME_HORIZONS } from './labels';

describe('recommendation labels', () => {
  it('name every status of the lifecycle once, in both languages', () => {
    expect(new Set(STATUS_ORDER).size).toBe(STATUS_ORDER.length);
    for (const messages of [de, en]) {
      expect(Object.keys(messages.recommendations.status).sort()).toEqual([...STATUS_ORDER].sort());
      expect(Object.keys(messages.recommendations.timeHorizon).sort()).toEqual([...TIME_HORIZONS].sort());
    }
  });

  it('give the end states colours of their own and the open ones the neutral one', () => {
    expect(statusVariant('AGREED')).toBe('success');
    expect(statusVariant('NOT_ADOPTED')).toBe('danger');
    expect(statusVariant('IN_REVIEW')).toBe('warning');
    expect(statusVariant('DRAFT')).toBe('info');
    expect(statusVariant('MERGED')).toBe('info');
  });

  it('ask for a reason exactly where the API insists on one', () => {
    const actions = Object.keys(de.recommendations.action) as Parameters<typeof actionNeedsReason>[0][];
    expect(actions.filter(actionNeedsReason).sort()).toEqual(['REJECT', 'REOPEN', 'RETURN_TO_DRAFT']);
  });
});
