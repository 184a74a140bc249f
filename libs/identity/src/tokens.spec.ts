import { hashPassword, hashToken, newToken, verifyPassword } from './tokens';

test('passwords are hashed with argon2id and verified', async () => {
  const hash = await hashPassword('correct horse battery');
  expect(hash).toMatch(/^\$argon2id\$/);
  expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
  expect(await verifyPassword(hash, 'correct horse battery!')).toBe(false);
  expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
});

test('tokens are random and only their SHA-256 is kept', () => {
  const a = newToken();
  const b = newToken();
  expect(a.token).not.toBe(b.token);
  expect(a.token.length).toBeGreaterThanOrEqual(43);
  expect(a.tokenHash).toBe(hashToken(a.token));
  expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
});
