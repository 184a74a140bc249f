import { hashToken } from '@konzeptwerk/identity';
import { seedFixtures, startTestApi, TEST_PASSWORD, type Fixtures, type TestApi } from '@konzeptwerk/testing';

let api: TestApi;
let f: Fixtures;
beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
});
afterAll(() => api?.close());

const SIGN_IN = 'mutation($e:String!,$p:String!){ signIn(email:$e,password:$p){ account { email displayName } } }';
const latestMail = async (recipient: string) =>
  (
    (await api.ds.query(
      `SELECT subject, text_body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
      [recipient],
    )) as { subject: string; text_body: string }[]
  )[0];
const tokenIn = (text: string, path: string) => new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(text)![1];

describe('sign-in', () => {
  test('sets an httpOnly SameSite session cookie and stores only argon2id hashes', async () => {
    const r = await api.gql(SIGN_IN, { e: 'PARTICIPANT@example.org ', p: TEST_PASSWORD });
    expect(r.errors).toBeUndefined();
    expect(r.data!.signIn.account.email).toBe('participant@example.org');
    const cookie = r.setCookie.find((c) => c.startsWith('kw_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const [{ password_hash }] = await api.ds.query(
      `SELECT password_hash FROM account WHERE email = 'participant@example.org'`,
    );
    expect(password_hash).toMatch(/^\$argon2id\$/);
    const token = cookie.split(';')[0].split('=')[1];
    const sessions = await api.ds.query(`SELECT token_hash FROM session WHERE token_hash = $1`, [hashToken(token)]);
    expect(sessions).toHaveLength(1);
  });

  test('a wrong password is refused with a message in the language asked for', async () => {
    const de = await api.gql(SIGN_IN, { e: f.accounts.observer.email, p: 'wrong-password' });
    expect(de.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(de.errors![0].message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    const en = await api.gql(
      SIGN_IN,
      { e: f.accounts.observer.email, p: 'wrong-password' },
      { headers: { 'accept-language': 'en-GB,en;q=0.9' } },
    );
    expect(en.errors![0].message).toBe('The e-mail address or password is wrong.');
    const unknown = await api.gql(SIGN_IN, { e: 'nobody@example.org', p: 'wrong-password' });
    expect(unknown.errors![0].message).toBe(de.errors![0].message);
  });

  test('is rate limited per e-mail after five failures, even with the right password', async () => {
    const email = f.accounts.implementer.email;
    for (let i = 0; i < 5; i++) {
      const r = await api.gql(SIGN_IN, { e: email, p: `wrong-${i}` });
      expect(r.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await api.gql(SIGN_IN, { e: email, p: TEST_PASSWORD });
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(blocked.errors![0].message).toContain('15 Minuten');
    await api.ds.query(`DELETE FROM sign_in_failure`);
  });

  test('sign-out ends the session', async () => {
    const cookie = await api.signIn(f.accounts.reviewer.email);
    expect((await api.gql('{ me { account { id } } }', {}, { cookie })).data!.me).not.toBeNull();
    const out = await api.gql('mutation { signOut }', {}, { cookie });
    expect(out.setCookie.join()).toMatch(/kw_session=;/);
    expect((await api.gql('{ me { account { id } } }', {}, { cookie })).data!.me).toBeNull();
  });
});

describe('password reset', () => {
  test('sends a single-use link that sets the password and signs out other sessions', async () => {
    const email = f.accounts.observer.email;
    const oldSession = await api.signIn(email);
    expect((await api.gql(`mutation { requestPasswordReset(email: "${email}") }`)).data!.requestPasswordReset).toBe(
      true,
    );
    const mail = await latestMail(email);
    expect(mail.subject).toContain('Passwort');
    const token = tokenIn(mail.text_body, 'passwort-zuruecksetzen');
    const reset = 'mutation($t:String!,$p:String!){ resetPassword(token:$t, password:$p){ account { email } } }';
    const weak = await api.gql(reset, { t: token, p: 'short' });
    expect(weak.errors![0].extensions!.code).toBe('WEAK_PASSWORD');
    const ok = await api.gql(reset, { t: token, p: 'a-new-long-password' });
    expect(ok.errors).toBeUndefined();
    expect((await api.gql('{ me { account { id } } }', {}, { cookie: oldSession })).data!.me).toBeNull();
    expect((await api.gql(SIGN_IN, { e: email, p: 'a-new-long-password' })).errors).toBeUndefined();
    const again = await api.gql(reset, { t: token, p: 'another-long-password' });
    expect(again.errors![0].extensions!.code).toBe('TOKEN_INVALID');
  });

  test('answers the same for unknown addresses and sends nothing', async () => {
    const before = await api.ds.query(`SELECT count(*)::int AS n FROM outbox_message`);
    const r = await api.gql(`mutation { requestPasswordReset(email: "ghost@example.org") }`);
    expect(r.data!.requestPasswordReset).toBe(true);
    expect(await api.ds.query(`SELECT count(*)::int AS n FROM outbox_message`)).toEqual(before);
  });
});

describe('invitations', () => {
  const INVITE = 'mutation($i:InviteMemberInput!){ inviteMember(input:$i){ id email role expiresAt } }';
  const ACCEPT =
    'mutation($i:AcceptInvitationInput!){ acceptInvitation(input:$i){ account { email displayName } memberships { revisionId role municipalityId } } }';

  test('a coordinator invites a municipal reviewer, who accepts once and gets an account bound to the municipality', async () => {
    const coordinator = await api.signIn(f.accounts.coordinatorA.email);
    const missingMunicipality = await api.gql(
      INVITE,
      { i: { revisionId: f.revisionA, email: 'pruefung@rheda.example', role: 'MUNICIPAL_REVIEWER' } },
      { cookie: coordinator },
    );
    expect(missingMunicipality.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    const foreignMunicipality = await api.gql(
      INVITE,
      {
        i: {
          revisionId: f.revisionA,
          email: 'pruefung@rheda.example',
          role: 'MUNICIPAL_REVIEWER',
          municipalityId: f.municipalityB,
        },
      },
      { cookie: coordinator },
    );
    expect(foreignMunicipality.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    const invited = await api.gql(
      INVITE,
      {
        i: {
          revisionId: f.revisionA,
          email: 'Pruefung@Rheda.example',
          role: 'MUNICIPAL_REVIEWER',
          municipalityId: f.municipalityA,
        },
      },
      { cookie: coordinator },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteMember.email).toBe('pruefung@rheda.example');

    const mail = await latestMail('pruefung@rheda.example');
    expect(mail.subject).toContain('Fortschreibung 2026');
    expect(mail.text_body).toContain('Prüfung für die Kommune');
    const token = tokenIn(mail.text_body, 'einladung');
    const preview = await api.gql(
      'query($t:String!){ invitation(token:$t){ email role regionName revisionTitle municipalityName accountExists } }',
      { t: token },
    );
    expect(preview.data!.invitation).toEqual({
      email: 'pruefung@rheda.example',
      role: 'MUNICIPAL_REVIEWER',
      regionName: 'Kreis Gütersloh',
      revisionTitle: 'Fortschreibung 2026',
      municipalityName: 'Rheda-Wiedenbrück',
      accountExists: false,
    });

    const accepted = await api.gql(ACCEPT, {
      i: { token, displayName: 'Petra Prüfung', password: 'reviewer-password-1' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.memberships).toEqual([
      { revisionId: f.revisionA, role: 'MUNICIPAL_REVIEWER', municipalityId: f.municipalityA },
    ]);
    const cookie = accepted.setCookie.find((c) => c.startsWith('kw_session='))!.split(';')[0];
    const visible = await api.gql('query($id:ID!){ revision(id:$id){ title } }', { id: f.revisionA }, { cookie });
    expect(visible.data!.revision.title).toBe('Fortschreibung 2026');

    const reuse = await api.gql(ACCEPT, { i: { token, displayName: 'Someone Else', password: 'another-password-1' } });
    expect(reuse.errors![0].extensions!.code).toBe('TOKEN_INVALID');
    const members = await api.gql(
      'query($id:ID!){ members(revisionId:$id){ email role municipalityName } }',
      { id: f.revisionA },
      { cookie: coordinator },
    );
    expect(members.data!.members).toContainEqual({
      email: 'pruefung@rheda.example',
      role: 'MUNICIPAL_REVIEWER',
      municipalityName: 'Rheda-Wiedenbrück',
    });
    const log = await api.gql(
      'query($id:ID){ auditLog(revisionId:$id){ entries { action actorName } } }',
      { id: f.revisionA },
      { cookie: coordinator },
    );
    expect(log.data!.auditLog.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['invitation.sent', 'invitation.accepted']),
    );
  });

  test('an expired or revoked invitation cannot be accepted, and nothing is created', async () => {
    const coordinator = await api.signIn(f.accounts.coordinatorA.email);
    await api.gql(
      INVITE,
      { i: { revisionId: f.revisionA, email: 'late@example.org', role: 'PARTICIPANT' } },
      { cookie: coordinator },
    );
    const token = tokenIn((await latestMail('late@example.org')).text_body, 'einladung');
    await api.ds.query(
      `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'`,
    );
    const expired = await api.gql(ACCEPT, { i: { token, displayName: 'Late', password: 'late-password-1' } });
    expect(expired.errors![0].extensions!.code).toBe('TOKEN_INVALID');
    expect(await api.ds.query(`SELECT id FROM account WHERE email = 'late@example.org'`)).toHaveLength(0);

    const sent = await api.gql(
      INVITE,
      { i: { revisionId: f.revisionA, email: 'revoked@example.org', role: 'OBSERVER' } },
      { cookie: coordinator },
    );
    const token2 = tokenIn((await latestMail('revoked@example.org')).text_body, 'einladung');
    await api.gql(
      'mutation($id:ID!){ revokeInvitation(id:$id){ revokedAt } }',
      { id: sent.data!.inviteMember.id },
      { cookie: coordinator },
    );
    const revoked = await api.gql(ACCEPT, { i: { token: token2, displayName: 'R', password: 'revoked-password-1' } });
    expect(revoked.errors![0].extensions!.code).toBe('TOKEN_INVALID');
  });

  test('an existing account accepts with its own password and gains the role', async () => {
    const coordinator = await api.signIn(f.accounts.coordinatorA.email);
    await api.gql(
      INVITE,
      {
        i: {
          revisionId: f.revisionA,
          email: f.accounts.outsider.email,
          role: 'IMPLEMENTING_ACTOR',
          organisationId: f.organisationA,
        },
      },
      { cookie: coordinator },
    );
    const token = tokenIn((await latestMail(f.accounts.outsider.email)).text_body, 'einladung');
    const wrong = await api.gql(ACCEPT, { i: { token, password: 'not-the-password' } });
    expect(wrong.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    const ok = await api.gql(ACCEPT, { i: { token, password: TEST_PASSWORD } });
    expect(ok.data!.acceptInvitation.memberships).toEqual([
      { revisionId: f.revisionA, role: 'IMPLEMENTING_ACTOR', municipalityId: null },
    ]);
  });

  test('an admin appoints a coordinator who then sees the region', async () => {
    const admin = await api.signIn(f.accounts.admin.email);
    const r = await api.gql(
      'mutation($r:ID!){ inviteCoordinator(regionId:$r, email:"neu@kreis-herford.example"){ role } }',
      { r: f.regionB },
      { cookie: admin },
    );
    expect(r.data!.inviteCoordinator.role).toBe('COORDINATOR');
    const token = tokenIn((await latestMail('neu@kreis-herford.example')).text_body, 'einladung');
    const accepted = await api.gql(ACCEPT, {
      i: { token, displayName: 'Neue Koordination', password: 'coordinator-password-1' },
    });
    const cookie = accepted.setCookie.find((c) => c.startsWith('kw_session='))!.split(';')[0];
    const regions = await api.gql('{ regions { name } me { coordinatorRegionIds } }', {}, { cookie });
    expect(regions.data!.regions).toEqual([{ name: 'Kreis Herford' }]);
    expect(regions.data!.me.coordinatorRegionIds).toEqual([f.regionB]);
  });
});
