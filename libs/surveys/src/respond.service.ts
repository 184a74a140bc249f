import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import { SurveyAudience, SurveyQuestionKind, SurveyStatus } from '@konzeptwerk/contracts';
import { DomainError, invalid } from '@konzeptwerk/platform';
import {
  type AnswerContext,
  AnswerProblem,
  type AnswerValue,
  isComplete,
  isEmptyAnswer,
  isVisible,
  normaliseAnswer,
  textIn,
} from './survey-model';
import { Survey, SurveyAnswer, SurveyInvitation, SurveyResponse, SurveyStartAttempt } from './survey.entity';
import { newToken, type SurveyStructure, SurveysService } from './surveys.service';

export interface AnswerEntry extends AnswerValue {
  questionId: string;
}

/** Whether a survey takes answers now. */
export enum SurveyAvailability {
  OPEN = 'OPEN',
  NOT_OPEN = 'NOT_OPEN',
  CLOSED = 'CLOSED',
}

/** What a respondent's page needs: the survey in all its languages, the fields and places to pick, their answers. */
export interface RespondentView {
  survey: Survey;
  structure: SurveyStructure;
  availability: SurveyAvailability;
  audience: SurveyAudience;
  /** Null until a public respondent starts. */
  response: SurveyResponse | null;
  answers: AnswerEntry[];
  fieldsOfAction: { id: string; name: string }[];
  municipalities: { id: string; name: string }[];
  /** Whether the token is the public link itself (the respondent has not started yet). */
  isPublicLink: boolean;
  /** The language last used, else the invitation's, else German. */
  language: string;
}

const START_WINDOW_MINUTES = 60;
/** Public responses one client address may start per survey and hour: a household or a class, not a script. */
export const MAX_PUBLIC_STARTS_PER_CLIENT = 20;
const MAX_ANSWERS_PER_SAVE = 500;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Answering a survey without an account: by a personal invitation link (one response, resumable until
 * submitted) or by the public link (anonymous: the response holds only a random token's hash the browser keeps
 * to resume). Answers are saved as the respondent goes; a submission checks everything and is all or nothing.
 */
@Injectable()
export class RespondService {
  constructor(
    private readonly db: DataSource,
    private readonly surveys: SurveysService,
  ) {}

  /** The survey behind a token: an invitation's, a public response's, or the public link's own. */
  async view(token: string): Promise<RespondentView> {
    const found = await this.resolve(this.db.manager, token);
    const answers = found.response ? await this.answersOf(this.db.manager, found.response.id) : [];
    const [structure, fieldsOfAction, municipalities] = await Promise.all([
      this.surveys.structure(found.survey.id),
      this.db.query(`SELECT id, title AS name FROM field_of_action WHERE revision_id = $1 ORDER BY position`, [
        found.survey.revisionId,
      ]) as Promise<{ id: string; name: string }[]>,
      this.db.query(
        `SELECT m.id, m.name FROM municipality m JOIN concept_revision r ON r.region_id = m.region_id
          WHERE r.id = $1 ORDER BY m.name`,
        [found.survey.revisionId],
      ) as Promise<{ id: string; name: string }[]>,
    ]);
    return {
      survey: found.survey,
      structure,
      availability: availability(found.survey),
      audience: found.audience,
      response: found.response,
      answers,
      fieldsOfAction,
      municipalities,
      isPublicLink: found.isPublicLink,
      language: found.response?.language ?? found.invitation?.language ?? 'de',
    };
  }

  /**
   * Starts an anonymous response by the public link; returns the token that resumes it. Limited per client
   * address (kept hashed for a day, apart from the answers).
   */
  async startPublic(publicToken: string, language: string, client: string): Promise<string> {
    const survey = publicToken ? await this.db.getRepository(Survey).findOneBy({ publicToken }) : null;
    if (!survey) throw new DomainError('TOKEN_INVALID');
    requireOpen(survey);
    const clientKey = sha256(`survey:${survey.id}:${client}`);
    const recent = await this.db.manager.countBy(SurveyStartAttempt, {
      clientKey,
      createdAt: MoreThan(new Date(Date.now() - START_WINDOW_MINUTES * 60_000)),
    });
    if (recent >= MAX_PUBLIC_STARTS_PER_CLIENT)
      throw new DomainError('RATE_LIMITED', { minutes: START_WINDOW_MINUTES });
    const token = newToken();
    await this.db.transaction(async (tx) => {
      await tx.insert(SurveyStartAttempt, { clientKey });
      await tx.insert(SurveyResponse, {
        surveyId: survey.id,
        audience: SurveyAudience.PUBLIC,
        tokenHash: sha256(token),
        language: survey.languages.includes(language) ? language : 'de',
      });
    });
    await this.db.query(`DELETE FROM survey_start_attempt WHERE created_at < now() - interval '1 day'`);
    return token;
  }

