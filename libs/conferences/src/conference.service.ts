import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, In, MoreThan, type EntityManager } from 'typeorm';
import { MAX_WORKSHOP_PREFERENCES, ParticipantRole, RegistrationStatus } from '@konzeptwerk/contracts';
import { newToken, hashToken } from '@konzeptwerk/identity';
import { enqueueMail } from '@konzeptwerk/notifications';
import {
  type Actor,
  audit,
  DomainError,
  invalid,
  isUuid,
  normaliseEmail,
  notFound,
  optionalText,
  requiredText,
} from '@konzeptwerk/platform';
import { revisionAccess, type RevisionAccess } from '@konzeptwerk/recommendations';
import { Municipality } from '@konzeptwerk/regions';
import { ConceptRevision, FieldOfAction } from '@konzeptwerk/revisions';
import {
  Conference,
  ConferencePrivacyText,
  Registration,
  RegistrationAttempt,
  RegistrationPreference,
  WorkshopAssignment,
  WorkshopModerator,
  WorkshopSession,
} from './conference.entity';
import { registrationMail, type RegistrationMailKind } from './conference-mails';
import type {
  CancellationResult,
  ConferenceFieldsInput,
  CreateConferenceInput,
  PublicConference,
  RegisterInput,
  RegistrationCounts,
  RegistrationResult,
  UpdateConferenceInput,
  WorkshopSessionInput,
} from './conference.types';

/** Public registrations one client address may send in ATTEMPT_WINDOW_MINUTES. */
export const MAX_ATTEMPTS_PER_CLIENT = 20;
export const ATTEMPT_WINDOW_MINUTES = 10;
const MAX_CAPACITY = 100_000;

/** Letters and digits nobody confuses on a flip chart or a phone (no 0/O, 1/I/L). */
const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Six characters: 887 million codes, a few dozen in use at a time. */
export function newJoinCode(): string {
  const bytes = randomBytes(6);
  return [...bytes].map((b) => JOIN_ALPHABET[b % JOIN_ALPHABET.length]).join('');
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const germanDate = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
  timeStyle: 'short',
});
const englishDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
  timeStyle: 'short',
});

function capacity(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_CAPACITY) {
    throw invalid(`${field}: a whole number from 0 to ${MAX_CAPACITY}`);
  }
  return value;
}

/** Times are planned in whole minutes: workshops given the same start share a slot. */
function validDate(value: Date | undefined, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalid(`${field}: required`);
  return new Date(Math.floor(value.getTime() / 60_000) * 60_000);
}

/** The conference's facts, checked together: the event ends after it starts, registration closes after it opens. */
function conferenceFields(input: ConferenceFieldsInput, current?: Conference) {
  const pick = <K extends keyof ConferenceFieldsInput>(k: K) => (input[k] !== undefined ? input[k] : current?.[k]);
  const fields = {
    title: requiredText(pick('title') as string | undefined, 'title', 200),
    description: optionalText(pick('description') as string | undefined, 'description', 5000),
    startsAt: validDate(pick('startsAt') as Date | undefined, 'startsAt'),
    endsAt: validDate(pick('endsAt') as Date | undefined, 'endsAt'),
    venue: requiredText(pick('venue') as string | undefined, 'venue', 200),
    address: optionalText(pick('address') as string | undefined, 'address', 300),
    capacity: capacity(pick('capacity') as number, 'capacity'),
    registrationOpensAt: validDate(pick('registrationOpensAt') as Date | undefined, 'registrationOpensAt'),
    registrationClosesAt: validDate(pick('registrationClosesAt') as Date | undefined, 'registrationClosesAt'),
  };
  if (fields.endsAt <= fields.startsAt) throw invalid('endsAt: after startsAt');
  if (fields.registrationClosesAt <= fields.registrationOpensAt) {
    throw invalid('registrationClosesAt: after registrationOpensAt');
  }
  if (fields.registrationClosesAt > fields.endsAt)
    throw invalid('registrationClosesAt: not after the end of the event');
  return fields;
}

@Injectable()
export class ConferenceService {
  constructor(private readonly db: DataSource) {}

  // ------------------------------------------------------------------ reading (members and coordinators)

  /** The conference of a revision the actor may see; NOT_FOUND otherwise. */
  async get(actor: Actor, id: string, manager: EntityManager = this.db.manager) {
    const conference = isUuid(id) ? await manager.findOneBy(Conference, { id }) : null;
    if (!conference) throw notFound();
    const access = await revisionAccess(manager, actor, conference.revisionId);
    return { conference, access };
  }

