import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { RECOMMENDATION_STATUS_LABELS, RecommendationStatus } from '@konzeptwerk/contracts';
import { enqueueMail, notify } from '@konzeptwerk/notifications';
import { Actor, DomainError, audit, forbidden, invalid, isUuid, notFound, optionalText } from '@konzeptwerk/platform';
import { Organisation } from '@konzeptwerk/regions';
import { announceStatusChange } from '../status-notices';
import { revisionAccess } from '../access';
import { FeasibilityCheck, FeasibilityRequest, Recommendation } from '../recommendation.entity';
import { feasibilityPath, feasibilityRequestMail } from './feasibility-mails';
import { recipientsOf } from './feasibility-recipients';
import {
  MAX_ORGANISATIONS_PER_REQUEST,
  MAX_RECOMMENDATIONS_PER_REQUEST,
  REQUESTABLE_STATUSES,
  checkAnswer,
  checkAnswerWindow,
  checkDeadline,
  checkIds,
  checkOrder,
  checkReminderDays,
} from './feasibility-rules';
import type { AnswerFeasibilityInput, RequestFeasibilityInput } from './feasibility.inputs';
import type { FeasibilityCell, FeasibilityMatrix, FeasibilityRequestResult } from './feasibility.types';

@Injectable()
export class FeasibilityService {
  constructor(private readonly db: DataSource) {}

