import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { RegistrationStatus } from '@konzeptwerk/contracts';
import { type Actor, audit, DomainError, invalid, isUuid, notFound } from '@konzeptwerk/platform';
import { revisionAccess } from '@konzeptwerk/recommendations';
import { AssignmentInputError, assignWorkshops, type AssignmentResult } from './assignment/assign';
import {
  Conference,
  Registration,
  RegistrationPreference,
  WorkshopAssignment,
  WorkshopSession,
} from './conference.entity';
import type { AssignmentReport, AssignmentSlotReport, WorkshopPlace } from './conference.types';

const slotOf = (s: WorkshopSession) => s.slotStartsAt.toISOString();

/** What the assignment works from: sessions, confirmed registrations with their wishes, places fixed by hand. */
interface Situation {
  sessions: WorkshopSession[];
  registrations: Registration[];
  preferences: RegistrationPreference[];
  assignments: WorkshopAssignment[];
}

/** The rank of a session among a person's wishes in its slot (1 = first wish there), or null. */
function rankInSlot(preferences: RegistrationPreference[], sessions: Map<string, WorkshopSession>, sessionId: string) {
  const slot = slotOf(sessions.get(sessionId)!);
  const inSlot = preferences
    .filter((p) => sessions.has(p.sessionId) && slotOf(sessions.get(p.sessionId)!) === slot)
    .sort((a, b) => a.rank - b.rank);
  const i = inSlot.findIndex((p) => p.sessionId === sessionId);
  return i < 0 ? null : i + 1;
}

/**
 * The workshop assignment of a conference: everyone confirmed gets at most one
 * workshop per slot, capacities hold, and as many as possible get a wish,
 * then as many as possible their first wish, then their second… (the
 * algorithm is `assignWorkshops`). Places a coordinator fixes by hand stay
 * when it runs again. Coordinators of the region only.
 */
@Injectable()
export class AssignmentService {
  constructor(private readonly db: DataSource) {}

  async assign(actor: Actor, conferenceId: string): Promise<AssignmentReport> {
    return this.db.transaction(async (tx) => {
      const { conference, access } = await this.coordinate(tx, actor, conferenceId, true);
      const s = await this.situation(tx, conference.id);
      const manual = s.assignments.filter((a) => a.manual);
      let result: AssignmentResult;
      try {
        result = assignWorkshops({
          sessions: s.sessions.map((x) => ({ id: x.id, slotId: slotOf(x), capacity: x.capacity })),
          registrants: s.registrations.map((r) => ({
            id: r.id,
            preferences: s.preferences.filter((p) => p.registrationId === r.id).map((p) => p.sessionId),
          })),
          overrides: manual.map((a) => ({ registrantId: a.registrationId, sessionId: a.sessionId })),
        });
      } catch (e) {
        if (e instanceof AssignmentInputError) throw invalid(e.message);
        throw e;
      }
      await tx.delete(WorkshopAssignment, {
        sessionId: In(s.sessions.map((x) => x.id).concat(['00000000-0000-4000-8000-000000000000'])),
        manual: false,
      });
      const fresh = result.assignments.filter((a) => a.source === 'PREFERENCE');
      if (fresh.length) {
        await tx.insert(
          WorkshopAssignment,
          fresh.map((a) => ({ registrationId: a.registrantId, sessionId: a.sessionId, rank: a.rank, manual: false })),
        );
      }
      const report: AssignmentReport = {
        slots: result.slots.map((slot) => ({
          slotStartsAt: new Date(slot.slotId),
          registrants: slot.registrants,
          byRank: slot.byRank.map((r) => ({ ...r })),
          unassigned: slot.unassigned,
          overrides: slot.overrides,
          overCapacity: slot.overCapacity.map((o) => ({ ...o })),
        })),
      };
      await audit(tx, {
        regionId: access.regionId,
        revisionId: conference.revisionId,
        actorId: access.userId,
        action: 'workshops.assign',
        entityType: 'Conference',
        entityId: conference.id,
        after: {
          assigned: fresh.length,
          manual: manual.length,
          slots: report.slots.map((x) => ({
            slot: x.slotStartsAt,
            byRank: x.byRank.map((r) => r.count),
            unassigned: x.unassigned,
          })),
        },
      });
      return report;
    });
  }

  /** The report of the places as they stand now (after runs and changes by hand). */
  async report(actor: Actor, conferenceId: string): Promise<AssignmentReport> {
    const { conference } = await this.coordinate(this.db.manager, actor, conferenceId, false);
    return this.reportOf(await this.situation(this.db.manager, conference.id));
  }

