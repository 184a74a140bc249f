import { isPermanentRejection, outboxMessageId } from '../mailer';

test('the Message-ID follows from the outbox id', () => {
  expect(outboxMessageId('3f1c2a4e-0b7d-4c55-9e1a-2d6f8b9c0a11')).toBe(
    '<outbox-3f1c2a4e-0b7d-4c55-9e1a-2d6f8b9c0a11@konzeptwerk>',
  );
});

describe('a permanent rejection', () => {
  test('is a recipient refused with 5xx', () => {
    expect(
      isPermanentRejection(Object.assign(new Error('550 No such user'), { code: 'EENVELOPE', responseCode: 550 })),
    ).toBe(true);
  });

  test('is not a temporary refusal, a refused login or a network error', () => {
    expect(isPermanentRejection(Object.assign(new Error('451'), { code: 'EENVELOPE', responseCode: 451 }))).toBe(false);
    expect(isPermanentRejection(Object.assign(new Error('535'), { code: 'EAUTH', responseCode: 535 }))).toBe(false);
    expect(isPermanentRejection(Object.assign(new Error('refused'), { code: 'ECONNECTION' }))).toBe(false);
    expect(isPermanentRejection('550')).toBe(false);
  });
});
