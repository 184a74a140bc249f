import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { InvitationRole, RevisionRole } from '@konzeptwerk/contracts';
import { enqueueMail } from '@konzeptwerk/notifications';
import {
  Actor,
  DomainError,
  audit,
  forbidden,
  invalid,
  isUuid,
  normaliseEmail,
  notFound,
  requiredText,
} from '@konzeptwerk/platform';
import { Municipality, Organisation, Region } from '@konzeptwerk/regions';
import { ConceptRevision } from '@konzeptwerk/revisions';
import { INVITATION_DAYS } from './config';
import { AuthService, checkPassword, type SignedIn } from './auth.service';
import { Account, Invitation, RegionCoordinator, RevisionMembership } from './identity.entities';
import { invitationMail } from './mails';
import { hashPassword, hashToken, newToken, verifyPassword } from './tokens';

interface InviteMemberData {
  revisionId: string;
  email: string;
  role: InvitationRole;
  municipalityId?: string | null;
  organisationId?: string | null;
}

interface InvitationPreviewData {
  email: string;
  role: InvitationRole;
  regionName: string;
  revisionTitle: string | null;
  municipalityName: string | null;
  organisationName: string | null;
  expiresAt: Date;
  accountExists: boolean;
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly db: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** A platform admin appoints a coordinator of a region by invitation. */
  async inviteCoordinator(actor: Actor, regionId: string, emailInput: string): Promise<Invitation> {
    actor.requireUser();
    if (!actor.isPlatformAdmin) throw forbidden();
    const email = normaliseEmail(emailInput);
    return this.db.transaction(async (tx) => {
      if (!isUuid(regionId)) throw notFound();
      const region = await tx.findOneBy(Region, { id: regionId });
      if (!region) throw notFound();
      return this.createInvitation(tx, actor, { email, role: InvitationRole.COORDINATOR, region, revision: null });
    });
  }

  /** A coordinator invites a person into a revision in one of the per-revision roles. */
  async inviteMember(actor: Actor, input: InviteMemberData): Promise<Invitation> {
    actor.requireUser();
    if (input.role === InvitationRole.COORDINATOR)
      throw invalid('role: coordinators are appointed by a platform admin');
    const email = normaliseEmail(input.email);
    return this.db.transaction(async (tx) => {
      const revision = isUuid(input.revisionId) ? await tx.findOneBy(ConceptRevision, { id: input.revisionId }) : null;
      if (!revision || !actor.canSeeRevision(revision.id, revision.regionId)) throw notFound();
      if (!actor.isCoordinatorOf(revision.regionId)) throw forbidden();
      const region = await tx.findOneByOrFail(Region, { id: revision.regionId });
      let municipality: Municipality | null = null;
      let organisation: Organisation | null = null;
      if (input.role === InvitationRole.MUNICIPAL_REVIEWER) {
        municipality = isUuid(input.municipalityId)
          ? await tx.findOneBy(Municipality, { id: input.municipalityId, regionId: region.id })
          : null;
        if (!municipality) throw invalid('municipalityId: a municipal reviewer needs a municipality of the region');
      }
      if (input.role === InvitationRole.IMPLEMENTING_ACTOR) {
        organisation = isUuid(input.organisationId)
          ? await tx.findOneBy(Organisation, { id: input.organisationId, regionId: region.id })
          : null;
        if (!organisation) throw invalid('organisationId: an implementing actor needs an organisation of the region');
      }
      return this.createInvitation(tx, actor, {
        email,
        role: input.role,
        region,
        revision,
        municipality,
        organisation,
      });
    });
  }

  private async createInvitation(
    tx: EntityManager,
    actor: Actor,
    opts: {
      email: string;
      role: InvitationRole;
      region: Region;
      revision: ConceptRevision | null;
      municipality?: Municipality | null;
      organisation?: Organisation | null;
    },
  ): Promise<Invitation> {
    const inviter = await tx.findOneByOrFail(Account, { id: actor.userId as string });
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    const invitation = await tx.save(
      tx.create(Invitation, {
        tokenHash,
        email: opts.email,
        role: opts.role,
        regionId: opts.region.id,
        revisionId: opts.revision?.id ?? null,
        municipalityId: opts.municipality?.id ?? null,
        organisationId: opts.organisation?.id ?? null,
        invitedById: inviter.id,
        expiresAt,
        acceptedAt: null,
        revokedAt: null,
      }),
    );
    await enqueueMail(tx, {
      regionId: opts.region.id,
      kind: 'invitation',
      recipient: opts.email,
      ...invitationMail({
        token,
        role: opts.role,
        regionName: opts.region.name,
        revisionTitle: opts.revision?.title ?? null,
        inviterName: inviter.displayName,
        expiresAt,
      }),
    });
    await audit(tx, {
      regionId: opts.region.id,
      revisionId: opts.revision?.id ?? null,
      actorId: actor.userId,
      action: 'invitation.sent',
      entityType: 'Invitation',
      entityId: invitation.id,
      after: {
        email: opts.email,
        role: opts.role,
        municipality: opts.municipality?.name ?? null,
        organisation: opts.organisation?.name ?? null,
      },
    });
    return invitation;
  }

  /** What the invitation page shows before the person accepts; anyone holding the link may read it. */
  async preview(token: string): Promise<InvitationPreviewData> {
    const invitation = await this.db.getRepository(Invitation).findOne({
      where: { tokenHash: hashToken(token ?? '') },
      relations: { region: true, revision: true, municipality: true, organisation: true },
    });
    if (!invitation || !isOpen(invitation)) throw new DomainError('TOKEN_INVALID');
    const accountExists = (await this.db.getRepository(Account).countBy({ email: invitation.email })) > 0;
    return {
      email: invitation.email,
      role: invitation.role,
      regionName: invitation.region!.name,
      revisionTitle: invitation.revision?.title ?? null,
      municipalityName: invitation.municipality?.name ?? null,
      organisationName: invitation.organisation?.name ?? null,
      expiresAt: invitation.expiresAt,
      accountExists,
    };
  }

