import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { RecommendationStatus } from '@konzeptwerk/contracts';
import {
  type Actor,
  audit,
  DomainError,
  invalid,
  isUuid,
  notFound,
  optionalText,
  requiredText,
  sanitizeRichText,
} from '@konzeptwerk/platform';
import { Recommendation, revisionAccess, type RevisionAccess } from '@konzeptwerk/recommendations';
import { FieldOfAction } from '@konzeptwerk/revisions';
import { WorkshopMeeting, WorkshopMeetingRecommendation } from './conference.entity';
import type { WorkshopMeetingInput } from './conference.types';

const MAX_ATTENDANCE = 10_000;

/**
 * The workshop phase: meetings per field of action with their date, how many
 * came, the minutes and the recommendations worked on. Everyone of the
 * revision reads them; the coordinators keep them.
 */
@Injectable()
export class WorkshopMeetingService {
  constructor(private readonly db: DataSource) {}

  async list(actor: Actor, revisionId: string): Promise<WorkshopMeeting[]> {
    await revisionAccess(this.db.manager, actor, revisionId);
    return this.db.manager.find(WorkshopMeeting, { where: { revisionId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  async recommendationsOf(
    meetingIds: readonly string[],
  ): Promise<{ meetingId: string; recommendation: Recommendation }[]> {
    const links = await this.db.manager.find(WorkshopMeetingRecommendation, {
      where: { meetingId: In([...meetingIds]) },
      relations: { recommendation: true },
    });
    return links
      .map((l) => ({ meetingId: l.meetingId, recommendation: l.recommendation! }))
      .sort((a, b) => a.recommendation.reference.localeCompare(b.recommendation.reference));
  }

  async create(actor: Actor, revisionId: string, input: WorkshopMeetingInput): Promise<WorkshopMeeting> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId, true);
      access.requireCoordinator();
      const fields = await this.fields(tx, access, input);
      const meeting = await tx.save(tx.create(WorkshopMeeting, { revisionId: access.revision.id, ...fields }));
      const recommendationIds = await this.link(tx, access, meeting.id, input.recommendationIds ?? []);
      await this.audit(tx, access, 'workshop-meeting.create', meeting.id, null, { ...fields, recommendationIds });
      return meeting;
    });
  }

  async update(actor: Actor, id: string, version: number, input: WorkshopMeetingInput): Promise<WorkshopMeeting> {
    return this.db.transaction(async (tx) => {
      const meeting = isUuid(id)
        ? await tx.findOne(WorkshopMeeting, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!meeting) throw notFound();
      const access = await revisionAccess(tx, actor, meeting.revisionId);
      access.requireCoordinator();
      if (meeting.version !== version) throw new DomainError('VERSION_CONFLICT');
      const before = {
        title: meeting.title,
        startsAt: meeting.startsAt,
        attendance: meeting.attendance,
        recommendationIds: (await tx.findBy(WorkshopMeetingRecommendation, { meetingId: meeting.id })).map(
          (l) => l.recommendationId,
        ),
      };
      const fields = await this.fields(tx, access, input);
      Object.assign(meeting, fields);
      const saved = await tx.save(meeting);
      await tx.delete(WorkshopMeetingRecommendation, { meetingId: meeting.id });
      const recommendationIds = await this.link(tx, access, meeting.id, input.recommendationIds ?? []);
      await this.audit(tx, access, 'workshop-meeting.update', meeting.id, before, { ...fields, recommendationIds });
      return saved;
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const meeting = isUuid(id) ? await tx.findOneBy(WorkshopMeeting, { id }) : null;
      if (!meeting) throw notFound();
      const access = await revisionAccess(tx, actor, meeting.revisionId);
      access.requireCoordinator();
      await tx.delete(WorkshopMeeting, { id: meeting.id });
      await this.audit(tx, access, 'workshop-meeting.delete', meeting.id, { title: meeting.title }, null);
      return true;
    });
  }

  private async fields(tx: EntityManager, access: RevisionAccess, input: WorkshopMeetingInput) {
    const field = isUuid(input.fieldOfActionId)
      ? await tx.findOneBy(FieldOfAction, { id: input.fieldOfActionId, revisionId: access.revision.id })
      : null;
    if (!field) throw invalid('fieldOfActionId: not a field of action of the revision');
    if (!(input.startsAt instanceof Date) || Number.isNaN(input.startsAt.getTime()))
      throw invalid('startsAt: required');
    const attendance = input.attendance ?? null;
    if (attendance !== null && (!Number.isInteger(attendance) || attendance < 0 || attendance > MAX_ATTENDANCE)) {
      throw invalid(`attendance: a whole number from 0 to ${MAX_ATTENDANCE}`);
    }
    return {
      fieldOfActionId: field.id,
      title: requiredText(input.title, 'title', 200),
      startsAt: input.startsAt,
      location: optionalText(input.location, 'location', 300),
      attendance,
      minutes: sanitizeRichText(input.minutes ?? ''),
    };
  }

  private async link(tx: EntityManager, access: RevisionAccess, meetingId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    if (unique.some((id) => !isUuid(id))) throw invalid('recommendationIds: unknown recommendation');
    const found = await tx.findBy(Recommendation, { id: In(unique), revisionId: access.revision.id });
    if (found.length !== unique.length) throw invalid('recommendationIds: only recommendations of this revision');
    // Drafts are private to their authors and the coordinators; the minutes are read by everyone of the revision.
    if (found.some((r) => r.status === RecommendationStatus.DRAFT)) {
      throw invalid('recommendationIds: drafts cannot be named before they are submitted');
    }
    await tx.insert(
      WorkshopMeetingRecommendation,
      unique.map((recommendationId) => ({ meetingId, recommendationId })),
    );
    return unique;
  }

  private audit(
    tx: EntityManager,
    access: RevisionAccess,
    action: string,
    id: string,
    before: object | null,
    after: object | null,
  ) {
    return audit(tx, {
      regionId: access.regionId,
      revisionId: access.revision.id,
      actorId: access.userId,
      action,
      entityType: 'WorkshopMeeting',
      entityId: id,
      before,
      after,
    });
  }
}
