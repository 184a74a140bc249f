import { type JobEnqueuer } from '@konzeptwerk/platform';
import {
  asCaller,
  dataOf,
  seedFixtures,
  signInAll,
  startTestApi,
  TEST_PASSWORD,
  type Fixtures,
  type TestApi,
} from '@konzeptwerk/testing';
import { SurveyReminderSweepJob, SurveyRemindJob, type SurveyRemindData } from '../survey-reminders.job';

let api: TestApi;
let f: Fixtures;
let as: ReturnType<typeof asCaller>;

beforeAll(async () => {
  api = await startTestApi();
  f = await seedFixtures(api.ds, TEST_PASSWORD);
  as = asCaller(api, await signInAll(api, f, ['coordinatorA']));
});
afterAll(() => api?.close());

const DAY = 86_400_000;
const de = (text: string) => [{ language: 'de', text }];
const coordinator = (query: string, variables: Record<string, unknown> = {}) => as('coordinatorA')(query, variables);
const SUBMIT = `mutation($t:String!,$a:[SurveyAnswerInput!]!){ submitSurveyResponse(token:$t, language:"de", answers:$a){ submittedAt } }`;

/** A published survey, open since ten days, closing in `closesInDays`, reminding 7 and 2 days before. */
async function openSurvey(title: string, closesInDays: number) {
  const input = {
    title: de(title),
    languages: ['de'],
    opensAt: new Date(Date.now() - 10 * DAY).toISOString(),
    closesAt: new Date(Date.now() + closesInDays * DAY).toISOString(),
    reminderDaysBefore: [7, 2],
  };
  const { id } = dataOf(
    await coordinator('mutation($r:ID!,$i:SurveyInput!){ createSurvey(revisionId:$r, input:$i){ id } }', {
      r: f.revisionA,
      i: input,
    }),
  ).createSurvey as { id: string };
  const sectionId = dataOf(
    await coordinator('mutation($s:ID!,$i:SurveySectionInput!){ saveSurveySection(surveyId:$s, input:$i){ id } }', {
      s: id,
      i: { title: de('Allgemein') },
    }),
  ).saveSurveySection.id as string;
  const questionId = dataOf(
    await coordinator('mutation($s:ID!,$i:SurveyQuestionInput!){ saveSurveyQuestion(surveyId:$s, input:$i){ id } }', {
      s: id,
      i: { sectionId, kind: 'FREE_TEXT', required: true, text: de('Was fehlt?') },
    }),
  ).saveSurveyQuestion.id as string;
  dataOf(await coordinator('mutation($id:ID!){ publishSurvey(id:$id){ status } }', { id }));
  return { id, questionId, input };
}

async function invite(surveyId: string, emails: string[]) {
  dataOf(
    await coordinator(
      'mutation($s:ID!,$i:[SurveyInviteeInput!]!){ inviteToSurvey(surveyId:$s, invitees:$i){ invited } }',
      { s: surveyId, i: emails.map((email) => ({ email, name: email.split('@')[0], audience: 'ORGANISATION' })) },
    ),
  );
}

const tokenOf = async (surveyId: string, email: string) =>
  (
    (await api.ds.query(`SELECT token FROM survey_invitation WHERE survey_id = $1 AND email = $2`, [
      surveyId,
      email,
    ])) as { token: string }[]
  )[0].token;

async function submit(surveyId: string, questionId: string, email: string) {
  dataOf(
    await as('anonymous')(SUBMIT, {
      t: await tokenOf(surveyId, email),
      a: [{ questionId, text: 'Mehr Sprachkurse am Abend.' }],
    }),
  );
}

/** The reminders of a survey in the outbox: recipient, subject and body. */
const reminders = async (surveyId: string) =>
  (await api.ds.query(
    `SELECT o.recipient, o.subject, o.text_body FROM outbox_message o
      WHERE o.kind = 'survey-reminder'
        AND EXISTS (SELECT 1 FROM survey_invitation i WHERE i.survey_id = $1 AND i.email = o.recipient)
      ORDER BY o.created_at, o.recipient`,
    [surveyId],
  )) as { recipient: string; subject: string; text_body: string }[];

function recorder() {
  const enqueued: { data: SurveyRemindData; jobId?: string }[] = [];
  const jobs: JobEnqueuer = {
    async enqueue(queue, name, data, opts) {
      expect([queue, name]).toEqual(['reminders', SurveyRemindJob.jobName]);
      enqueued.push({ data: data as SurveyRemindData, jobId: opts?.jobId });
    },
  };
  return { jobs, enqueued };
}

