import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { EvidenceKind, FindingSourceKind, IntervieweeCategory, type SurveyQuestionKind } from '@konzeptwerk/contracts';
import {
  type Actor,
  audit,
  DomainError,
  invalid,
  isUuid,
  notFound,
  optionalText,
  requiredText,
} from '@konzeptwerk/platform';
import {
  type EvidenceLink,
  RecommendationService,
  revisionAccess,
  type RevisionAccess,
} from '@konzeptwerk/recommendations';
import { answerText, requireOfRevision } from './results.service';
import type { AnswerValue } from './survey-model';
import { Finding, FindingSource, Interview, Survey, SurveyResponse } from './survey.entity';

export interface InterviewFields {
  heldOn: string;
  category: IntervieweeCategory;
  pseudonym: string;
  consentGiven: boolean;
  consentTextVersion: string;
  notes: string;
  fieldOfActionIds: string[];
  targetGroupIds: string[];
}

export interface FindingFields {
  fieldOfActionId: string;
  title: string;
  summary: string;
  targetGroupIds: string[];
}

export interface FindingSourceFields {
  responseId?: string | null;
  questionId?: string | null;
  interviewId?: string | null;
  excerpt?: string | null;
}

/** A finding with its sources loaded, so a list of findings costs one query for all their sources. */
export type FindingWithSources = Finding & { sources?: FindingSource[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOOKS_LIKE_EMAIL = /\S+@\S+\.\S+/;
const MAX_NOTES = 50_000;
const MAX_EXCERPT = 5000;

/** Today in Germany, where the interviews are held (YYYY-MM-DD). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** The whitespace-insensitive form a passage is looked for in the notes by. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Flanking interviews and the findings drawn from them and from the survey: coordinators record interviews
 * (only with consent, under a pseudonym) and findings with their sources; everyone of the revision reads the
 * findings, which recommendations cite as evidence.
 */
@Injectable()
export class FindingsService {
  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  // ------------------------------------------------------------------ interviews

  async interviews(actor: Actor, revisionId: string): Promise<Interview[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    access.requireCoordinator();
    return this.db
      .getRepository(Interview)
      .find({ where: { revisionId: access.revision.id }, order: { heldOn: 'ASC', createdAt: 'ASC' } });
  }

  /** Records an interview (no id) or changes one (id and version). Without consent nothing is recorded. */
  async saveInterview(
    actor: Actor,
    revisionId: string,
    input: InterviewFields,
    id?: string | null,
    version?: number | null,
  ): Promise<Interview> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      const existing = id ? await this.lockedIn(tx, Interview, access, id) : null;
      if (existing && existing.version !== version) throw new DomainError('VERSION_CONFLICT');
      const values = await this.interviewFields(tx, access, input);
      const interview = existing
        ? await tx.save(Object.assign(existing, values))
        : await tx.save(tx.create(Interview, { revisionId: access.revision.id, ...values }));
      // The notes stay out of the audit trail: they may hold what the interviewee said about themselves.
      const { notes: _notes, ...logged } = values;
      await this.audited(tx, access, existing ? 'interview.updated' : 'interview.created', 'Interview', interview.id, {
        after: logged,
      });
      return interview;
    });
  }

  /** Deletes an interview with its notes; findings lose the passages quoted from it. */
  async deleteInterview(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const interview = isUuid(id) ? await tx.findOneBy(Interview, { id }) : null;
      if (!interview) throw notFound();
      const access = await revisionAccess(tx, actor, interview.revisionId);
      access.requireCoordinator();
      await tx.delete(Interview, { id: interview.id });
      await this.audited(tx, access, 'interview.deleted', 'Interview', interview.id, {
        before: { heldOn: interview.heldOn, category: interview.category, pseudonym: interview.pseudonym },
      });
      return true;
    });
  }

  // ------------------------------------------------------------------ findings

  async findings(actor: Actor, revisionId: string, fieldOfActionId?: string | null): Promise<FindingWithSources[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    if (fieldOfActionId && !isUuid(fieldOfActionId)) return [];
    const findings: FindingWithSources[] = await this.db.getRepository(Finding).find({
      where: { revisionId: access.revision.id, ...(fieldOfActionId ? { fieldOfActionId } : {}) },
      order: { createdAt: 'ASC' },
    });
    const sources = await this.sourcesOf(findings.map((f) => f.id));
    for (const finding of findings) finding.sources = sources.get(finding.id) ?? [];
    return findings;
  }

  /** The sources of many findings in one query. */
  async sourcesOf(findingIds: string[]): Promise<Map<string, FindingSource[]>> {
    const out = new Map<string, FindingSource[]>();
    if (!findingIds.length) return out;
    const rows = await this.db
      .getRepository(FindingSource)
      .find({ where: { findingId: In(findingIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const row of rows) out.set(row.findingId, [...(out.get(row.findingId) ?? []), row]);
    return out;
  }

  async saveFinding(
    actor: Actor,
    revisionId: string,
    input: FindingFields,
    id?: string | null,
    version?: number | null,
  ): Promise<Finding> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      const existing = id ? await this.lockedIn(tx, Finding, access, id) : null;
      if (existing && existing.version !== version) throw new DomainError('VERSION_CONFLICT');
      const query = tx.query.bind(tx);
      await requireOfRevision(query, 'field_of_action', access.revision.id, [input.fieldOfActionId], 'fieldOfActionId');
      const targetGroupIds = [...new Set(input.targetGroupIds)];
      await requireOfRevision(query, 'target_group', access.revision.id, targetGroupIds, 'targetGroupIds');
      const values = {
        fieldOfActionId: input.fieldOfActionId,
        title: requiredText(input.title, 'title', 300),
        summary: optionalText(input.summary, 'summary', 10_000) ?? '',
        targetGroupIds,
      };
      const before = existing
        ? { fieldOfActionId: existing.fieldOfActionId, title: existing.title, targetGroupIds: existing.targetGroupIds }
        : null;
      const finding = existing
        ? await tx.save(Object.assign(existing, values))
        : await tx.save(tx.create(Finding, { revisionId: access.revision.id, ...values }));
      await this.audited(tx, access, existing ? 'finding.updated' : 'finding.created', 'Finding', finding.id, {
        before,
        after: values,
      });
      return finding;
    });
  }

  /** Deletes a finding with its sources; recommendations citing it keep the link's label. */
  async deleteFinding(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const finding = isUuid(id) ? await tx.findOneBy(Finding, { id }) : null;
      if (!finding) throw notFound();
      const access = await revisionAccess(tx, actor, finding.revisionId);
      access.requireCoordinator();
      await tx.delete(Finding, { id: finding.id });
      await this.audited(tx, access, 'finding.deleted', 'Finding', finding.id, {
        before: { title: finding.title, fieldOfActionId: finding.fieldOfActionId },
      });
      return true;
    });
  }

  /**
   * Adds a source to a finding: a submitted survey answer of the revision (its free text or “other” text is
   * the excerpt unless a part of it is given), or a passage that occurs in an interview's notes.
   */
  async addSource(actor: Actor, findingId: string, input: FindingSourceFields): Promise<FindingSource> {
    return this.db.transaction(async (tx) => {
      const finding = isUuid(findingId)
        ? await tx.findOne(Finding, { where: { id: findingId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!finding) throw notFound();
      const access = await revisionAccess(tx, actor, finding.revisionId);
      access.requireCoordinator();
      const given = optionalText(input.excerpt, 'excerpt', MAX_EXCERPT);
      let source: Partial<FindingSource>;
      if (input.interviewId) {
        if (input.responseId || input.questionId)
          throw invalid('interviewId: a source is either a survey answer or an interview');
        const interview = isUuid(input.interviewId)
          ? await tx.findOneBy(Interview, { id: input.interviewId, revisionId: finding.revisionId })
          : null;
        if (!interview) throw invalid('interviewId: not an interview of this revision');
        if (!given) throw invalid('excerpt: quote the passage of the interview');
        if (!squash(interview.notes).includes(squash(given)))
          throw invalid('excerpt: the passage does not occur in the interview’s notes');
        source = { kind: FindingSourceKind.INTERVIEW, interviewId: interview.id, excerpt: given };
      } else {
        if (!input.responseId || !input.questionId)
          throw invalid('responseId and questionId, or interviewId: where the finding comes from');
        const text = await this.answerTextOf(tx, finding.revisionId, input.responseId, input.questionId);
        if (given && !squash(text).includes(squash(given)))
          throw invalid('excerpt: the passage does not occur in the answer');
        source = {
          kind: FindingSourceKind.SURVEY_ANSWER,
          responseId: input.responseId,
          questionId: input.questionId,
          excerpt: given ?? text,
        };
      }
      const saved = await tx.save(tx.create(FindingSource, { findingId: finding.id, ...source }));
      await this.audited(tx, access, 'finding.source-added', 'Finding', finding.id, {
        after: { sourceId: saved.id, kind: saved.kind },
      });
      return saved;
    });
  }

  async removeSource(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const source = isUuid(id) ? await tx.findOneBy(FindingSource, { id }) : null;
      if (!source) throw notFound();
      const finding = await tx.findOneByOrFail(Finding, { id: source.findingId });
      const access = await revisionAccess(tx, actor, finding.revisionId);
      access.requireCoordinator();
      await tx.delete(FindingSource, { id: source.id });
      await this.audited(tx, access, 'finding.source-removed', 'Finding', finding.id, {
        before: { sourceId: source.id, kind: source.kind },
      });
      return true;
    });
  }

  /** Cites a finding as evidence of a recommendation of the same revision, by the workbench's rules. */
  async linkFinding(actor: Actor, findingId: string, recommendationId: string): Promise<EvidenceLink> {
    const finding = isUuid(findingId) ? await this.db.getRepository(Finding).findOneBy({ id: findingId }) : null;
    if (!finding) throw notFound();
    await revisionAccess(this.db.manager, actor, finding.revisionId);
    const [rec] = (await this.db.query(`SELECT revision_id FROM recommendation WHERE id = $1`, [
      isUuid(recommendationId) ? recommendationId : null,
    ])) as { revision_id: string }[];
    if (!rec) throw notFound();
    if (rec.revision_id !== finding.revisionId) throw invalid('recommendationId: not of the finding’s revision');
    return this.recommendations.addEvidence(actor, recommendationId, {
      kind: EvidenceKind.FINDING,
      targetId: finding.id,
      label: finding.title,
    });
  }

  // ------------------------------------------------------------------ internals

  private async interviewFields(tx: EntityManager, access: RevisionAccess, input: InterviewFields) {
    if (!input.consentGiven) throw invalid('consent: an interview is recorded only with the interviewee’s consent');
    const heldOn = (input.heldOn ?? '').trim();
    if (!ISO_DATE.test(heldOn) || Number.isNaN(Date.parse(`${heldOn}T00:00:00Z`)))
      throw invalid('heldOn: a date (YYYY-MM-DD)');
    if (heldOn > today()) throw invalid('heldOn: must not lie in the future');
    if (!Object.values(IntervieweeCategory).includes(input.category)) throw invalid('category');
    const pseudonym = requiredText(input.pseudonym, 'pseudonym', 50);
    if (LOOKS_LIKE_EMAIL.test(pseudonym)) throw invalid('pseudonym: a pseudonym such as “I-07”, not an address');
    const query = tx.query.bind(tx);
    const fieldOfActionIds = [...new Set(input.fieldOfActionIds)];
    const targetGroupIds = [...new Set(input.targetGroupIds)];
    await requireOfRevision(query, 'field_of_action', access.revision.id, fieldOfActionIds, 'fieldOfActionIds');
    await requireOfRevision(query, 'target_group', access.revision.id, targetGroupIds, 'targetGroupIds');
    return {
      heldOn,
      category: input.category,
      pseudonym,
      consentGiven: true,
      consentTextVersion: requiredText(input.consentTextVersion, 'consentTextVersion', 50),
      notes: optionalText(input.notes, 'notes', MAX_NOTES) ?? '',
      fieldOfActionIds,
      targetGroupIds,
    };
  }

  /** The quotable text of a submitted answer to a survey of the revision. */
  private async answerTextOf(tx: EntityManager, revisionId: string, responseId: string, questionId: string) {
    const response = isUuid(responseId) ? await tx.findOneBy(SurveyResponse, { id: responseId }) : null;
    const survey = response ? await tx.findOneBy(Survey, { id: response.surveyId, revisionId }) : null;
    if (!response || !survey) throw invalid('responseId: not a response to a survey of this revision');
    if (!response.submittedAt) throw invalid('responseId: the response has not been submitted');
    const [answer] = (await tx.query(
      `SELECT a.value, q.kind FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
        WHERE a.response_id = $1 AND a.question_id = $2`,
      [response.id, isUuid(questionId) ? questionId : null],
    )) as { value: AnswerValue; kind: SurveyQuestionKind }[];
    const text = answer ? answerText(answer.kind, answer.value) : null;
    if (!text) throw invalid('questionId: only a free text or an “other” text can be quoted');
    return text;
  }

  private async lockedIn<T extends Interview | Finding>(
    tx: EntityManager,
    entity: new () => T,
    access: RevisionAccess,
    id: string,
  ): Promise<T> {
    const found = isUuid(id)
      ? await tx.findOne(entity as new () => Interview | Finding, {
          where: { id, revisionId: access.revision.id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!found) throw notFound();
    return found as T;
  }

  private audited(
    tx: EntityManager,
    access: RevisionAccess,
    action: string,
    entityType: string,
    entityId: string,
    change: { before?: object | null; after?: object },
  ) {
    return audit(tx, {
      regionId: access.regionId,
      revisionId: access.revision.id,
      actorId: access.userId,
      action,
      entityType,
      entityId,
      ...change,
    });
  }
}