  async conferences(actor: Actor, revisionId: string): Promise<Conference[]> {
    await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.manager.find(Conference, { where: { revisionId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  async workshops(conferenceIds: readonly string[]): Promise<WorkshopSession[]> {
    return this.db.manager.find(WorkshopSession, {
      where: { conferenceId: In([...conferenceIds]) },
      order: { slotStartsAt: 'ASC', title: 'ASC', id: 'ASC' },
    });
  }

  async currentPrivacyTexts(conferenceIds: readonly string[]): Promise<ConferencePrivacyText[]> {
    return this.db.manager
      .createQueryBuilder(ConferencePrivacyText, 't')
      .distinctOn(['t.conference_id'])
      .where('t.conference_id IN (:...ids)', { ids: [...conferenceIds] })
      .orderBy('t.conference_id')
      .addOrderBy('t.version', 'DESC')
      .getMany();
  }

  async counts(conferenceIds: readonly string[]): Promise<Map<string, RegistrationCounts>> {
    const rows = (await this.db.query(
      `SELECT conference_id, status, count(*)::int AS n FROM registration WHERE conference_id = ANY($1) GROUP BY 1, 2`,
      [[...conferenceIds]],
    )) as { conference_id: string; status: RegistrationStatus; n: number }[];
    const counts = new Map<string, RegistrationCounts>(
      conferenceIds.map((id) => [id, { confirmed: 0, waitlisted: 0, cancelled: 0 }]),
    );
    for (const r of rows) {
      const c = counts.get(r.conference_id)!;
      if (r.status === RegistrationStatus.CONFIRMED) c.confirmed = r.n;
      if (r.status === RegistrationStatus.WAITLISTED) c.waitlisted = r.n;
      if (r.status === RegistrationStatus.CANCELLED) c.cancelled = r.n;
    }
    return counts;
  }

  /** Registrations with their contact data: coordinators of the region only. */
  async registrations(actor: Actor, conferenceId: string, status: RegistrationStatus | null): Promise<Registration[]> {
    const { access } = await this.get(actor, conferenceId);
    access.requireCoordinator();
    return this.db.manager.find(Registration, {
      where: { conferenceId, ...(status ? { status } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async preferencesOf(registrationIds: readonly string[]): Promise<RegistrationPreference[]> {
    return this.db.manager.find(RegistrationPreference, {
      where: { registrationId: In([...registrationIds]) },
      order: { rank: 'ASC' },
    });
  }

  // ------------------------------------------------------------------ coordinators

  async createConference(actor: Actor, input: CreateConferenceInput): Promise<Conference> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, input.revisionId, true);
      access.requireCoordinator();
      const fields = conferenceFields(input);
      const textDe = requiredText(input.privacyTextDe, 'privacyTextDe', 20_000);
      const textEn = requiredText(input.privacyTextEn, 'privacyTextEn', 20_000);
      const conference = await tx.save(tx.create(Conference, { revisionId: access.revision.id, ...fields }));
      await tx.insert(ConferencePrivacyText, { conferenceId: conference.id, version: 1, textDe, textEn });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'conference.create',
        entityType: 'Conference',
        entityId: conference.id,
        after: fields,
      });
      return conference;
    });
  }

  /**
   * Changes the conference's facts (optimistic locking). More places move
   * people up from the waiting list at once, each with a mail.
   */
  async updateConference(actor: Actor, input: UpdateConferenceInput): Promise<Conference> {
    return this.db.transaction(async (tx) => {
      const conference = await this.lockConference(tx, input.id);
      const access = await revisionAccess(tx, actor, conference.revisionId);
      access.requireCoordinator();
      if (conference.version !== input.version) throw new DomainError('VERSION_CONFLICT');
      const before = conferenceFields({}, conference);
      const fields = conferenceFields(input, conference);
      Object.assign(conference, fields);
      const saved = await tx.save(conference);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: conference.revisionId,
        actorId: access.userId,
        action: 'conference.update',
        entityType: 'Conference',
        entityId: conference.id,
        before,
        after: fields,
      });
      await this.fillFromWaitingList(tx, access, saved);
      return saved;
    });
  }

  /** A changed privacy notice becomes a new version; registrations keep the version they agreed to. */
  async setPrivacyText(actor: Actor, conferenceId: string, de: string, en: string): Promise<ConferencePrivacyText> {
    return this.db.transaction(async (tx) => {
      const conference = await this.lockConference(tx, conferenceId);
      const access = await revisionAccess(tx, actor, conference.revisionId);
      access.requireCoordinator();
      const [{ max }] = (await tx.query(
        `SELECT coalesce(max(version), 0)::int AS max FROM conference_privacy_text WHERE conference_id = $1`,
        [conference.id],
      )) as { max: number }[];
      const text = await tx.save(
        tx.create(ConferencePrivacyText, {
          conferenceId: conference.id,
          version: max + 1,
          textDe: requiredText(de, 'textDe', 20_000),
          textEn: requiredText(en, 'textEn', 20_000),
        }),
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: conference.revisionId,
        actorId: access.userId,
        action: 'conference.privacy-text',
        entityType: 'Conference',
        entityId: conference.id,
        after: { version: text.version },
      });
      return text;
    });
  }