  /** Saves answers as the respondent goes: given ones replaced, empty ones removed. Nothing else changes. */
  async save(token: string, language: string, entries: AnswerEntry[]): Promise<SurveyResponse> {
    if (entries.length > MAX_ANSWERS_PER_SAVE) throw invalid(`answers: at most ${MAX_ANSWERS_PER_SAVE}`);
    return this.db.transaction(async (tx) => {
      const found = await this.resolve(tx, token, true);
      requireOpen(found.survey);
      const response = found.response ?? (await this.createForInvitation(tx, found));
      if (response.submittedAt) throw new DomainError('SURVEY_SUBMITTED');
      await this.write(tx, found.survey, response.id, entries);
      if (found.survey.languages.includes(language)) response.language = language;
      response.updatedAt = new Date();
      return tx.save(response);
    });
  }

  /**
   * Submits: the given answers are saved, answers to questions hidden by their conditions are dropped, and
   * every visible required question must be answered. All in one transaction: when anything is missing or
   * invalid, nothing of this call is stored and the response stays open.
   */
  async submit(token: string, language: string, entries: AnswerEntry[]): Promise<SurveyResponse> {
    return this.db.transaction(async (tx) => {
      const found = await this.resolve(tx, token, true);
      requireOpen(found.survey);
      const response = found.response ?? (await this.createForInvitation(tx, found));
      if (response.submittedAt) throw new DomainError('SURVEY_SUBMITTED');
      const structure = await this.surveys.structure(found.survey.id, tx);
      await this.write(tx, found.survey, response.id, entries, structure);
      const questions = structure.sections.flatMap((s) => s.questions);
      const byId = new Map(questions.map((q) => [q.id, q]));
      const stored = new Map((await this.answersOf(tx, response.id)).map((a) => [a.questionId, a]));
      const hidden = questions.filter((q) => !isVisible(q, stored, byId));
      const missing = questions.filter(
        (q) =>
          q.required && !hidden.includes(q) && !isComplete(q, stored.get(q.id) as Record<string, unknown> | undefined),
      );
      if (missing.length)
        throw new DomainError(
          'SURVEY_INCOMPLETE',
          { count: missing.length },
          { questionIds: missing.map((q) => q.id) },
        );
      if (hidden.length)
        await tx.query(`DELETE FROM survey_answer WHERE response_id = $1 AND question_id = ANY($2::uuid[])`, [
          response.id,
          hidden.map((q) => q.id),
        ]);
      // The facts results are broken down by: the first municipality and organisation-type answers.
      const place = questions.find((q) => q.kind === SurveyQuestionKind.MUNICIPALITY && stored.has(q.id));
      const type = questions.find((q) => q.kind === SurveyQuestionKind.ORGANISATION_TYPE && stored.has(q.id));
      const invitation = response.invitationId
        ? await tx.findOneBy(SurveyInvitation, { id: response.invitationId })
        : null;
      response.municipalityId =
        (place && !hidden.includes(place) ? (stored.get(place.id)?.municipalityId ?? null) : null) ??
        invitation?.municipalityId ??
        null;
      const typeAnswer = type && !hidden.includes(type) ? stored.get(type.id) : undefined;
      response.respondentType = typeAnswer?.choice
        ? typeAnswer.choice === 'other'
          ? 'other'
          : typeAnswer.choice
        : response.audience;
      if (found.survey.languages.includes(language)) response.language = language;
      response.submittedAt = new Date();
      const saved = await tx.save(response);
      if (invitation) await tx.update(SurveyInvitation, { id: invitation.id }, { submittedAt: saved.submittedAt });
      return saved;
    });
  }

  // ------------------------------------------------------------------ helpers

