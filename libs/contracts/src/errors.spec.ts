import { ERROR_MESSAGES, formatErrorMessage } from './errors';

test('every error code has a German and an English message with the same placeholders', () => {
  for (const [code, messages] of Object.entries(ERROR_MESSAGES)) {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect({ code, de: placeholders(messages.de) }).toEqual({ code, de: placeholders(messages.en) });
    expect(messages.de).not.toBe('');
    expect(messages.en).not.toBe('');
  }
});

test('parameters are filled in per language', () => {
  const params = {
    phase: { de: 'Integrationskonferenz', en: 'Integration conference' },
    previous: { de: 'Bestandsaufnahme', en: 'Inventory' },
  };
  expect(formatErrorMessage('PHASE_ORDER_VIOLATED', 'de', params)).toBe(
    'Die Phase „Integrationskonferenz“ kann erst beginnen, wenn die Phase „Bestandsaufnahme“ begonnen hat.',
  );
  expect(formatErrorMessage('PHASE_ORDER_VIOLATED', 'en', params)).toBe(
    'The phase “Integration conference” can only start once the phase “Inventory” has started.',
  );
  expect(formatErrorMessage('RATE_LIMITED', 'en', { minutes: 15 })).toContain('wait 15 minutes');
});