  async addWorkshop(actor: Actor, conferenceId: string, input: WorkshopSessionInput): Promise<WorkshopSession> {
    return this.db.transaction(async (tx) => {
      const conference = await this.lockConference(tx, conferenceId);
      const access = await revisionAccess(tx, actor, conference.revisionId);
      access.requireCoordinator();
      const fields = await this.workshopFields(tx, access, conference, input);
      const session = await tx.save(
        tx.create(WorkshopSession, { conferenceId: conference.id, joinCode: newJoinCode(), ...fields }),
      );
      await this.setModerators(tx, access, session.id, input.moderatorIds ?? []);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: conference.revisionId,
        actorId: access.userId,
        action: 'workshop.create',
        entityType: 'WorkshopSession',
        entityId: session.id,
        after: { ...fields, moderatorIds: input.moderatorIds ?? [] },
      });
      return session;
    });
  }

  async updateWorkshop(
    actor: Actor,
    id: string,
    version: number,
    input: WorkshopSessionInput,
  ): Promise<WorkshopSession> {
    return this.db.transaction(async (tx) => {
      const session = isUuid(id)
        ? await tx.findOne(WorkshopSession, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!session) throw notFound();
      const conference = await this.lockConference(tx, session.conferenceId);
      const access = await revisionAccess(tx, actor, conference.revisionId);
      access.requireCoordinator();
      if (session.version !== version) throw new DomainError('VERSION_CONFLICT');
      const before = { ...session };
      Object.assign(session, await this.workshopFields(tx, access, conference, input));
      const saved = await tx.save(session);
      if (input.moderatorIds) await this.setModerators(tx, access, session.id, input.moderatorIds);
      await audit(tx, {
        regionId: access.regionId,
        revisionId: conference.revisionId,
        actorId: access.userId,
        action: 'workshop.update',
        entityType: 'WorkshopSession',
        entityId: session.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  async moderators(sessionIds: readonly string[]): Promise<WorkshopModerator[]> {
    return this.db.manager.find(WorkshopModerator, { where: { sessionId: In([...sessionIds]) } });
  }

  /** A coordinator cancels someone's registration (e.g. on a phone call); the waiting list moves up. */
  async cancelRegistrationById(actor: Actor, registrationId: string): Promise<Registration> {
    return this.db.transaction(async (tx) => {
      const found = isUuid(registrationId) ? await tx.findOneBy(Registration, { id: registrationId }) : null;
      if (!found) throw notFound();
      const conference = await this.lockConference(tx, found.conferenceId);
      const access = await revisionAccess(tx, actor, conference.revisionId);
      access.requireCoordinator();
      const registration = await tx.findOneByOrFail(Registration, { id: registrationId });
      if (registration.status !== RegistrationStatus.CANCELLED) {
        await this.cancel(tx, conference, registration, access.userId);
      }
      return registration;
    });
  }

  // ------------------------------------------------------------------ public: no account

  /** The registration page's facts; NOT_FOUND for an unknown id. */
  async publicConference(id: string): Promise<PublicConference> {
    const conference = isUuid(id) ? await this.db.manager.findOneBy(Conference, { id }) : null;
    if (!conference) throw notFound();
    const revision = await this.db.manager.findOneByOrFail(ConceptRevision, { id: conference.revisionId });
    const [workshops, [privacyText], counts, municipalities, fields] = await Promise.all([
      this.workshops([conference.id]),
      this.currentPrivacyTexts([conference.id]),
      this.counts([conference.id]),
      this.db.manager.find(Municipality, { where: { regionId: revision.regionId }, order: { name: 'ASC' } }),
      this.db.manager.find(FieldOfAction, { where: { revisionId: revision.id } }),
    ]);
    const fieldTitle = new Map(fields.map((f) => [f.id, f.title]));
    const now = new Date();
    return {
      ...conference,
      registrationOpen: conference.registrationOpensAt <= now && now < conference.registrationClosesAt,
      placesLeft: Math.max(0, conference.capacity - counts.get(conference.id)!.confirmed),
      workshops: workshops.map((w) => ({
        ...w,
        fieldOfAction: w.fieldOfActionId ? (fieldTitle.get(w.fieldOfActionId) ?? null) : null,
      })),
      privacyText: privacyText!,
      municipalities,
    };
  }

  /**
   * Anmeldung without an account. Within one transaction that holds the
   * conference row: the window, the consent to the current privacy notice,
   * one registration per address; a place if one is free, the waiting list
   * otherwise; the mail (with the calendar file and the cancellation link)
   * goes into the outbox with it.
   */
  async register(input: RegisterInput, client: string, locale: string): Promise<RegistrationResult> {
    await this.limitAttempts(client);
    const name = requiredText(input.name, 'name', 200);
    const email = normaliseEmail(input.email);
    const organisation = optionalText(input.organisation, 'organisation', 200);
    const accessibilityNeeds = optionalText(input.accessibilityNeeds, 'accessibilityNeeds', 2000);
    if (!Object.values(ParticipantRole).includes(input.role)) throw invalid('role: unknown');
    if (input.consent !== true) throw new DomainError('CONSENT_REQUIRED');
    const preferences = input.preferences ?? [];
    if (preferences.length > MAX_WORKSHOP_PREFERENCES) {
      throw invalid(`preferences: at most ${MAX_WORKSHOP_PREFERENCES} workshops`);
    }
    if (new Set(preferences).size !== preferences.length) throw invalid('preferences: each workshop only once');

    return this.db.transaction(async (tx) => {
      const conference = await this.lockConference(tx, input.conferenceId);
      const now = new Date();
      if (now < conference.registrationOpensAt || now >= conference.registrationClosesAt) {
        throw new DomainError('REGISTRATION_CLOSED', {
          window: {
            de: `${germanDate.format(conference.registrationOpensAt)} bis ${germanDate.format(conference.registrationClosesAt)}`,
            en: `${englishDate.format(conference.registrationOpensAt)} to ${englishDate.format(conference.registrationClosesAt)}`,
          },
        });
      }
      const [privacyText] = await this.currentPrivacyTextsIn(tx, conference.id);
      if (!privacyText || privacyText.version !== input.privacyTextVersion) {
        throw new DomainError('PRIVACY_TEXT_CHANGED');
      }
      const revision = await tx.findOneByOrFail(ConceptRevision, { id: conference.revisionId });
      let municipalityId: string | null = null;
      if (input.municipalityId) {
        const municipality = isUuid(input.municipalityId)
          ? await tx.findOneBy(Municipality, { id: input.municipalityId, regionId: revision.regionId })
          : null;
        if (!municipality) throw invalid('municipalityId: not a municipality of the region');
        municipalityId = municipality.id;
      }
      if (preferences.length) {
        const known = await tx.countBy(WorkshopSession, {
          conferenceId: conference.id,
          id: In(preferences.filter(isUuid)),
        });
        if (known !== preferences.length) throw invalid('preferences: not a workshop of this conference');
      }
      const taken = await tx.existsBy(Registration, {
        conferenceId: conference.id,
        emailKey: email,
        status: In([RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]),
      });
      if (taken) throw new DomainError('ALREADY_REGISTERED');

      const confirmed = await tx.countBy(Registration, {
        conferenceId: conference.id,
        status: RegistrationStatus.CONFIRMED,
      });
      const status = confirmed < conference.capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
      const { token, tokenHash } = newToken();
      const registration = await tx.save(
        tx.create(Registration, {
          conferenceId: conference.id,
          name,
          email: input.email.trim(),
          emailKey: email,
          organisation,
          municipalityId,
          role: input.role,
          accessibilityNeeds,
          status,
          privacyTextId: privacyText.id,
          consentedAt: now,
          locale: locale === 'en' ? 'en' : 'de',
          cancelTokenHash: tokenHash,
        }),
      );
      if (preferences.length) {
        await tx.insert(
          RegistrationPreference,
          preferences.map((sessionId, i) => ({ registrationId: registration.id, sessionId, rank: i + 1 })),
        );
      }
      const waitlistPosition =
        status === RegistrationStatus.WAITLISTED ? await this.waitlistPosition(tx, registration) : null;
      await audit(tx, {
        regionId: revision.regionId,
        revisionId: revision.id,
        actorId: null,
        action: 'registration.create',
        entityType: 'Registration',
        entityId: registration.id,
        after: { status, privacyTextVersion: privacyText.version },
      });
      await this.mail(
        tx,
        revision.regionId,
        conference,
        registration,
        status === RegistrationStatus.CONFIRMED ? 'confirmed' : 'waitlisted',
        token,
        waitlistPosition ?? undefined,
      );
      return { status, waitlistPosition, conferenceTitle: conference.title };
    });
  }

  /**
   * The link in the mail. Running it twice changes nothing the second time;
   * a confirmed place that becomes free goes to the first on the waiting list.
   */
  async cancelByToken(token: string): Promise<CancellationResult> {
    if (typeof token !== 'string' || token.length < 16 || token.length > 200) throw notFound();
    return this.db.transaction(async (tx) => {
      const found = await tx.findOneBy(Registration, { cancelTokenHash: hashToken(token) });
      if (!found) throw notFound();
      const conference = await this.lockConference(tx, found.conferenceId);
      const registration = await tx.findOneByOrFail(Registration, { id: found.id });
      if (registration.status === RegistrationStatus.CANCELLED) {
        return { conferenceTitle: conference.title, cancelledNow: false };
      }
      await this.cancel(tx, conference, registration, null);
      return { conferenceTitle: conference.title, cancelledNow: true };
    });
  }

  // ------------------------------------------------------------------ internals

  private async lockConference(tx: EntityManager, id: string): Promise<Conference> {
    const conference = isUuid(id)
      ? await tx.findOne(Conference, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!conference) throw notFound();
    return conference;
  }

  private currentPrivacyTextsIn(tx: EntityManager, conferenceId: string) {
    return tx.find(ConferencePrivacyText, { where: { conferenceId }, order: { version: 'DESC' }, take: 1 });
  }

  private async waitlistPosition(tx: EntityManager, registration: Registration): Promise<number> {
    const [{ n }] = (await tx.query(
      `SELECT count(*)::int AS n FROM registration w JOIN registration me ON me.id = $1
        WHERE w.conference_id = me.conference_id AND w.status = 'WAITLISTED' AND (w.queued_at, w.id) <= (me.queued_at, me.id)`,
      [registration.id],
    )) as { n: number }[];
    return n;
  }

  /** Cancels, keeps only what the counts need, mails the person and moves the waiting list up (caller holds the conference lock). */
  private async cancel(tx: EntityManager, conference: Conference, registration: Registration, actorId: string | null) {
    const revision = await tx.findOneByOrFail(ConceptRevision, { id: conference.revisionId });
    const from = registration.status;
    await this.mail(tx, revision.regionId, conference, registration, 'cancelled', null);
    Object.assign(registration, {
      status: RegistrationStatus.CANCELLED,
      cancelledAt: new Date(),
      name: '',
      email: '',
      emailKey: `cancelled:${registration.id}`,
      organisation: null,
      accessibilityNeeds: null,
    });
    await tx.save(registration);
    await tx.delete(RegistrationPreference, { registrationId: registration.id });
    await tx.delete(WorkshopAssignment, { registrationId: registration.id });
    await audit(tx, {
      regionId: revision.regionId,
      revisionId: revision.id,
      actorId,
      action: 'registration.cancel',
      entityType: 'Registration',
      entityId: registration.id,
      before: { status: from },
      after: { status: RegistrationStatus.CANCELLED },
    });
    if (from === RegistrationStatus.CONFIRMED) {
      await this.fillFromWaitingList(tx, { regionId: revision.regionId, revisionId: revision.id }, conference);
    }
  }

  /** Gives free places to the waiting list, first come first served (caller holds the conference lock). */
  private async fillFromWaitingList(
    tx: EntityManager,
    where: RevisionAccess | { regionId: string; revisionId: string },
    conference: Conference,
  ) {
    const regionId = where.regionId;
    const revisionId = 'revision' in where ? where.revision.id : where.revisionId;
    const confirmed = await tx.countBy(Registration, {
      conferenceId: conference.id,
      status: RegistrationStatus.CONFIRMED,
    });
    const free = conference.capacity - confirmed;
    if (free <= 0) return;
    const next = await tx.find(Registration, {
      where: { conferenceId: conference.id, status: RegistrationStatus.WAITLISTED },
      order: { queuedAt: 'ASC', id: 'ASC' },
      take: free,
    });
    for (const registration of next) {
      // The promotion mail carries a fresh cancellation link; the one from the waiting-list mail stops working.
      const { token, tokenHash } = newToken();
      registration.status = RegistrationStatus.CONFIRMED;
      registration.promotedAt = new Date();
      registration.cancelTokenHash = tokenHash;
      await tx.save(registration);
      await audit(tx, {
        regionId,
        revisionId,
        actorId: null,
        action: 'registration.promote',
        entityType: 'Registration',
        entityId: registration.id,
        before: { status: RegistrationStatus.WAITLISTED },
        after: { status: RegistrationStatus.CONFIRMED },
      });
      await this.mail(tx, regionId, conference, registration, 'promoted', token);
    }
  }

  private async mail(
    tx: EntityManager,
    regionId: string,
    conference: Conference,
    registration: Registration,
    kind: RegistrationMailKind,
    cancelToken: string | null,
    waitlistPosition?: number,
  ) {
    const mail = registrationMail({
      kind,
      conference,
      registrationId: registration.id,
      name: registration.name,
      cancelToken,
      waitlistPosition,
    });
    await enqueueMail(tx, { regionId, kind: `registration-${kind}`, recipient: registration.email, ...mail });
  }

  private async limitAttempts(client: string) {
    const clientKey = createHash('sha256').update(`registration:${client}`).digest('hex');
    const recent = await this.db.manager.countBy(RegistrationAttempt, {
      clientKey,
      createdAt: MoreThan(minutesAgo(ATTEMPT_WINDOW_MINUTES)),
    });
    if (recent >= MAX_ATTEMPTS_PER_CLIENT) throw new DomainError('RATE_LIMITED', { minutes: ATTEMPT_WINDOW_MINUTES });
    await this.db.manager.insert(RegistrationAttempt, { clientKey });
    await this.db.query(`DELETE FROM registration_attempt WHERE created_at < now() - interval '1 day'`);
  }

  private async workshopFields(
    tx: EntityManager,
    access: RevisionAccess,
    conference: Conference,
    input: WorkshopSessionInput,
  ) {
    let fieldOfActionId: string | null = null;
    if (input.fieldOfActionId) {
      const field = isUuid(input.fieldOfActionId)
        ? await tx.findOneBy(FieldOfAction, { id: input.fieldOfActionId, revisionId: access.revision.id })
        : null;
      if (!field) throw invalid('fieldOfActionId: not a field of action of the revision');
      fieldOfActionId = field.id;
    }
    const slotStartsAt = validDate(input.slotStartsAt, 'slotStartsAt');
    const slotEndsAt = validDate(input.slotEndsAt, 'slotEndsAt');
    if (slotEndsAt <= slotStartsAt) throw invalid('slotEndsAt: after slotStartsAt');
    if (slotStartsAt < conference.startsAt || slotEndsAt > conference.endsAt) {
      throw invalid('slotStartsAt: within the conference day');
    }
    return {
      fieldOfActionId,
      title: requiredText(input.title, 'title', 200),
      slotStartsAt,
      slotEndsAt,
      room: requiredText(input.room, 'room', 200),
      capacity: capacity(input.capacity, 'capacity'),
    };
  }

  private async setModerators(tx: EntityManager, access: RevisionAccess, sessionId: string, accountIds: string[]) {
    const ids = [...new Set(accountIds)];
    if (ids.some((id) => !isUuid(id))) throw invalid('moderatorIds: unknown account');
    if (ids.length) {
      const members = (await tx.query(
        `SELECT DISTINCT account_id FROM revision_membership WHERE revision_id = $1 AND account_id = ANY($2)
         UNION SELECT account_id FROM region_coordinator WHERE region_id = $3 AND account_id = ANY($2)`,
        [access.revision.id, ids, access.regionId],
      )) as { account_id: string }[];
      if (members.length !== ids.length) throw invalid('moderatorIds: only members or coordinators of the revision');
    }
    await tx.delete(WorkshopModerator, { sessionId });
    if (ids.length)
      await tx.insert(
        WorkshopModerator,
        ids.map((accountId) => ({ sessionId, accountId })),
      );
  }
}