  /**
   * Asks organisations of the region whether recommendations are feasible for
   * them: one check per recommendation and organisation, mail and in-app
   * notice to whoever answers for each organisation, all in one transaction.
   */
  async requestFeasibility(actor: Actor, input: RequestFeasibilityInput): Promise<FeasibilityRequestResult> {
    actor.requireUser();
    return this.db.transaction(async (tx) => {
      // The share lock keeps the revision (and with it the region) from changing under the request.
      const access = await revisionAccess(tx, actor, input.revisionId, true);
      access.requireCoordinator();
      const deadline = checkDeadline(input.deadline, new Date());
      const reminderDaysBefore = checkReminderDays(input.reminderDaysBefore);
      const message = optionalText(input.message, 'message', 5000);
      const recommendationIds = checkIds(
        input.recommendationIds,
        'recommendationIds',
        MAX_RECOMMENDATIONS_PER_REQUEST,
        'not every recommendation belongs to this revision',
      );
      const organisationIds = checkIds(
        input.organisationIds,
        'organisationIds',
        MAX_ORGANISATIONS_PER_REQUEST,
        'not every organisation belongs to this region',
      );

      // Locked: their status may change here, and a second request for the same pairs waits and then sees ours.
      const recommendations = await tx.find(Recommendation, {
        where: { id: In(recommendationIds), revisionId: access.revision.id },
        order: { reference: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (recommendations.length !== recommendationIds.length) {
        throw invalid('recommendationIds: not every recommendation belongs to this revision');
      }
      const blocked = recommendations.find((r) => !REQUESTABLE_STATUSES.has(r.status));
      if (blocked) {
        throw new DomainError(
          'STATUS_TRANSITION_INVALID',
          { status: RECOMMENDATION_STATUS_LABELS[blocked.status] },
          { recommendationId: blocked.id, reference: blocked.reference },
        );
      }
      const organisations = await recipientsOf(tx, access.revision.id, organisationIds);
      if (organisationIds.some((id) => organisations.get(id)?.regionId !== access.regionId)) {
        throw invalid('organisationIds: not every organisation belongs to this region');
      }

      const waiting = (await tx.query(
        `SELECT c.recommendation_id, c.organisation_id
           FROM feasibility_check c JOIN feasibility_request q ON q.id = c.request_id
          WHERE c.recommendation_id = ANY($1::uuid[]) AND c.organisation_id = ANY($2::uuid[])
            AND c.answer IS NULL AND q.deadline > now()`,
        [recommendationIds, organisationIds],
      )) as { recommendation_id: string; organisation_id: string }[];
      const open = new Set(waiting.map((w) => `${w.recommendation_id}/${w.organisation_id}`));
      const pairs = recommendations.flatMap((r) =>
        organisationIds
          .filter((o) => !open.has(`${r.id}/${o}`))
          .map((organisationId) => ({ recommendation: r, organisationId })),
      );
      const skipped = recommendations.length * organisationIds.length - pairs.length;
      if (pairs.length === 0) {
        throw invalid('every chosen recommendation already waits for an answer from every chosen organisation');
      }

      const moving = recommendations.filter((r) => r.status === RecommendationStatus.IN_REVIEW);
      if (moving.length) {
        await tx.query(
          `UPDATE recommendation
              SET status = 'FEASIBILITY_CHECK', status_reason = NULL, status_changed_at = now(),
                  updated_at = now(), version = version + 1
            WHERE id = ANY($1::uuid[])`,
          [moving.map((r) => r.id)],
        );
        for (const r of moving) {
          await audit(tx, {
            regionId: access.regionId,
            revisionId: access.revision.id,
            actorId: access.userId,
            action: 'recommendation.status',
            entityType: 'Recommendation',
            entityId: r.id,
            before: { status: RecommendationStatus.IN_REVIEW },
            after: { status: RecommendationStatus.FEASIBILITY_CHECK },
          });
          await announceStatusChange(
            tx,
            access,
            r,
            RecommendationStatus.IN_REVIEW,
            RecommendationStatus.FEASIBILITY_CHECK,
            null,
          );
        }
      }

      const request = await tx.save(
        tx.create(FeasibilityRequest, {
          revisionId: access.revision.id,
          deadline,
          message,
          reminderDaysBefore,
          createdById: access.userId,
        }),
      );
      await tx.insert(
        FeasibilityCheck,
        pairs.map((p) => ({
          requestId: request.id,
          recommendationId: p.recommendation.id,
          organisationId: p.organisationId,
        })),
      );

      const [names] = (await tx.query(
        `SELECT (SELECT name FROM region WHERE id = $1) AS region, (SELECT display_name FROM account WHERE id = $2) AS actor`,
        [access.regionId, access.userId],
      )) as { region: string; actor: string }[];
      const unreachable: string[] = [];
      for (const organisationId of organisationIds) {
        const asked = pairs.filter((p) => p.organisationId === organisationId).map((p) => p.recommendation);
        if (asked.length === 0) continue;
        const organisation = organisations.get(organisationId)!;
        if (organisation.recipients.length === 0) unreachable.push(organisationId);
        for (const recipient of organisation.recipients) {
          const mail = feasibilityRequestMail({
            revisionId: access.revision.id,
            revisionTitle: access.revision.title,
            regionName: names.region,
            organisationName: organisation.name,
            coordinatorName: names.actor,
            recommendations: asked,
            deadline,
            message,
            hasAccount: recipient.accountId !== null,
          });
          await enqueueMail(tx, {
            regionId: access.regionId,
            kind: 'feasibility-request',
            recipient: recipient.email,
            ...mail,
          });
        }
        await notify(
          tx,
          organisation.recipients.flatMap((r) => (r.accountId ? [r.accountId] : [])),
          {
            regionId: access.regionId,
            kind: 'feasibility.requested',
            params: {
              requestId: request.id,
              revisionId: access.revision.id,
              organisation: organisation.name,
              references: asked.map((r) => r.reference),
              deadline: deadline.toISOString(),
              by: names.actor,
            },
            link: feasibilityPath(access.revision.id),
          },
        );
      }

      await audit(tx, {
        regionId: access.regionId,
        revisionId: access.revision.id,
        actorId: access.userId,
        action: 'feasibility.requested',
        entityType: 'FeasibilityRequest',
        entityId: request.id,
        after: {
          deadline,
          reminderDaysBefore,
          message,
          recommendations: [...new Set(pairs.map((p) => p.recommendation.reference))],
          organisations: organisationIds
            .filter((id) => pairs.some((p) => p.organisationId === id))
            .map((id) => organisations.get(id)!.name),
          checks: pairs.length,
          skipped,
        },
      });
      return { request, created: pairs.length, skipped, organisationsWithoutRecipient: unreachable };
    });
  }

  /**
   * An implementing actor's statement for their organisation. It may be
   * changed until the deadline; every answer is audited and reported to the
   * coordinator who asked.
   */
  async answerFeasibility(actor: Actor, input: AnswerFeasibilityInput): Promise<FeasibilityCheck> {
    actor.requireUser();
    if (!isUuid(input.checkId)) throw notFound();
    return this.db.transaction(async (tx) => {
      const check = await tx.findOne(FeasibilityCheck, {
        where: { id: input.checkId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!check) throw notFound();
      const request = await tx.findOneByOrFail(FeasibilityRequest, { id: check.requestId });
      const access = await revisionAccess(tx, actor, request.revisionId);
      // Only the organisation speaks for itself: coordinators see the answers but cannot give them.
      if (!access.implementingOrganisationIds.includes(check.organisationId)) throw forbidden();
      checkAnswerWindow(check.answer, request.deadline, new Date());
      const comment = optionalText(input.comment, 'comment', 5000);
      checkAnswer(input.answer, comment);
      if (check.version !== input.version) throw new DomainError('VERSION_CONFLICT');

      const recommendation = await tx.findOneByOrFail(Recommendation, { id: check.recommendationId });
      const organisation = await tx.findOneByOrFail(Organisation, { id: check.organisationId });
      const context = { recommendation: recommendation.reference, organisation: organisation.name };
      const before = check.answer ? { ...context, answer: check.answer, comment: check.comment } : null;
      check.answer = input.answer;
      check.comment = comment;
      check.answeredById = access.userId;
      check.answeredAt = new Date();
      const saved = await tx.save(check);

      await audit(tx, {
        regionId: access.regionId,
        revisionId: request.revisionId,
        actorId: access.userId,
        action: 'feasibility.answered',
        entityType: 'FeasibilityCheck',
        entityId: check.id,
        before,
        after: { ...context, answer: input.answer, comment },
      });
      if (request.createdById) {
        const [by] = (await tx.query(`SELECT display_name FROM account WHERE id = $1`, [access.userId])) as {
          display_name: string;
        }[];
        await notify(tx, [request.createdById], {
          regionId: access.regionId,
          kind: 'feasibility.answered',
          params: {
            checkId: check.id,
            requestId: request.id,
            revisionId: request.revisionId,
            recommendationId: recommendation.id,
            reference: recommendation.reference,
            title: recommendation.title,
            organisation: organisation.name,
            answer: input.answer,
            changed: before !== null,
            by: by.display_name,
          },
          link: feasibilityPath(request.revisionId),
        });
      }
      return Object.assign(saved, { request, recommendation, organisation });
    });
  }

  /**
   * The coordinators' overview: every recommendation in the feasibility check
   * or with a check, every organisation asked, and the latest check of each
   * pair. Four statements whatever the size.
   */
  async feasibilityMatrix(actor: Actor, revisionId: string): Promise<FeasibilityMatrix> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    access.requireCoordinator();
    const checked = `SELECT c.recommendation_id FROM feasibility_check c
                       JOIN feasibility_request q ON q.id = c.request_id WHERE q.revision_id = :revisionId`;
    const [recommendations, organisations, rows] = await Promise.all([
      this.db
        .getRepository(Recommendation)
        .createQueryBuilder('r')
        .innerJoin('r.fieldOfAction', 'f')
        .where('r.revisionId = :revisionId', { revisionId })
        .andWhere(`(r.status = :status OR r.id IN (${checked}))`, { status: RecommendationStatus.FEASIBILITY_CHECK })
        .orderBy('f.position', 'ASC')
        .addOrderBy('r.number', 'ASC')
        .getMany(),
      this.db
        .getRepository(Organisation)
        .createQueryBuilder('o')
        .where(
          `o.id IN (SELECT c.organisation_id FROM feasibility_check c
                      JOIN feasibility_request q ON q.id = c.request_id WHERE q.revision_id = :revisionId)`,
          { revisionId },
        )
        .orderBy('o.name', 'ASC')
        .getMany(),
      this.db.query(
        `SELECT DISTINCT ON (c.recommendation_id, c.organisation_id)
                c.id, c.request_id, c.recommendation_id, c.organisation_id, c.answer, c.comment, c.answered_at, q.deadline
           FROM feasibility_check c JOIN feasibility_request q ON q.id = c.request_id
          WHERE q.revision_id = $1
          ORDER BY c.recommendation_id, c.organisation_id, q.created_at DESC, c.created_at DESC`,
        [revisionId],
      ) as Promise<
        {
          id: string;
          request_id: string;
          recommendation_id: string;
          organisation_id: string;
          answer: FeasibilityCell['answer'];
          comment: string | null;
          answered_at: Date | null;
          deadline: Date;
        }[]
      >,
    ]);
    return {
      recommendations,
      organisations,
      cells: rows.map((c) => ({
        recommendationId: c.recommendation_id,
        organisationId: c.organisation_id,
        checkId: c.id,
        requestId: c.request_id,
        answer: c.answer,
        comment: c.comment,
        answeredAt: c.answered_at,
        deadline: c.deadline,
      })),
    };
  }

  /**
   * The checks the actor works on: an implementing actor's organisations'
   * checks, or, for coordinators, every check of the revision. Open ones
   * first. Recommendation, request and organisation come with each check.
   */
  async myFeasibilityChecks(actor: Actor, revisionId: string): Promise<FeasibilityCheck[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    let organisationIds: string[] | null = null;
    if (!access.isCoordinator) {
      organisationIds = access.implementingOrganisationIds;
      if (organisationIds.length === 0) throw forbidden();
    }
    const checks = await this.db.getRepository(FeasibilityCheck).find({
      where: {
        request: { revisionId },
        ...(organisationIds ? { organisationId: In(organisationIds) } : {}),
      },
      relations: { request: true, recommendation: true, organisation: true },
    });
    const now = new Date();
    const key = (c: FeasibilityCheck) => ({
      answer: c.answer,
      answeredAt: c.answeredAt,
      deadline: c.request!.deadline,
      reference: c.recommendation!.reference,
    });
    return checks.sort((a, b) => checkOrder(key(a), key(b), now));
  }

  // Loaders for the check's nested objects when they did not come with it.
  requestsByIds(ids: readonly string[]) {
    return this.db.getRepository(FeasibilityRequest).findBy({ id: In([...ids]) });
  }

  recommendationsByIds(ids: readonly string[]) {
    return this.db.getRepository(Recommendation).findBy({ id: In([...ids]) });
  }

  organisationsByIds(ids: readonly string[]) {
    return this.db.getRepository(Organisation).findBy({ id: In([...ids]) });
  }
}
