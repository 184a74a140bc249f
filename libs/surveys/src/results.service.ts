import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CLOSED_QUESTION_KINDS,
  MIN_GROUP_SIZE,
  SURVEY_AUDIENCE_LABELS,
  SurveyAudience,
  SurveyBreakdown,
  SurveyQuestionKind,
} from '@konzeptwerk/contracts';
import { type Actor, audit, invalid, isUuid, notFound } from '@konzeptwerk/platform';
import type { AnswerValue } from './survey-model';
import { AnswerCoding, SurveyQuestion, SurveyResponse, type Texts } from './survey.entity';
import { SurveysService } from './surveys.service';

export interface AudienceCountData {
  audience: SurveyAudience;
  invited: number;
  started: number;
  submitted: number;
  /** Invitations answered per invitation; null for the public link and for an audience nobody was invited from. */
  responseRate: number | null;
}

export interface OptionCountData {
  key: string;
  label: Texts;
  count: number;
}

export interface FieldRatingData {
  fieldOfActionId: string;
  name: string;
  count: number;
  average: number | null;
  /** distribution[i]: how many rated i + 1. */
  distribution: number[];
}

export interface OptionRankData {
  key: string;
  label: Texts;
  averageRank: number;
}

export interface NumberSummaryData {
  count: number;
  min: number;
  max: number;
  mean: number;
  median: number;
}

export interface QuestionResultData {
  questionId: string;
  kind: SurveyQuestionKind;
  text: Texts;
  answered: number;
  options: OptionCountData[];
  fieldRatings: FieldRatingData[];
  ranks: OptionRankData[];
  numberSummary: NumberSummaryData | null;
}

export interface SurveyResultsData {
  surveyId: string;
  submitted: number;
  audiences: AudienceCountData[];
  questions: QuestionResultData[];
}

export interface BreakdownGroupData {
  key: string;
  label: string;
  respondents: number;
  options: OptionCountData[];
  merged: boolean;
}

export interface SurveyBreakdownData {
  questionId: string;
  by: SurveyBreakdown;
  groups: BreakdownGroupData[];
  /** Respondents not shown in a group of their own: merged into “Weitere”, or not shown at all. */
  suppressed: number;
}

export interface FreeTextAnswerData {
  responseId: string;
  questionId: string;
  questionText: Texts;
  text: string;
  isOther: boolean;
  language: string;
  submittedAt: Date;
  coding: AnswerCoding | null;
  findingIds: string[];
}

export const OTHER_LABEL: Texts = { de: 'Sonstiges', en: 'Other' };
export const NO_VALUE = { key: 'none', label: 'ohne Angabe' };
export const MERGED = { key: 'merged', label: 'Weitere (zusammengefasst)' };

/** What results are counted from: the submitted responses and their answers. */
interface Submitted {
  id: string;
  audience: SurveyAudience;
  municipalityId: string | null;
  respondentType: string | null;
  language: string;
  submittedAt: Date;
}

interface Facts {
  questions: SurveyQuestion[];
  responses: Submitted[];
  /** question id → response id → answer */
  answers: Map<string, Map<string, AnswerValue>>;
  fields: { id: string; name: string }[];
  municipalities: { id: string; name: string }[];
}

/** One group of respondents before the rule of five is applied. */
export interface RawGroup {
  key: string;
  label: string;
  respondents: number;
  options: OptionCountData[];
}

/**
 * Applies the rule that no group of fewer than `MIN_GROUP_SIZE` respondents is ever shown: small groups are
 * merged into one; when that one is still too small, the smallest shown groups join it until it is large
 * enough; when even all together are too few, nothing is shown.
 */