  /**
   * Accepts the invitation: creates the account (or, when one exists for the
   * address, checks its password), grants the role and signs the person in.
   * The link works once.
   */
  async accept(token: string, displayNameInput: string | null | undefined, password: string): Promise<SignedIn> {
    const passwordHash = await hashPassword(password ?? '');
    return this.db.transaction(async (tx) => {
      const invitation = await tx.findOne(Invitation, {
        where: { tokenHash: hashToken(token ?? '') },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || !isOpen(invitation)) throw new DomainError('TOKEN_INVALID');
      let account = await tx.findOneBy(Account, { email: invitation.email });
      if (account) {
        if (!(await verifyPassword(account.passwordHash, password ?? ''))) throw new DomainError('INVALID_CREDENTIALS');
      } else {
        checkPassword(password);
        const displayName = requiredText(displayNameInput, 'displayName', 200);
        account = await tx.save(
          tx.create(Account, {
            email: invitation.email,
            displayName,
            passwordHash,
            isPlatformAdmin: false,
            locale: 'de',
          }),
        );
        await audit(tx, {
          regionId: invitation.regionId,
          actorId: account.id,
          action: 'account.created',
          entityType: 'Account',
          entityId: account.id,
          after: { email: account.email, displayName },
        });
      }
      if (invitation.role === InvitationRole.COORDINATOR) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(RegionCoordinator)
          .values({ regionId: invitation.regionId, accountId: account.id })
          .orIgnore()
          .execute();
      } else {
        await tx
          .createQueryBuilder()
          .insert()
          .into(RevisionMembership)
          .values({
            revisionId: invitation.revisionId as string,
            accountId: account.id,
            role: invitation.role as unknown as RevisionRole,
            municipalityId: invitation.municipalityId,
            organisationId: invitation.organisationId,
          })
          .orIgnore()
          .execute();
      }
      await tx.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      await audit(tx, {
        regionId: invitation.regionId,
        revisionId: invitation.revisionId,
        actorId: account.id,
        action: 'invitation.accepted',
        entityType: 'Invitation',
        entityId: invitation.id,
        after: { email: invitation.email, role: invitation.role },
      });
      return this.auth.openSession(tx, account);
    });
  }

  async revoke(actor: Actor, id: string): Promise<Invitation> {
    actor.requireUser();
    if (!isUuid(id)) throw notFound();
    return this.db.transaction(async (tx) => {
      const invitation = await tx.findOne(Invitation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || !actor.canSeeRegion(invitation.regionId)) throw notFound();
      const allowed =
        invitation.role === InvitationRole.COORDINATOR
          ? actor.isPlatformAdmin
          : actor.isCoordinatorOf(invitation.regionId);
      if (!allowed) throw forbidden();
      if (invitation.acceptedAt || invitation.revokedAt) throw new DomainError('TOKEN_INVALID');
      invitation.revokedAt = new Date();
      await tx.save(invitation);
      await audit(tx, {
        regionId: invitation.regionId,
        revisionId: invitation.revisionId,
        actorId: actor.userId,
        action: 'invitation.revoked',
        entityType: 'Invitation',
        entityId: invitation.id,
        before: { email: invitation.email, role: invitation.role },
      });
      return invitation;
    });
  }

  async invitationsOfRevision(actor: Actor, revisionId: string): Promise<Invitation[]> {
    await this.requireRevisionCoordinator(actor, revisionId);
    return this.db.getRepository(Invitation).find({
      where: { revisionId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async membersOfRevision(actor: Actor, revisionId: string) {
    await this.requireRevisionCoordinator(actor, revisionId);
    return this.db.getRepository(RevisionMembership).find({
      where: { revisionId },
      relations: { account: true, municipality: true, organisation: true },
      order: { createdAt: 'ASC' },
    });
  }

  async removeMembership(actor: Actor, id: string): Promise<boolean> {
    actor.requireUser();
    if (!isUuid(id)) throw notFound();
    return this.db.transaction(async (tx) => {
      const membership = await tx.findOne(RevisionMembership, {
        where: { id },
        relations: { revision: true, account: true },
      });
      if (!membership || !actor.canSeeRevision(membership.revisionId, membership.revision!.regionId)) throw notFound();
      if (!actor.isCoordinatorOf(membership.revision!.regionId)) throw forbidden();
      await tx.delete(RevisionMembership, { id });
      await audit(tx, {
        regionId: membership.revision!.regionId,
        revisionId: membership.revisionId,
        actorId: actor.userId,
        action: 'membership.removed',
        entityType: 'RevisionMembership',
        entityId: id,
        before: { email: membership.account!.email, role: membership.role },
      });
      return true;
    });
  }

  private async requireRevisionCoordinator(actor: Actor, revisionId: string) {
    actor.requireUser();
    const revision = isUuid(revisionId)
      ? await this.db.getRepository(ConceptRevision).findOneBy({ id: revisionId })
      : null;
    if (!revision || !actor.canSeeRevision(revision.id, revision.regionId)) throw notFound();
    if (!actor.isCoordinatorOf(revision.regionId)) throw forbidden();
    return revision;
  }
}

const isOpen = (i: Invitation) => !i.acceptedAt && !i.revokedAt && i.expiresAt > new Date();
