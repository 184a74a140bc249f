// Types only: @konzeptwerk/database imports this library and @konzeptwerk/jobs imports the database,
// so a value import from jobs would close a cycle.
import type { JobContribution, JobHandler, JobQueues } from '@konzeptwerk/jobs';
import type { DataSource } from 'typeorm';
import { claimReminder, enqueueMail } from '@konzeptwerk/notifications';
import { type JobEnqueuer, isUuid } from '@konzeptwerk/platform';
import { surveyReminderMail } from './survey-mails';
import type { Texts } from './survey.entity';

export interface SurveyRemindData {
  surveyId: string;
  /** The close the point belongs to (ISO): a moved close date brings points of its own. */
  closesAt: string;
  daysBefore: number;
}

const SWEEP_EVERY_MS = 60_000;
const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The key of one reminder to one invitee. It holds the survey's close, so when the close is moved the
 * invitees are reminded again before the new one, and never twice before the same one.
 */
export const surveyReminderKey = (point: SurveyRemindData, invitationId: string) =>
  `survey:${point.surveyId}:${point.closesAt}:${point.daysBefore}:${invitationId}`;

/**
 * `survey.sweep`: finds the reminder points that are due and enqueues `survey.remind` for each. A point is
 * (survey, close, d) for each d of the survey's reminder days while it is published and open. As with the
 * review reminders, only the latest due point counts (no burst of old ones), a point before the survey opened
 * is never due, and points whose every open invitee was reminded (or invited after the point) are left out.
 */
export class SurveyReminderSweepJob implements JobHandler<Record<string, never>> {
  static readonly jobName = 'survey.sweep';
  readonly queue = 'reminders' as const;
  readonly name = SurveyReminderSweepJob.jobName;

  static async schedule(queues: JobQueues, everyMs = SWEEP_EVERY_MS): Promise<void> {
    await queues
      .get('reminders')
      .upsertJobScheduler(
        SurveyReminderSweepJob.jobName,
        { every: everyMs },
        { name: SurveyReminderSweepJob.jobName, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
  }

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobEnqueuer,
  ) {}

  async duePoints(): Promise<SurveyRemindData[]> {
    const rows = (await this.db.query(
      `WITH due AS (
         SELECT s.id AS survey_id, s.closes_at, min(d) AS days_before
           FROM survey s
           CROSS JOIN LATERAL unnest(s.reminder_days_before) AS d
          WHERE s.status = 'PUBLISHED'
            AND s.opens_at <= now()
            AND s.closes_at > now()
            AND s.closes_at - make_interval(days => d) <= now()
            AND s.closes_at - make_interval(days => d) > s.opens_at
          GROUP BY s.id, s.closes_at
       )
       SELECT due.survey_id, due.closes_at, due.days_before
         FROM due
        WHERE EXISTS (
                SELECT 1 FROM survey_invitation i
                 WHERE i.survey_id = due.survey_id
                   AND i.submitted_at IS NULL
                   AND i.created_at < due.closes_at - make_interval(days => due.days_before)
                   AND NOT EXISTS (SELECT 1 FROM reminder_log l
                                    WHERE l.key = 'survey:' || due.survey_id || ':'
                                                  || to_char(due.closes_at AT TIME ZONE 'UTC', ${ISO_UTC})
                                                  || ':' || due.days_before || ':' || i.id))
        ORDER BY due.survey_id`,
    )) as { survey_id: string; closes_at: Date; days_before: number }[];
    return rows.map((r) => ({
      surveyId: r.survey_id,
      closesAt: r.closes_at.toISOString(),
      daysBefore: Number(r.days_before),
    }));
  }

  /** One id per point: enqueuing it again while it waits or runs is a no-op. BullMQ forbids ':' in ids. */
  static jobId(point: SurveyRemindData): string {
    return `survey-remind-${point.surveyId}-${Date.parse(point.closesAt)}-${point.daysBefore}`;
  }

  async handle(): Promise<number> {
    const points = await this.duePoints();
    for (const point of points)
      await this.jobs.enqueue('reminders', SurveyRemindJob.jobName, point, {
        jobId: SurveyReminderSweepJob.jobId(point),
      });
    return points.length;
  }
}

/**
 * `survey.remind`: reminds the invitees of one survey who have not submitted that it closes soon. Each
 * invitee's key is claimed in the same transaction as the mail: running the job again sends nothing, and a
 * point that is void by now (close moved, survey closed, a later point due) sends nothing at all.
 */
export class SurveyRemindJob implements JobHandler<SurveyRemindData> {
  static readonly jobName = 'survey.remind';
  readonly queue = 'reminders' as const;
  readonly name = SurveyRemindJob.jobName;

  constructor(private readonly db: DataSource) {}

  async handle(data: SurveyRemindData): Promise<number> {
    const { surveyId, daysBefore } = data ?? ({} as SurveyRemindData);
    if (!isUuid(surveyId) || !Number.isInteger(daysBefore) || typeof data.closesAt !== 'string') return 0;
    return this.db.transaction(async (tx) => {
      // Shared lock: the close date cannot move while this point's reminders are written.
      const [survey] = (await tx.query(
        `SELECT s.title, s.closes_at, s.reminder_days_before, r.region_id,
                s.status = 'PUBLISHED' AND s.opens_at <= now() AND s.closes_at > now() AS open,
                s.closes_at - make_interval(days => $2) AS point,
                EXISTS (SELECT 1 FROM unnest(s.reminder_days_before) AS d
                         WHERE d < $2 AND s.closes_at - make_interval(days => d) <= now()) AS superseded
           FROM survey s JOIN concept_revision r ON r.id = s.revision_id
          WHERE s.id = $1
          FOR SHARE OF s`,
        [surveyId, daysBefore],
      )) as {
        title: Texts;
        closes_at: Date | null;
        reminder_days_before: number[];
        region_id: string;
        open: boolean | null;
        point: Date | null;
        superseded: boolean;
      }[];
      if (
        !survey?.open ||
        !survey.closes_at ||
        !survey.point ||
        survey.closes_at.toISOString() !== data.closesAt ||
        !survey.reminder_days_before.includes(daysBefore) ||
        survey.point.getTime() > Date.now() ||
        survey.superseded
      )
        return 0;
      // The token is not selected by default: it is the invitee's key, needed here for the link only.
      const invitees = (await tx.query(
        `SELECT id, email, name, language, token FROM survey_invitation
          WHERE survey_id = $1 AND submitted_at IS NULL AND created_at < $2
          ORDER BY id`,
        [surveyId, survey.point],
      )) as { id: string; email: string; name: string | null; language: string; token: string }[];
      let sent = 0;
      for (const invitee of invitees) {
        if (!(await claimReminder(tx, surveyReminderKey(data, invitee.id)))) continue;
        const mail = surveyReminderMail({
          token: invitee.token,
          title: survey.title,
          language: invitee.language,
          name: invitee.name,
          closesAt: survey.closes_at,
        });
        await enqueueMail(tx, {
          regionId: survey.region_id,
          kind: 'survey-reminder',
          recipient: invitee.email,
          ...mail,
        });
        sent++;
      }
      return sent;
    });
  }
}

/** The survey reminders' share of the worker: schedules the sweep, handles sweep and reminders. */
export const surveyJobs: JobContribution = async ({ db, queues }) => {
  await SurveyReminderSweepJob.schedule(queues);
  return [new SurveyReminderSweepJob(db, queues), new SurveyRemindJob(db)];
};
