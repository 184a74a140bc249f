// Types only: @konzeptwerk/database imports this library and @konzeptwerk/jobs imports the database,
// so a value import from jobs would close a cycle.
import type { JobContribution, JobHandler, JobQueues } from '@konzeptwerk/jobs';
import type { DataSource } from 'typeorm';
import { claimReminder, enqueueMail, notify } from '@konzeptwerk/notifications';
import { type JobEnqueuer, isUuid } from '@konzeptwerk/platform';
import { FeasibilityRequest } from '../recommendation.entity';
import { feasibilityPath, feasibilityReminderMail } from './feasibility-mails';
import { recipientsOf, reminderKey } from './feasibility-recipients';

export interface FeasibilityRemindData {
  requestId: string;
  organisationId: string;
  daysBefore: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * `feasibility.sweep`: finds the reminder points that are due and enqueues
 * `feasibility.remind` for each.
 *
 * A point is (request, organisation, d) for each d of the request's
 * reminderDaysBefore while the deadline lies ahead and the organisation still
 * has an unanswered check. Rules:
 * - Only the latest due point per organisation counts (the smallest d): when
 *   several are due at once, one reminder goes out, not a burst.
 * - A point that lay before the request was made is never due: the request
 *   mail itself has just said everything (a request three days before its
 *   deadline sends no "7 days left" reminder).
 * - A point whose every recipient already has its reminder is left out, so a
 *   sent point is not enqueued again every minute until the deadline.
 */
export class FeasibilityReminderSweepJob implements JobHandler<Record<string, never>> {
  static readonly jobName = 'feasibility.sweep';
  readonly queue = 'reminders' as const;
  readonly name = FeasibilityReminderSweepJob.jobName;

  /** Every worker upserts the same scheduler id, so there is one sweep per interval however many run. */
  static async schedule(queues: JobQueues, everyMs = SWEEP_EVERY_MS): Promise<void> {
    await queues
      .get('reminders')
      .upsertJobScheduler(
        FeasibilityReminderSweepJob.jobName,
        { every: everyMs },
        { name: FeasibilityReminderSweepJob.jobName, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
  }

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobEnqueuer,
  ) {}

  /** The points due now; one query. The reminder keys built here must match `reminderKey`. */
  async duePoints(): Promise<FeasibilityRemindData[]> {
    const rows = (await this.db.query(
      `WITH due AS (
         SELECT q.id AS request_id, q.revision_id, c.organisation_id, min(d) AS days_before
           FROM feasibility_request q
           CROSS JOIN LATERAL unnest(q.reminder_days_before) AS d
           JOIN feasibility_check c ON c.request_id = q.id AND c.answer IS NULL
          WHERE q.deadline > now()
            AND q.deadline - make_interval(days => d) <= now()
            AND q.deadline - make_interval(days => d) > q.created_at
          GROUP BY q.id, q.revision_id, c.organisation_id
       ), recipient AS (
         SELECT due.request_id, due.organisation_id, due.days_before, m.account_id::text AS key
           FROM due JOIN revision_membership m
             ON m.revision_id = due.revision_id AND m.organisation_id = due.organisation_id
            AND m.role = 'IMPLEMENTING_ACTOR'
         UNION ALL
         SELECT due.request_id, due.organisation_id, due.days_before, o.contact_email
           FROM due JOIN organisation o ON o.id = due.organisation_id
          WHERE o.contact_email IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM revision_membership m
                             WHERE m.revision_id = due.revision_id AND m.organisation_id = due.organisation_id
                               AND m.role = 'IMPLEMENTING_ACTOR')
       )
       SELECT DISTINCT r.request_id, r.organisation_id, r.days_before
         FROM recipient r
        WHERE NOT EXISTS (SELECT 1 FROM reminder_log l
                           WHERE l.key = 'feasibility:' || r.request_id || ':' || r.key || ':' || r.days_before)
        ORDER BY r.request_id, r.organisation_id`,
    )) as { request_id: string; organisation_id: string; days_before: number }[];
    return rows.map((r) => ({
      requestId: r.request_id,
      organisationId: r.organisation_id,
      daysBefore: Number(r.days_before),
    }));
  }

  /** One id per point: enqueuing it again while it waits or runs is a no-op. BullMQ forbids ':' in ids. */
  static jobId(point: FeasibilityRemindData): string {
    return `feasibility-remind-${point.requestId}-${point.organisationId}-${point.daysBefore}`;
  }

  async handle(): Promise<number> {
    const points = await this.duePoints();
    for (const point of points) {
      await this.jobs.enqueue('reminders', FeasibilityRemindJob.jobName, point, {
        jobId: FeasibilityReminderSweepJob.jobId(point),
      });
    }
    return points.length;
  }
}

/**
 * `feasibility.remind`: reminds one organisation of its open checks in one
 * request. Each recipient's reminder key is claimed in the same transaction as
 * the mail and the notification, so running the job again sends nothing more,
 * and a point whose checks were answered meanwhile sends nothing at all.
 */
export class FeasibilityRemindJob implements JobHandler<FeasibilityRemindData> {
  static readonly jobName = 'feasibility.remind';
  readonly queue = 'reminders' as const;
  readonly name = FeasibilityRemindJob.jobName;