describe('survey reminders', () => {
  test('exactly once per invitee and point, none after submission or before the invitation, again when the close moves', async () => {
    const survey = await openSurvey('Umfrage Erinnerungen', 1.5);
    const emails = ['anna@example.org', 'ben@example.org', 'cem@example.org'];
    await invite(survey.id, emails);
    // Invited ten days ago: both points (7 and 2 days before the close) lay after the invitations.
    await api.ds.query(`UPDATE survey_invitation SET created_at = now() - interval '10 days' WHERE survey_id = $1`, [
      survey.id,
    ]);
    // Dora is invited today, after the point 2 days before the close: she has just had her invitation.
    await invite(survey.id, ['dora@example.org']);
    // Ben submits before any reminder.
    await submit(survey.id, survey.questionId, 'ben@example.org');

    const { jobs, enqueued } = recorder();
    const sweep = new SurveyReminderSweepJob(api.ds, jobs);
    const remind = new SurveyRemindJob(api.ds);
    await sweep.handle();
    const points = enqueued.filter((e) => e.data.surveyId === survey.id);
    // Only the latest due point: 2 days before the close, not the older 7-day one as well.
    expect(points.map((p) => p.data.daysBefore)).toEqual([2]);
    const point = points[0].data;
    expect(points[0].jobId).toBe(SurveyReminderSweepJob.jobId(point));
    expect(points[0].jobId).not.toContain(':');

    expect(await remind.handle(point)).toBe(2);
    expect(await remind.handle(point)).toBe(0); // run twice: nothing more
    const first = await reminders(survey.id);
    expect(first.map((m) => m.recipient)).toEqual(['anna@example.org', 'cem@example.org']);
    expect(first[0].subject).toMatch(/^Erinnerung: Umfrage „Umfrage Erinnerungen“ bis /);
    // The personal link: the invitee's own token, which the API never shows.
    expect(first[0].text_body).toContain(`/umfrage/${await tokenOf(survey.id, 'anna@example.org')}`);
    expect(first[0].text_body).toContain('Guten Tag anna,');
    expect(first[1].text_body).toContain(`/umfrage/${await tokenOf(survey.id, 'cem@example.org')}`);
    // The older point, had its job been delayed until now, is void: no burst of old reminders.
    expect(await remind.handle({ ...point, daysBefore: 7 })).toBe(0);
    // A day that is not among the survey's reminder days sends nothing either.
    expect(await remind.handle({ ...point, daysBefore: 1 })).toBe(0);

    // Everyone due was reminded: the sweep finds nothing more for this survey.
    enqueued.length = 0;
    await sweep.handle();
    expect(enqueued.filter((e) => e.data.surveyId === survey.id)).toEqual([]);

    // Cem submits after his reminder; then the close moves a day later. The old point is void, the new
    // close's point reminds Anna alone (Dora was invited only after it).
    await submit(survey.id, survey.questionId, 'cem@example.org');
    const { survey: current } = dataOf(
      await coordinator('query($id:ID!){ survey(id:$id){ version } }', { id: survey.id }),
    );
    dataOf(
      await coordinator(
        'mutation($id:ID!,$v:Int!,$i:SurveyInput!){ updateSurvey(id:$id, version:$v, input:$i){ closesAt } }',
        {
          id: survey.id,
          v: current.version,
          i: { ...survey.input, closesAt: new Date(Date.now() + 1.8 * DAY).toISOString() },
        },
      ),
    );
    await sweep.handle();
    const again = enqueued.filter((e) => e.data.surveyId === survey.id).map((e) => e.data);
    expect(again).toHaveLength(1);
    expect(again[0].daysBefore).toBe(2);
    expect(again[0].closesAt).not.toBe(point.closesAt);
    expect(await remind.handle(point)).toBe(0);
    expect(await remind.handle(again[0])).toBe(1);
    expect(await remind.handle(again[0])).toBe(0);
    expect((await reminders(survey.id)).map((m) => m.recipient)).toEqual([
      'anna@example.org',
      'cem@example.org',
      'anna@example.org',
    ]);
  });

  test('no reminders before a point is due, for drafts, or once the survey has closed', async () => {
    // Closes in 3 days: the 7-day point is due (4 days ago), the 2-day point is a day ahead.
    const early = await openSurvey('Umfrage früh', 3);
    await invite(early.id, ['eva@example.org']);
    await api.ds.query(`UPDATE survey_invitation SET created_at = now() - interval '10 days' WHERE survey_id = $1`, [
      early.id,
    ]);
    const closed = await openSurvey('Umfrage geschlossen', 1.5);
    await invite(closed.id, ['finn@example.org']);
    await api.ds.query(`UPDATE survey_invitation SET created_at = now() - interval '10 days' WHERE survey_id = $1`, [
      closed.id,
    ]);
    const { jobs, enqueued } = recorder();
    const sweep = new SurveyReminderSweepJob(api.ds, jobs);
    await sweep.handle();
    const due = enqueued.filter((e) => e.data.surveyId === closed.id).map((e) => e.data);
    expect(due).toHaveLength(1);
    // The early survey's latest due point is the 7-day one: the 2-day point is not due yet.
    expect(enqueued.filter((e) => e.data.surveyId === early.id).map((e) => e.data.daysBefore)).toEqual([7]);

    // The survey closes before its reminder runs: nothing goes out, and the sweep no longer finds it.
    await api.ds.query(`UPDATE survey SET closes_at = now() - interval '1 minute' WHERE id = $1`, [closed.id]);
    expect(await new SurveyRemindJob(api.ds).handle({ ...due[0] })).toBe(0);
    await api.ds.query(`UPDATE survey SET status = 'DRAFT', closes_at = $2 WHERE id = $1`, [
      closed.id,
      due[0].closesAt,
    ]);
    expect(await new SurveyRemindJob(api.ds).handle(due[0])).toBe(0);
    enqueued.length = 0;
    await sweep.handle();
    expect(enqueued.filter((e) => e.data.surveyId === closed.id)).toEqual([]);
    expect(await reminders(closed.id)).toEqual([]);
    // Bad data is ignored, not thrown on.
    expect(await new SurveyRemindJob(api.ds).handle({ surveyId: 'x', closesAt: '', daysBefore: 2 })).toBe(0);
  });
});
