import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { RevisionRole } from '@konzeptwerk/contracts';
import { enqueueMail } from '@konzeptwerk/notifications';
import { Actor, DomainError, audit, normaliseEmail } from '@konzeptwerk/platform';
import {
  MAX_FAILURES_PER_CLIENT,
  MAX_FAILURES_PER_EMAIL,
  RESET_MINUTES,
  SESSION_DAYS,
  SIGN_IN_WINDOW_MINUTES,
} from './config';
import { Account, PasswordReset, Session, SignInFailure } from './identity.entities';
import { passwordResetMail } from './mails';
import { MIN_PASSWORD_LENGTH, dummyPasswordHash, hashPassword, hashToken, newToken, verifyPassword } from './tokens';

export interface SignedIn {
  token: string;
  account: Account;
  expiresAt: Date;
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

@Injectable()
export class AuthService {
  constructor(private readonly db: DataSource) {}

  /** Resolves the session cookie to an actor: two queries, whatever the number of roles. */
  async actorForToken(token: string | undefined): Promise<Actor> {
    if (!token) return Actor.anonymous();
    const rows = await this.db.query(
      `SELECT a.id, a.is_platform_admin
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    if (rows.length === 0) return Actor.anonymous();
    const accountId: string = rows[0].id;
    const grants: {
      kind: string;
      region_id: string;
      revision_id: string | null;
      role: RevisionRole | null;
      municipality_id: string | null;
      organisation_id: string | null;
    }[] = await this.db.query(
      `SELECT 'coordinator' AS kind, rc.region_id, NULL::uuid AS revision_id, NULL AS role,
                NULL::uuid AS municipality_id, NULL::uuid AS organisation_id
           FROM region_coordinator rc WHERE rc.account_id = $1
         UNION ALL
         SELECT 'member', r.region_id, m.revision_id, m.role::text, m.municipality_id, m.organisation_id
           FROM revision_membership m JOIN concept_revision r ON r.id = m.revision_id
          WHERE m.account_id = $1`,
      [accountId],
    );
    return new Actor(
      accountId,
      rows[0].is_platform_admin,
      new Set(grants.filter((g) => g.kind === 'coordinator').map((g) => g.region_id)),
      grants
        .filter((g) => g.kind === 'member')
        .map((g) => ({
          revisionId: g.revision_id as string,
          regionId: g.region_id,
          role: g.role as RevisionRole,
          municipalityId: g.municipality_id,
          organisationId: g.organisation_id,
        })),
    );
  }

  async account(id: string): Promise<Account> {
    return this.db.getRepository(Account).findOneByOrFail({ id });
  }

  /**
   * Checks e-mail and password. Failures are counted per e-mail and per client
   * address; past the limit every attempt is refused until the window passes.
   */
  async signIn(emailInput: string, password: string, clientKey: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    const since = minutesAgo(SIGN_IN_WINDOW_MINUTES);
    const failures = this.db.getRepository(SignInFailure);
    const [byEmail, byClient] = await Promise.all([
      failures.countBy({ emailKey: email, createdAt: MoreThan(since) }),
      failures.countBy({ clientKey, createdAt: MoreThan(since) }),
    ]);
    if (byEmail >= MAX_FAILURES_PER_EMAIL || byClient >= MAX_FAILURES_PER_CLIENT) {
      throw new DomainError('RATE_LIMITED', { minutes: SIGN_IN_WINDOW_MINUTES });
    }
    const account = await this.db.getRepository(Account).findOneBy({ email });
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !ok) {
      await failures.insert({ emailKey: email, clientKey });
      throw new DomainError('INVALID_CREDENTIALS');
    }
    return this.db.transaction(async (tx) => {
      await tx.delete(SignInFailure, { emailKey: email });
      await tx.delete(Session, { accountId: account.id, expiresAt: LessThan(new Date()) });
      return this.openSession(tx, account);
    });
  }

  async openSession(tx: DataSource['manager'], account: Account): Promise<SignedIn> {
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    await tx.insert(Session, { tokenHash, accountId: account.id, expiresAt });
    return { token, account, expiresAt };
  }

  async signOut(token: string | undefined): Promise<boolean> {
    if (token) await this.db.getRepository(Session).delete({ tokenHash: hashToken(token) });
    return true;
  }

  /** Always answers true, so the form does not reveal which addresses have an account. */
  async requestPasswordReset(emailInput: string): Promise<boolean> {
    let email: string;
    try {
      email = normaliseEmail(emailInput);
    } catch {
      return true;
    }
    await this.db.transaction(async (tx) => {
      const account = await tx.findOneBy(Account, { email });
      if (!account) return;
      const recent = await tx.countBy(PasswordReset, {
        accountId: account.id,
        createdAt: MoreThan(minutesAgo(RESET_MINUTES)),
      });
      if (recent >= 3) return;
      const { token, tokenHash } = newToken();
      await tx.insert(PasswordReset, {
        tokenHash,
        accountId: account.id,
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      });
      await enqueueMail(tx, { regionId: null, kind: 'password-reset', recipient: email, ...passwordResetMail(token) });
    });
    return true;
  }

  /** Sets the new password, uses the link up and signs out every other session. */
  async resetPassword(token: string, password: string): Promise<SignedIn> {
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (tx) => {
      const reset = await tx.findOne(PasswordReset, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || reset.usedAt || reset.expiresAt <= new Date()) throw new DomainError('TOKEN_INVALID');
      await tx.update(PasswordReset, { id: reset.id }, { usedAt: new Date() });
      await tx.update(Account, { id: reset.accountId }, { passwordHash });
      await tx.delete(Session, { accountId: reset.accountId });
      await audit(tx, {
        regionId: null,
        actorId: reset.accountId,
        action: 'account.password-reset',
        entityType: 'Account',
        entityId: reset.accountId,
      });
      const account = await tx.findOneByOrFail(Account, { id: reset.accountId });
      return this.openSession(tx, account);
    });
  }
}

export function checkPassword(password: string) {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) throw new DomainError('WEAK_PASSWORD');
  if (password.length > 512) throw new DomainError('WEAK_PASSWORD');
}