  /** Fixes a person's place by hand; any other place in the same slot goes. */
  async setPlace(actor: Actor, registrationId: string, sessionId: string): Promise<WorkshopPlace> {
    return this.db.transaction(async (tx) => {
      const { registration, session, access, conference } = await this.placeContext(
        tx,
        actor,
        registrationId,
        sessionId,
      );
      const s = await this.situation(tx, conference.id);
      const sessions = new Map(s.sessions.map((x) => [x.id, x]));
      const sameSlot = s.sessions.filter((x) => slotOf(x) === slotOf(session)).map((x) => x.id);
      const before = s.assignments.filter(
        (a) => a.registrationId === registration.id && sameSlot.includes(a.sessionId),
      );
      await tx.delete(WorkshopAssignment, { registrationId: registration.id, sessionId: In(sameSlot) });
      const rank = rankInSlot(
        s.preferences.filter((p) => p.registrationId === registration.id),
        sessions,
        session.id,
      );
      await tx.insert(WorkshopAssignment, {
        registrationId: registration.id,
        sessionId: session.id,
        rank,
        manual: true,
      });
      await audit(tx, {
        regionId: access.regionId,
        revisionId: conference.revisionId,
        actorId: access.userId,
        action: 'workshops.place',
        entityType: 'Registration',
        entityId: registration.id,
        before: { sessionIds: before.map((a) => a.sessionId) },
        after: { sessionId: session.id },
      });
      return this.place(registration, session.id, rank, true);
    });
  }