  constructor(private readonly db: DataSource) {}

  /** How many reminders were written. */
  async handle(data: FeasibilityRemindData): Promise<number> {
    const { requestId, organisationId, daysBefore } = data;
    if (!isUuid(requestId) || !isUuid(organisationId) || !Number.isInteger(daysBefore)) return 0;
    return this.db.transaction(async (tx) => {
      const request = await tx.findOneBy(FeasibilityRequest, { id: requestId });
      if (!request || request.deadline.getTime() <= Date.now() || !request.reminderDaysBefore.includes(daysBefore)) {
        return 0;
      }
      const open = (await tx.query(
        `SELECT r.reference, r.title, rev.title AS revision_title, rev.region_id
           FROM feasibility_check c
           JOIN recommendation r ON r.id = c.recommendation_id
           JOIN concept_revision rev ON rev.id = r.revision_id
          WHERE c.request_id = $1 AND c.organisation_id = $2 AND c.answer IS NULL
          ORDER BY r.reference`,
        [requestId, organisationId],
      )) as { reference: string; title: string; revision_title: string; region_id: string }[];
      if (open.length === 0) return 0;
      const organisation = (await recipientsOf(tx, request.revisionId, [organisationId])).get(organisationId);
      if (!organisation) return 0;
      const { revision_title: revisionTitle, region_id: regionId } = open[0];
      let sent = 0;
      for (const recipient of organisation.recipients) {
        if (!(await claimReminder(tx, reminderKey(requestId, recipient.key, daysBefore)))) continue;
        const mail = feasibilityReminderMail({
          revisionId: request.revisionId,
          revisionTitle,
          organisationName: organisation.name,
          recommendations: open,
          deadline: request.deadline,
          hasAccount: recipient.accountId !== null,
        });
        await enqueueMail(tx, { regionId, kind: 'feasibility-reminder', recipient: recipient.email, ...mail });
        if (recipient.accountId) {
          await notify(tx, [recipient.accountId], {
            regionId,
            kind: 'feasibility.reminder',
            params: {
              requestId,
              revisionId: request.revisionId,
              organisation: organisation.name,
              references: open.map((r) => r.reference),
              deadline: request.deadline.toISOString(),
              daysBefore,
            },
            link: feasibilityPath(request.revisionId),
          });
        }
        sent++;
      }
      return sent;
    });
  }
}

/** The feasibility reminders' share of the worker: schedules the sweep, handles sweep and reminders. */
export const feasibilityJobs: JobContribution = async ({ db, queues }) => {
  await FeasibilityReminderSweepJob.schedule(queues);
  return [new FeasibilityReminderSweepJob(db, queues), new FeasibilityRemindJob(db)];
};