export function protectGroups(raw: RawGroup[]): { groups: BreakdownGroupData[]; suppressed: number } {
  const sorted = [...raw].filter((g) => g.respondents > 0).sort((a, b) => b.respondents - a.respondents);
  const shown = sorted.filter((g) => g.respondents >= MIN_GROUP_SIZE);
  const small = sorted.filter((g) => g.respondents < MIN_GROUP_SIZE);
  if (!small.length) return { groups: shown.map((g) => ({ ...g, merged: false })), suppressed: 0 };
  const size = (gs: RawGroup[]) => gs.reduce((n, g) => n + g.respondents, 0);
  while (size(small) < MIN_GROUP_SIZE && shown.length) small.push(shown.pop()!);
  const merged = size(small);
  if (merged < MIN_GROUP_SIZE) return { groups: [], suppressed: merged };
  const options = small[0].options.map((o) => ({
    ...o,
    count: small.reduce((n, g) => n + (g.options.find((x) => x.key === o.key)?.count ?? 0), 0),
  }));
  return {
    groups: [...shown.map((g) => ({ ...g, merged: false })), { ...MERGED, respondents: merged, options, merged: true }],
    suppressed: merged,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The survey's results for the coordinators: counts per audience, a chart's numbers per question, breakdowns
 * by municipality and respondent type that never show a group of fewer than five, the free texts to read and
 * code. Only submitted responses count.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly db: DataSource,
    private readonly surveys: SurveysService,
  ) {}

  async results(actor: Actor, surveyId: string): Promise<SurveyResultsData> {
    const { survey } = await this.surveys.surveyFor(this.db.manager, actor, surveyId);
    const facts = await this.facts(survey.id, survey.revisionId);
    const counts = (await this.db.query(
      `SELECT a.audience,
              (SELECT count(*)::int FROM survey_invitation i WHERE i.survey_id = $1 AND i.audience = a.audience) AS invited,
              (SELECT count(*)::int FROM survey_invitation i
                WHERE i.survey_id = $1 AND i.audience = a.audience AND i.submitted_at IS NOT NULL) AS "invitedSubmitted",
              (SELECT count(*)::int FROM survey_response r WHERE r.survey_id = $1 AND r.audience = a.audience) AS started,
              (SELECT count(*)::int FROM survey_response r
                WHERE r.survey_id = $1 AND r.audience = a.audience AND r.submitted_at IS NOT NULL) AS submitted
         FROM unnest($2::survey_audience[]) AS a(audience)`,
      [survey.id, Object.values(SurveyAudience)],
    )) as { audience: SurveyAudience; invited: number; invitedSubmitted: number; started: number; submitted: number }[];
    return {
      surveyId: survey.id,
      submitted: facts.responses.length,
      audiences: counts.map((c) => ({
        audience: c.audience,
        invited: c.invited,
        started: c.started,
        submitted: c.submitted,
        responseRate: c.audience === SurveyAudience.PUBLIC || !c.invited ? null : round(c.invitedSubmitted / c.invited),
      })),
      questions: facts.questions.map((q) => this.questionResult(q, facts, facts.answers.get(q.id) ?? new Map())),
    };
  }

  async breakdown(
    actor: Actor,
    surveyId: string,
    questionId: string,
    by: SurveyBreakdown,
  ): Promise<SurveyBreakdownData> {
    const { survey } = await this.surveys.surveyFor(this.db.manager, actor, surveyId);
    const facts = await this.facts(survey.id, survey.revisionId);
    const question = facts.questions.find((q) => q.id === questionId);
    if (!question) throw invalid('questionId: not a question of this survey');
    if (!CLOSED_QUESTION_KINDS.includes(question.kind))
      throw invalid('questionId: only closed questions can be broken down');
    const answers = facts.answers.get(question.id) ?? new Map<string, AnswerValue>();
    const members = new Map<string, Submitted[]>();
    for (const r of facts.responses) {
      if (!answers.has(r.id)) continue;
      const key = (by === SurveyBreakdown.MUNICIPALITY ? r.municipalityId : r.respondentType) || NO_VALUE.key;
      members.set(key, [...(members.get(key) ?? []), r]);
    }
    const label = this.groupLabel(by, facts);
    const raw = [...members.entries()].map(([key, rs]) => {
      const subset = new Map(rs.map((r) => [r.id, answers.get(r.id)!]));
      return {
        key,
        label: label(key),
        respondents: rs.length,
        options: this.groupOptions(question, facts, subset),
      };
    });
    const { groups, suppressed } = protectGroups(raw);
    return { questionId: question.id, by, groups, suppressed };
  }

  /** Free-text answers and “other” texts of submitted responses, with their coding and the findings citing them. */
  async freeTexts(actor: Actor, surveyId: string, questionId?: string | null): Promise<FreeTextAnswerData[]> {
    const { survey } = await this.surveys.surveyFor(this.db.manager, actor, surveyId);
    if (
      questionId &&
      !(isUuid(questionId) && (await this.db.manager.countBy(SurveyQuestion, { id: questionId, surveyId: survey.id })))
    )
      throw invalid('questionId: not a question of this survey');
    const rows = (await this.db.query(
      `SELECT a.response_id AS "responseId", a.question_id AS "questionId", q.text AS "questionText", q.kind,
              a.value, r.language, r.submitted_at AS "submittedAt",
              ARRAY(SELECT DISTINCT fs.finding_id FROM finding_source fs
                     WHERE fs.response_id = a.response_id AND fs.question_id = a.question_id) AS "findingIds"
         FROM survey_answer a
         JOIN survey_response r ON r.id = a.response_id
         JOIN survey_question q ON q.id = a.question_id
         JOIN survey_section s ON s.id = q.section_id
        WHERE r.survey_id = $1 AND r.submitted_at IS NOT NULL
          AND ($2::uuid IS NULL OR a.question_id = $2::uuid)
          AND ((q.kind = 'FREE_TEXT' AND coalesce(a.value ->> 'text', '') <> '') OR coalesce(a.value ->> 'other', '') <> '')
        ORDER BY s.position, q.position, r.submitted_at, r.id`,
      [survey.id, questionId || null],
    )) as {
      responseId: string;
      questionId: string;
      questionText: Texts;
      kind: SurveyQuestionKind;
      value: AnswerValue;
      language: string;
      submittedAt: Date;
      findingIds: string[];
    }[];
    const codings = rows.length
      ? await this.db
          .getRepository(AnswerCoding)
          .createQueryBuilder('c')
          .innerJoin(SurveyResponse, 'r', 'r.id = c.response_id')
          .where('r.survey_id = :s', { s: survey.id })
          .getMany()
      : [];
    const codingOf = new Map(codings.map((c) => [`${c.responseId}:${c.questionId}`, c]));
    return rows.map((row) => {
      const isOther = row.kind !== SurveyQuestionKind.FREE_TEXT;
      return {
        responseId: row.responseId,
        questionId: row.questionId,
        questionText: row.questionText,
        text: (isOther ? row.value.other : row.value.text) ?? '',
        isOther,
        language: row.language,
        submittedAt: row.submittedAt,
        coding: codingOf.get(`${row.responseId}:${row.questionId}`) ?? null,
        findingIds: row.findingIds,
      };
    });
  }

  /** Codes a free-text answer (or an “other” text) to fields of action and target groups of the revision. */
  async codeAnswer(
    actor: Actor,
    responseId: string,
    questionId: string,
    fieldOfActionIds: string[],
    targetGroupIds: string[],
  ): Promise<AnswerCoding> {
    return this.db.transaction(async (tx) => {
      const response = isUuid(responseId) ? await tx.findOneBy(SurveyResponse, { id: responseId }) : null;
      if (!response) throw notFound();
      const { survey, access } = await this.surveys.surveyFor(tx, actor, response.surveyId);
      if (!response.submittedAt) throw invalid('responseId: the response has not been submitted');
      const [answer] = (await tx.query(
        `SELECT a.value, q.kind FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
          WHERE a.response_id = $1 AND a.question_id = $2`,
        [response.id, isUuid(questionId) ? questionId : null],
      )) as { value: AnswerValue; kind: SurveyQuestionKind }[];
      if (!answer || !answerText(answer.kind, answer.value))
        throw invalid('questionId: only a free text or an “other” text can be coded');
      const fields = [...new Set(fieldOfActionIds)];
      const groups = [...new Set(targetGroupIds)];
      await requireOfRevision(tx.query.bind(tx), 'field_of_action', survey.revisionId, fields, 'fieldOfActionIds');
      await requireOfRevision(tx.query.bind(tx), 'target_group', survey.revisionId, groups, 'targetGroupIds');
      const before = await tx.findOneBy(AnswerCoding, { responseId: response.id, questionId });
      await tx.upsert(
        AnswerCoding,
        {
          responseId: response.id,
          questionId,
          fieldOfActionIds: fields,
          targetGroupIds: groups,
          updatedAt: new Date(),
        },
        ['responseId', 'questionId'],
      );
      await audit(tx, {
        regionId: access.regionId,
        revisionId: survey.revisionId,
        actorId: access.userId,
        action: 'survey.answer.coded',
        entityType: 'SurveyResponse',
        entityId: response.id,
        before: before
          ? { questionId, fieldOfActionIds: before.fieldOfActionIds, targetGroupIds: before.targetGroupIds }
          : null,
        after: { questionId, fieldOfActionIds: fields, targetGroupIds: groups },
      });
      return tx.findOneByOrFail(AnswerCoding, { responseId: response.id, questionId });
    });
  }

  // ------------------------------------------------------------------ helpers

  private async facts(surveyId: string, revisionId: string): Promise<Facts> {
    const [structure, responses, answerRows, fields, municipalities] = await Promise.all([
      this.surveys.structure(surveyId),
      this.db.query(
        `SELECT id, audience, municipality_id AS "municipalityId", respondent_type AS "respondentType", language,
                submitted_at AS "submittedAt"
           FROM survey_response WHERE survey_id = $1 AND submitted_at IS NOT NULL ORDER BY submitted_at, id`,
        [surveyId],
      ) as Promise<Submitted[]>,
      this.db.query(
        `SELECT a.response_id AS "responseId", a.question_id AS "questionId", a.value
           FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
          WHERE r.survey_id = $1 AND r.submitted_at IS NOT NULL`,
        [surveyId],
      ) as Promise<{ responseId: string; questionId: string; value: AnswerValue }[]>,
      this.db.query(`SELECT id, title AS name FROM field_of_action WHERE revision_id = $1 ORDER BY position, title`, [
        revisionId,
      ]) as Promise<{ id: string; name: string }[]>,
      this.db.query(
        `SELECT m.id, m.name FROM municipality m JOIN concept_revision r ON r.region_id = m.region_id
          WHERE r.id = $1 ORDER BY m.name`,
        [revisionId],
      ) as Promise<{ id: string; name: string }[]>,
    ]);
    const answers = new Map<string, Map<string, AnswerValue>>();
    for (const a of answerRows) {
      if (!answers.has(a.questionId)) answers.set(a.questionId, new Map());
      answers.get(a.questionId)!.set(a.responseId, a.value);
    }
    return { questions: structure.sections.flatMap((s) => s.questions), responses, answers, fields, municipalities };
  }

  private questionResult(q: SurveyQuestion, facts: Facts, answers: Map<string, AnswerValue>): QuestionResultData {
    const values = [...answers.values()];
    const result: QuestionResultData = {
      questionId: q.id,
      kind: q.kind,
      text: q.text,
      answered: answers.size,
      options: [],
      fieldRatings: [],
      ranks: [],
      numberSummary: null,
    };
    switch (q.kind) {
      case SurveyQuestionKind.FIELD_RATING:
        result.fieldRatings = facts.fields.map((field) => {
          const ratings = values.map((v) => v.ratings?.[field.id]).filter((r): r is number => typeof r === 'number');
          return {
            fieldOfActionId: field.id,
            name: field.name,
            count: ratings.length,
            average: ratings.length ? round(ratings.reduce((a, b) => a + b, 0) / ratings.length) : null,
            distribution: [1, 2, 3, 4, 5].map((n) => ratings.filter((r) => r === n).length),
          };
        });
        break;
      case SurveyQuestionKind.RANKING:
        if (values.length)
          result.ranks = q.options
            .map((o) => {
              const places = values.map((v) => (v.order ?? []).indexOf(o.key)).filter((i) => i >= 0);
              return {
                key: o.key,
                label: o.label,
                averageRank: places.length ? round(places.reduce((a, b) => a + b + 1, 0) / places.length) : 0,
              };
            })
            .filter((r) => r.averageRank > 0)
            .sort((a, b) => a.averageRank - b.averageRank);
        break;
      case SurveyQuestionKind.NUMBER: {
        const numbers = values
          .map((v) => v.number)
          .filter((n): n is number => typeof n === 'number')
          .sort((a, b) => a - b);
        if (numbers.length) {
          const mid = Math.floor(numbers.length / 2);
          result.numberSummary = {
            count: numbers.length,
            min: numbers[0],
            max: numbers[numbers.length - 1],
            mean: round(numbers.reduce((a, b) => a + b, 0) / numbers.length),
            median: numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2,
          };
        }
        break;
      }
      default:
        result.options = this.optionCounts(q, facts, values);
    }
    return result;
  }

  /** Counts per option of a choice, scale, organisation-type or municipality question; none for other kinds. */
  private optionCounts(q: SurveyQuestion, facts: Facts, values: AnswerValue[]): OptionCountData[] {
    const chosen = (v: AnswerValue): string[] =>
      v.choices ?? (v.choice ? [v.choice] : v.municipalityId ? [v.municipalityId] : []);
    let options: { key: string; label: Texts }[];
    if (q.kind === SurveyQuestionKind.MUNICIPALITY)
      options = facts.municipalities.map((m) => ({ key: m.id, label: { de: m.name } }));
    else if (
      q.kind === SurveyQuestionKind.SINGLE_CHOICE ||
      q.kind === SurveyQuestionKind.MULTIPLE_CHOICE ||
      q.kind === SurveyQuestionKind.LIKERT ||
      q.kind === SurveyQuestionKind.ORGANISATION_TYPE
    )
      options = [...q.options, ...(q.allowOther ? [{ key: 'other', label: OTHER_LABEL }] : [])];
    else return [];
    const counts = new Map<string, number>();
    for (const v of values) for (const key of chosen(v)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return options.map((o) => ({ key: o.key, label: o.label, count: counts.get(o.key) ?? 0 }));
  }

  /**
   * What a group of a breakdown shows: the option counts of a choice question; per field of action the number
   * of ratings 4 and 5 (“good”) of a field rating; per option how many put it first in a ranking.
   */
  private groupOptions(q: SurveyQuestion, facts: Facts, answers: Map<string, AnswerValue>): OptionCountData[] {
    const values = [...answers.values()];
    if (q.kind === SurveyQuestionKind.FIELD_RATING)
      return facts.fields.map((field) => ({
        key: field.id,
        label: { de: field.name },
        count: values.filter((v) => (v.ratings?.[field.id] ?? 0) >= 4).length,
      }));
    if (q.kind === SurveyQuestionKind.RANKING)
      return q.options.map((o) => ({
        key: o.key,
        label: o.label,
        count: values.filter((v) => v.order?.[0] === o.key).length,
      }));
    return this.optionCounts(q, facts, values);
  }

  private groupLabel(by: SurveyBreakdown, facts: Facts): (key: string) => string {
    if (by === SurveyBreakdown.MUNICIPALITY) {
      const names = new Map(facts.municipalities.map((m) => [m.id, m.name]));
      return (key) => (key === NO_VALUE.key ? NO_VALUE.label : (names.get(key) ?? key));
    }
    const types = new Map<string, string>();
    for (const q of facts.questions)
      if (q.kind === SurveyQuestionKind.ORGANISATION_TYPE)
        for (const o of q.options) if (!types.has(o.key)) types.set(o.key, o.label.de);
    return (key) => {
      if (key === NO_VALUE.key) return NO_VALUE.label;
      if (key === 'other') return 'Sonstige';
      return types.get(key) ?? SURVEY_AUDIENCE_LABELS[key as SurveyAudience]?.de ?? key;
    };
  }
}

/** The text a coder or a finding quotes from an answer: a free text, or the text given with “other”. */
export function answerText(kind: SurveyQuestionKind, value: AnswerValue): string | null {
  const text = kind === SurveyQuestionKind.FREE_TEXT ? value.text : value.other;
  return text && text.trim() ? text : null;
}

/** Every id names a row of `table` of the revision; VALIDATION_FAILED otherwise. */
export async function requireOfRevision(
  query: (sql: string, params: unknown[]) => Promise<unknown>,
  table: 'field_of_action' | 'target_group',
  revisionId: string,
  ids: string[],
  field: string,
): Promise<void> {
  if (!ids.length) return;
  if (ids.some((i) => !isUuid(i))) throw invalid(`${field}: unknown id`);
  const [{ n }] = (await query(
    `SELECT count(*)::int AS n FROM ${table} WHERE revision_id = $1 AND id = ANY($2::uuid[])`,
    [revisionId, ids],
  )) as { n: number }[];
  if (n !== ids.length) throw invalid(`${field}: not all belong to this revision`);
}