  private async resolve(manager: EntityManager, token: string, lock = false) {
    if (typeof token !== 'string' || token.length < 16 || token.length > 100) throw new DomainError('TOKEN_INVALID');
    const invitation = await manager
      .createQueryBuilder(SurveyInvitation, 'i')
      .where('i.token = :token', { token })
      .getOne();
    if (invitation) {
      const survey = await manager.findOneByOrFail(Survey, { id: invitation.surveyId });
      const response = await manager.findOne(SurveyResponse, {
        where: { invitationId: invitation.id },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
      return { survey, invitation, response, audience: invitation.audience, isPublicLink: false };
    }
    const response = await manager.findOne(SurveyResponse, {
      where: { tokenHash: sha256(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (response) {
      const survey = await manager.findOneByOrFail(Survey, { id: response.surveyId });
      return { survey, invitation: null, response, audience: response.audience, isPublicLink: false };
    }
    const survey = await manager.findOneBy(Survey, { publicToken: token });
    if (survey && !lock)
      return { survey, invitation: null, response: null, audience: SurveyAudience.PUBLIC, isPublicLink: true };
    throw new DomainError('TOKEN_INVALID');
  }

  /** An invitation's response, made on its first save; the unique invitation id keeps it to one. */
  private async createForInvitation(
    tx: EntityManager,
    found: { survey: Survey; invitation: SurveyInvitation | null },
  ): Promise<SurveyResponse> {
    if (!found.invitation) throw new DomainError('TOKEN_INVALID');
    await tx.query(
      `INSERT INTO survey_response (survey_id, invitation_id, audience, language) VALUES ($1, $2, $3, $4)
       ON CONFLICT (invitation_id) DO NOTHING`,
      [found.survey.id, found.invitation.id, found.invitation.audience, found.invitation.language],
    );
    return tx.findOneOrFail(SurveyResponse, {
      where: { invitationId: found.invitation.id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async write(
    tx: EntityManager,
    survey: Survey,
    responseId: string,
    entries: AnswerEntry[],
    structure?: SurveyStructure,
  ) {
    if (!entries.length) return;
    const { sections } = structure ?? (await this.surveys.structure(survey.id, tx));
    const questions = new Map(sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
    const ctx = await this.context(tx, survey);
    const upserts: { questionId: string; value: Record<string, unknown> }[] = [];
    const removals: string[] = [];
    for (const entry of entries) {
      const question = questions.get(entry.questionId);
      if (!question) throw invalid(`answers: ${String(entry.questionId)} is not a question of this survey`);
      if (isEmptyAnswer(entry)) {
        removals.push(question.id);
        continue;
      }
      try {
        upserts.push({ questionId: question.id, value: normaliseAnswer(question, entry, ctx) });
      } catch (e) {
        if (!(e instanceof AnswerProblem)) throw e;
        throw new DomainError('ANSWER_INVALID', { question: textIn(question.text, 'de'), details: e.message });
      }
    }
    if (removals.length)
      await tx.query(`DELETE FROM survey_answer WHERE response_id = $1 AND question_id = ANY($2::uuid[])`, [
        responseId,
        removals,
      ]);
    if (upserts.length)
      await tx.query(
        `INSERT INTO survey_answer (response_id, question_id, value, updated_at)
         SELECT $1, q, v, now() FROM unnest($2::uuid[], $3::jsonb[]) AS t(q, v)
         ON CONFLICT (response_id, question_id) DO UPDATE SET value = excluded.value, updated_at = now()`,
        [responseId, upserts.map((u) => u.questionId), upserts.map((u) => JSON.stringify(u.value))],
      );
  }

  private async context(tx: EntityManager, survey: Survey): Promise<AnswerContext> {
    const [fields, places] = await Promise.all([
      tx.query(`SELECT id FROM field_of_action WHERE revision_id = $1`, [survey.revisionId]) as Promise<
        { id: string }[]
      >,
      tx.query(`SELECT m.id FROM municipality m JOIN concept_revision r ON r.region_id = m.region_id WHERE r.id = $1`, [
        survey.revisionId,
      ]) as Promise<{ id: string }[]>,
    ]);
    return { fieldOfActionIds: new Set(fields.map((f) => f.id)), municipalityIds: new Set(places.map((m) => m.id)) };
  }

  private async answersOf(manager: EntityManager, responseId: string): Promise<AnswerEntry[]> {
    const rows = await manager.find(SurveyAnswer, { where: { responseId } });
    return rows.map((r) => ({ questionId: r.questionId, ...(r.value as AnswerValue) }));
  }
}

export function availability(survey: Survey, now = Date.now()): SurveyAvailability {
  if (survey.status !== SurveyStatus.PUBLISHED || !survey.opensAt || survey.opensAt.getTime() > now)
    return SurveyAvailability.NOT_OPEN;
  if (survey.closesAt && survey.closesAt.getTime() <= now) return SurveyAvailability.CLOSED;
  return SurveyAvailability.OPEN;
}

function requireOpen(survey: Survey) {
  const state = availability(survey);
  if (state === SurveyAvailability.NOT_OPEN) throw new DomainError('SURVEY_NOT_OPEN');
  if (state === SurveyAvailability.CLOSED) throw new DomainError('SURVEY_CLOSED');
}