  /** Takes a person out of a workshop (a place fixed by hand included); the next run may place them again. */
  async clearPlace(actor: Actor, registrationId: string, sessionId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { registration, access, conference } = await this.placeContext(tx, actor, registrationId, sessionId);
      const removed = await tx.delete(WorkshopAssignment, { registrationId: registration.id, sessionId });
      if (removed.affected) {
        await audit(tx, {
          regionId: access.regionId,
          revisionId: conference.revisionId,
          actorId: access.userId,
          action: 'workshops.unplace',
          entityType: 'Registration',
          entityId: registration.id,
          before: { sessionId },
        });
      }
      return Boolean(removed.affected);
    });
  }

  /** The participant lists: every place of the conference, by workshop and name. */
  async places(actor: Actor, conferenceId: string): Promise<WorkshopPlace[]> {
    const { conference } = await this.coordinate(this.db.manager, actor, conferenceId, false);
    const rows = (await this.db.query(
      `SELECT a.registration_id, a.session_id, a.rank, a.manual, r.name, r.organisation, r.role, r.checked_in_at
         FROM workshop_assignment a
         JOIN registration r ON r.id = a.registration_id
         JOIN workshop_session s ON s.id = a.session_id
        WHERE s.conference_id = $1
        ORDER BY s.slot_starts_at, s.title, s.id, r.name, r.id`,
      [conference.id],
    )) as {
      registration_id: string;
      session_id: string;
      rank: number | null;
      manual: boolean;
      name: string;
      organisation: string | null;
      role: Registration['role'];
      checked_in_at: Date | null;
    }[];
    return rows.map((r) => ({
      registrationId: r.registration_id,
      sessionId: r.session_id,
      rank: r.rank,
      manual: r.manual,
      name: r.name,
      organisation: r.organisation,
      role: r.role,
      checkedInAt: r.checked_in_at,
    }));
  }

  /** Check-in on the day (or its undoing), by the coordinators. */
  async checkIn(actor: Actor, registrationId: string, present: boolean): Promise<Registration> {
    return this.db.transaction(async (tx) => {
      const found = isUuid(registrationId) ? await tx.findOneBy(Registration, { id: registrationId }) : null;
      if (!found) throw notFound();
      const { access, conference } = await this.coordinate(tx, actor, found.conferenceId, false);
      const registration = await tx.findOneOrFail(Registration, {
        where: { id: registrationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (registration.status !== RegistrationStatus.CONFIRMED) {
        throw new DomainError('STATUS_TRANSITION_INVALID', { status: registration.status });
      }
      const before = registration.checkedInAt;
      registration.checkedInAt = present ? (registration.checkedInAt ?? new Date()) : null;
      const saved = await tx.save(registration);
      if (Boolean(before) !== present) {
        await audit(tx, {
          regionId: access.regionId,
          revisionId: conference.revisionId,
          actorId: access.userId,
          action: present ? 'registration.check-in' : 'registration.check-in-undone',
          entityType: 'Registration',
          entityId: registration.id,
        });
      }
      return saved;
    });
  }

  /** What the participant lists and the name badges print (coordinators of the region). */
  async printData(actor: Actor, conferenceId: string) {
    const { conference } = await this.coordinate(this.db.manager, actor, conferenceId, false);
    const places = await this.places(actor, conference.id);
    const sessions = await this.db.manager.find(WorkshopSession, {
      where: { conferenceId: conference.id },
      order: { slotStartsAt: 'ASC', title: 'ASC', id: 'ASC' },
    });
    const moderators = (await this.db.query(
      `SELECT m.session_id, a.display_name FROM workshop_moderator m JOIN account a ON a.id = m.account_id
        WHERE m.session_id = ANY($1) ORDER BY a.display_name`,
      [sessions.map((x) => x.id)],
    )) as { session_id: string; display_name: string }[];
    const confirmed = await this.db.manager.find(Registration, {
      where: { conferenceId: conference.id, status: RegistrationStatus.CONFIRMED },
      order: { name: 'ASC', id: 'ASC' },
    });
    const firstWorkshop = new Map<string, string>();
    for (const p of places) {
      if (!firstWorkshop.has(p.registrationId)) {
        firstWorkshop.set(p.registrationId, sessions.find((x) => x.id === p.sessionId)!.title);
      }
    }
    return {
      conference,
      workshops: sessions.map((workshop) => ({
        workshop: {
          ...workshop,
          moderators: moderators.filter((m) => m.session_id === workshop.id).map((m) => m.display_name),
        },
        people: places.filter((p) => p.sessionId === workshop.id),
      })),
      badges: confirmed.map((r) => ({
        name: r.name,
        organisation: r.organisation,
        role: r.role,
        workshop: firstWorkshop.get(r.id) ?? null,
      })),
    };
  }

  // ------------------------------------------------------------------ internals

  private async coordinate(manager: EntityManager, actor: Actor, conferenceId: string, lock: boolean) {
    const conference = isUuid(conferenceId)
      ? await manager.findOne(Conference, {
          where: { id: conferenceId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!conference) throw notFound();
    const access = await revisionAccess(manager, actor, conference.revisionId);
    access.requireCoordinator();
    return { conference, access };
  }

  private async placeContext(tx: EntityManager, actor: Actor, registrationId: string, sessionId: string) {
    const registration = isUuid(registrationId) ? await tx.findOneBy(Registration, { id: registrationId }) : null;
    if (!registration) throw notFound();
    const { conference, access } = await this.coordinate(tx, actor, registration.conferenceId, true);
    const session = isUuid(sessionId)
      ? await tx.findOneBy(WorkshopSession, { id: sessionId, conferenceId: conference.id })
      : null;
    if (!session) throw invalid('sessionId: not a workshop of this conference');
    if (registration.status !== RegistrationStatus.CONFIRMED) {
      throw new DomainError('STATUS_TRANSITION_INVALID', { status: registration.status });
    }
    return { registration, session, access, conference };
  }

  private async situation(manager: EntityManager, conferenceId: string): Promise<Situation> {
    const sessions = await manager.find(WorkshopSession, { where: { conferenceId }, order: { id: 'ASC' } });
    const registrations = await manager.find(Registration, {
      where: { conferenceId, status: RegistrationStatus.CONFIRMED },
      order: { id: 'ASC' },
    });
    const ids = registrations.map((r) => r.id);
    const [preferences, assignments] = ids.length
      ? await Promise.all([
          manager.find(RegistrationPreference, { where: { registrationId: In(ids) }, order: { rank: 'ASC' } }),
          manager.find(WorkshopAssignment, { where: { registrationId: In(ids) } }),
        ])
      : [[], []];
    return { sessions, registrations, preferences, assignments };
  }

  private reportOf(s: Situation): AssignmentReport {
    const sessions = new Map(s.sessions.map((x) => [x.id, x]));
    const slots = [...new Set(s.sessions.map(slotOf))].sort();
    return {
      slots: slots.map((slot): AssignmentSlotReport => {
        const inSlot = new Set(s.sessions.filter((x) => slotOf(x) === slot).map((x) => x.id));
        const placed = s.assignments.filter((a) => inSlot.has(a.sessionId));
        const manualIds = new Set(placed.filter((a) => a.manual).map((a) => a.registrationId));
        const wishing = s.registrations.filter(
          (r) =>
            !manualIds.has(r.id) && s.preferences.some((p) => p.registrationId === r.id && inSlot.has(p.sessionId)),
        );
        const wishingIds = new Set(wishing.map((r) => r.id));
        const ranks = placed.filter((a) => !a.manual && wishingIds.has(a.registrationId) && a.rank !== null);
        const longest = Math.max(
          0,
          ...wishing.map(
            (r) => s.preferences.filter((p) => p.registrationId === r.id && inSlot.has(p.sessionId)).length,
          ),
        );
        const share = (count: number) => (wishing.length ? count / wishing.length : 0);
        const byRank = Array.from({ length: longest }, (_, i) => {
          const count = ranks.filter((a) => a.rank === i + 1).length;
          return { rank: i + 1, count, share: share(count) };
        });
        const overCapacity = [...inSlot]
          .map((id) => ({
            sessionId: id,
            capacity: sessions.get(id)!.capacity,
            assigned: placed.filter((a) => a.sessionId === id).length,
          }))
          .filter((o) => o.assigned > o.capacity);
        return {
          slotStartsAt: new Date(slot),
          registrants: wishing.length,
          byRank,
          unassigned: wishing.length - ranks.length,
          overrides: manualIds.size,
          overCapacity,
        };
      }),
    };
  }

  private place(registration: Registration, sessionId: string, rank: number | null, manual: boolean): WorkshopPlace {
    return {
      registrationId: registration.id,
      sessionId,
      rank,
      manual,
      name: registration.name,
      organisation: registration.organisation,
      role: registration.role,
      checkedInAt: registration.checkedInAt,
    };
  }
}
