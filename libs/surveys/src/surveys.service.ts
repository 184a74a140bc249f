import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { SURVEY_LANGUAGES, SurveyAudience, SurveyQuestionKind, SurveyStatus } from '@konzeptwerk/contracts';
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
} from '@konzeptwerk/platform';
import { revisionAccess, type RevisionAccess } from '@konzeptwerk/recommendations';
import { Municipality, Organisation } from '@konzeptwerk/regions';
import { surveyInvitationMail } from './survey-mails';
import { cleanOptions, cleanTexts, hasOptions, MAX_TEXT, missingTranslations, requiredTexts } from './survey-model';
import {
  type SurveyCondition,
  type SurveyOption,
  Survey,
  SurveyInvitation,
  SurveyQuestion,
  SurveyResponse,
  SurveySection,
  type Texts,
} from './survey.entity';

export interface SurveyFields {
  title: Texts;
  intro?: Texts | null;
  languages: string[];
  opensAt?: Date | null;
  closesAt?: Date | null;
  reminderDaysBefore?: number[] | null;
}

export interface SectionFields {
  title: Texts;
  description?: Texts | null;
}

export interface QuestionFields {
  sectionId: string;
  kind: SurveyQuestionKind;
  required: boolean;
  text: Texts;
  help?: Texts | null;
  options?: SurveyOption[] | null;
  allowOther?: boolean | null;
  condition?: SurveyCondition | null;
}

export interface InviteeFields {
  email: string;
  name?: string | null;
  audience: SurveyAudience;
  organisationId?: string | null;
  municipalityId?: string | null;
  language?: string | null;
}

export interface InvitationReport {
  invited: number;
  alreadyInvited: number;
}

/** A survey's sections with their questions, in order: what the builder, the preview and respondents see. */
export interface SurveyStructure {
  sections: (SurveySection & { questions: SurveyQuestion[] })[];
}

export const MAX_INVITEES_PER_CALL = 2000;
export const newToken = () => randomBytes(24).toString('base64url');

/**
 * The survey builder and its distribution: coordinators of the revision's region make surveys with sections
 * and questions in several languages, copy one from an earlier revision, publish it, and invite people and
 * organisations by personal links sent through the outbox; a public link can be switched on.
 */
@Injectable()
export class SurveysService {
  constructor(private readonly db: DataSource) {}

  async surveys(actor: Actor, revisionId: string): Promise<Survey[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    access.requireCoordinator();
    return this.db
      .getRepository(Survey)
      .find({ where: { revisionId: access.revision.id }, order: { createdAt: 'ASC' } });
  }

  /** The surveys of the region's other revisions, to copy one from. */
  async copyableSurveys(actor: Actor, revisionId: string): Promise<Survey[]> {
    const access = await revisionAccess(this.db.manager, actor, revisionId);
    access.requireCoordinator();
    return (await this.db
      .getRepository(Survey)
      .createQueryBuilder('s')
      .innerJoin('concept_revision', 'r', 'r.id = s.revision_id')
      .where('r.region_id = :region AND s.revision_id <> :revision', {
        region: access.regionId,
        revision: access.revision.id,
      })
      .orderBy('s.created_at', 'DESC')
      .getMany()) as Survey[];
  }

  async survey(actor: Actor, id: string): Promise<Survey> {
    return (await this.surveyFor(this.db.manager, actor, id)).survey;
  }

  /** Sections with questions in two statements, however many there are. */
  async structure(surveyId: string, manager: EntityManager = this.db.manager): Promise<SurveyStructure> {
    return (await this.structures([surveyId], manager))[0];
  }

  /** The structures of several surveys in two statements (a list's DataLoader). */
  async structures(surveyIds: readonly string[], manager: EntityManager = this.db.manager): Promise<SurveyStructure[]> {
    const ids = [...surveyIds];
    const sections = await manager.find(SurveySection, { where: { surveyId: In(ids) }, order: { position: 'ASC' } });
    const questions = await manager.find(SurveyQuestion, { where: { surveyId: In(ids) }, order: { position: 'ASC' } });
    return ids.map((id) => ({
      sections: sections
        .filter((s) => s.surveyId === id)
        .map((s) => Object.assign(s, { questions: questions.filter((q) => q.sectionId === s.id) })),
    }));
  }

  /** Per language of the survey: how many texts have a German version but none in it. */
  missingTranslations(survey: Survey, { sections }: SurveyStructure): Record<string, number> {
    const texts: Texts[] = [survey.title, survey.intro];
    for (const section of sections) {
      texts.push(section.title, section.description);
      for (const q of section.questions) {
        texts.push(q.text, q.help);
        if (q.kind !== SurveyQuestionKind.FIELD_RATING) for (const o of q.options) texts.push(o.label);
      }
    }
    return missingTranslations(texts, survey.languages);
  }

  async createSurvey(actor: Actor, revisionId: string, input: SurveyFields): Promise<Survey> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      const values = this.surveyFields(input);
      const survey = await tx.save(tx.create(Survey, { revisionId: access.revision.id, ...values }));
      await this.audited(tx, access, 'survey.created', survey.id, { title: values.title.de });
      return survey;
    });
  }

  async updateSurvey(actor: Actor, id: string, version: number, input: SurveyFields): Promise<Survey> {
    return this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveyFor(tx, actor, id, true);
      if (survey.version !== version) throw new DomainError('VERSION_CONFLICT');
      const values = this.surveyFields(input);
      if (survey.status === SurveyStatus.PUBLISHED) this.requirePublishable({ ...survey, ...values });
      Object.assign(survey, values);
      const saved = await tx.save(survey);
      await this.audited(tx, access, 'survey.updated', survey.id, {
        opensAt: values.opensAt,
        closesAt: values.closesAt,
        languages: values.languages,
      });
      return saved;
    });
  }

  /** Opens the survey for answers (within its dates) and for invitations. */
  async publishSurvey(actor: Actor, id: string): Promise<Survey> {
    return this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveyFor(tx, actor, id, true);
      this.requirePublishable(survey);
      if (!(await tx.countBy(SurveyQuestion, { surveyId: survey.id }))) throw new DomainError('SURVEY_NO_QUESTIONS');
      survey.status = SurveyStatus.PUBLISHED;
      const saved = await tx.save(survey);
      await this.audited(tx, access, 'survey.published', survey.id, {});
      return saved;
    });
  }

  /** Switches the anonymous public link on (a new token each time) or off. */
  async setPublicLink(actor: Actor, id: string, enabled: boolean): Promise<Survey> {
    return this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveyFor(tx, actor, id, true);
      survey.publicToken = enabled ? (survey.publicToken ?? newToken()) : null;
      const saved = await tx.save(survey);
      await this.audited(tx, access, enabled ? 'survey.public-link.on' : 'survey.public-link.off', survey.id, {});
      return saved;
    });
  }

  /**
   * Copies a survey of another revision of the region into this one: texts, languages, sections, questions,
   * options and conditions (pointing at the copies); as a draft without dates, invitations or answers.
   */
  async copySurvey(actor: Actor, sourceId: string, revisionId: string): Promise<Survey> {
    return this.db.transaction(async (tx) => {
      const access = await revisionAccess(tx, actor, revisionId);
      access.requireCoordinator();
      const source = isUuid(sourceId) ? await tx.findOneBy(Survey, { id: sourceId }) : null;
      if (!source) throw notFound();
      const sourceAccess = await revisionAccess(tx, actor, source.revisionId);
      if (sourceAccess.regionId !== access.regionId) throw notFound();
      sourceAccess.requireCoordinator();
      const copy = await tx.save(
        tx.create(Survey, {
          revisionId: access.revision.id,
          title: source.title,
          intro: source.intro,
          languages: source.languages,
          reminderDaysBefore: source.reminderDaysBefore,
          copiedFromId: source.id,
        }),
      );
      const { sections } = await this.structure(source.id, tx);
      const newIds = new Map<string, string>();
      const copies: SurveyQuestion[] = [];
      for (const section of sections) {
        const s = await tx.save(
          tx.create(SurveySection, {
            surveyId: copy.id,
            position: section.position,
            title: section.title,
            description: section.description,
          }),
        );
        for (const q of section.questions) {
          const { id: oldId, ...rest } = q;
          const saved = await tx.save(tx.create(SurveyQuestion, { ...rest, surveyId: copy.id, sectionId: s.id }));
          newIds.set(oldId, saved.id);
          copies.push(saved);
        }
      }
      for (const q of copies.filter((c) => c.condition)) {
        const target = newIds.get(q.condition!.questionId);
        await tx.update(
          SurveyQuestion,
          { id: q.id },
          { condition: target ? { ...q.condition!, questionId: target } : null },
        );
      }
      await this.audited(tx, access, 'survey.copied', copy.id, { from: source.id });
      return copy;
    });
  }

  async deleteSurvey(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveyFor(tx, actor, id, true);
      if (await tx.countBy(SurveyResponse, { surveyId: survey.id })) throw new DomainError('SURVEY_HAS_RESPONSES');
      await tx.delete(Survey, { id: survey.id });
      await this.audited(tx, access, 'survey.deleted', survey.id, { title: survey.title.de });
      return true;
    });
  }

  // ------------------------------------------------------------------ sections and questions

  async saveSection(actor: Actor, surveyId: string, input: SectionFields, id?: string | null): Promise<SurveySection> {
    return this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveyFor(tx, actor, surveyId, true);
      const values = {
        title: requiredTexts(input.title, 'title'),
        description: cleanTexts(input.description, 'description', MAX_TEXT),
      };
      let section: SurveySection;
      if (id) {
        const existing = isUuid(id) ? await tx.findOneBy(SurveySection, { id, surveyId: survey.id }) : null;
        if (!existing) throw notFound();
        section = await tx.save(Object.assign(existing, values));
      } else {
        const position = await this.nextPosition(tx, 'survey_section', 'survey_id', survey.id);
        section = await tx.save(tx.create(SurveySection, { surveyId: survey.id, position, ...values }));
      }
      await this.audited(tx, access, id ? 'survey.section.updated' : 'survey.section.created', survey.id, {
        sectionId: section.id,
      });
      return section;
    });
  }

  async deleteSection(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const section = isUuid(id) ? await tx.findOneBy(SurveySection, { id }) : null;
      if (!section) throw notFound();
      const { survey, access } = await this.surveyFor(tx, actor, section.surveyId, true);
      await this.requireNoResponses(tx, survey.id);
      await tx.delete(SurveySection, { id: section.id });
      await this.audited(tx, access, 'survey.section.deleted', survey.id, { sectionId: section.id });
      return true;
    });
  }

  /** Moves a section to a position (0-based) among the survey's sections. */
  async moveSection(actor: Actor, id: string, position: number): Promise<SurveySection[]> {
    return this.db.transaction(async (tx) => {
      const section = isUuid(id) ? await tx.findOneBy(SurveySection, { id }) : null;
      if (!section) throw notFound();
      const { survey } = await this.surveyFor(tx, actor, section.surveyId, true);
      const sections = await tx.find(SurveySection, { where: { surveyId: survey.id }, order: { position: 'ASC' } });
      const ordered = sections.filter((s) => s.id !== section.id);
      ordered.splice(Math.max(0, Math.min(position, ordered.length)), 0, section);
      for (const [i, s] of ordered.entries())
        if (s.position !== i) await tx.update(SurveySection, { id: s.id }, { position: i });
      return tx.find(SurveySection, { where: { surveyId: survey.id }, order: { position: 'ASC' } });
    });
  }

  /**
   * Creates or changes a question. Once the survey has responses, only texts, help, labels and `required`
   * may change: the kind, the options' keys and the conditions stay, so every stored answer keeps its meaning.
   */
  async saveQuestion(
    actor: Actor,
    surveyId: string,
    input: QuestionFields,
    id?: string | null,
  ): Promise<SurveyQuestion> {
    return this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveyFor(tx, actor, surveyId, true);
      const section = isUuid(input.sectionId)
        ? await tx.findOneBy(SurveySection, { id: input.sectionId, surveyId: survey.id })
        : null;
      if (!section) throw invalid('sectionId: not a section of this survey');
      const existing = id
        ? isUuid(id)
          ? await tx.findOneBy(SurveyQuestion, { id, surveyId: survey.id })
          : null
        : null;
      if (id && !existing) throw notFound();
      const values = {
        sectionId: section.id,
        kind: input.kind,
        required: !!input.required,
        text: requiredTexts(input.text, 'text', 1000),
        help: cleanTexts(input.help, 'help', 2000),
        options: cleanOptions(input.kind, input.options),
        allowOther:
          !!input.allowOther &&
          (input.kind === SurveyQuestionKind.SINGLE_CHOICE ||
            input.kind === SurveyQuestionKind.MULTIPLE_CHOICE ||
            input.kind === SurveyQuestionKind.ORGANISATION_TYPE),
        condition: await this.condition(tx, survey.id, input.condition ?? null, existing?.id ?? null),
      };
      if (existing && (await tx.countBy(SurveyResponse, { surveyId: survey.id }))) {
        const sameKeys = (a: SurveyOption[], b: SurveyOption[]) =>
          a.length === b.length && a.every((o, i) => o.key === b[i].key);
        if (
          existing.kind !== values.kind ||
          !sameKeys(existing.options, values.options) ||
          existing.allowOther !== values.allowOther ||
          JSON.stringify(existing.condition) !== JSON.stringify(values.condition) ||
          existing.sectionId !== values.sectionId
        )
          throw new DomainError('SURVEY_HAS_RESPONSES');
      } else if (!existing) {
        await this.requireNoResponses(tx, survey.id);
      }
      let question: SurveyQuestion;
      if (existing) {
        if (existing.sectionId !== values.sectionId)
          Object.assign(existing, {
            position: await this.nextPosition(tx, 'survey_question', 'section_id', section.id),
          });
        question = await tx.save(Object.assign(existing, values));
      } else {
        const position = await this.nextPosition(tx, 'survey_question', 'section_id', section.id);
        question = await tx.save(tx.create(SurveyQuestion, { surveyId: survey.id, position, ...values }));
      }
      await this.audited(tx, access, existing ? 'survey.question.updated' : 'survey.question.created', survey.id, {
        questionId: question.id,
        kind: question.kind,
      });
      return question;
    });
  }

  async deleteQuestion(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const question = isUuid(id) ? await tx.findOneBy(SurveyQuestion, { id }) : null;
      if (!question) throw notFound();
      const { survey, access } = await this.surveyFor(tx, actor, question.surveyId, true);
      await this.requireNoResponses(tx, survey.id);
      const dependent = await tx
        .createQueryBuilder(SurveyQuestion, 'q')
        .where(`q.survey_id = :s AND q.condition ->> 'questionId' = :id`, { s: survey.id, id: question.id })
        .getCount();
      if (dependent)
        throw invalid(`${dependent} question(s) are shown depending on this one; change their conditions first`);
      await tx.delete(SurveyQuestion, { id: question.id });
      await this.audited(tx, access, 'survey.question.deleted', survey.id, { questionId: question.id });
      return true;
    });
  }

  async moveQuestion(actor: Actor, id: string, position: number): Promise<SurveyQuestion[]> {
    return this.db.transaction(async (tx) => {
      const question = isUuid(id) ? await tx.findOneBy(SurveyQuestion, { id }) : null;
      if (!question) throw notFound();
      await this.surveyFor(tx, actor, question.surveyId, true);
      const siblings = await tx.find(SurveyQuestion, {
        where: { sectionId: question.sectionId },
        order: { position: 'ASC' },
      });
      const ordered = siblings.filter((q) => q.id !== question.id);
      ordered.splice(Math.max(0, Math.min(position, ordered.length)), 0, question);
      for (const [i, q] of ordered.entries())
        if (q.position !== i) await tx.update(SurveyQuestion, { id: q.id }, { position: i });
      return tx.find(SurveyQuestion, { where: { sectionId: question.sectionId }, order: { position: 'ASC' } });
    });
  }

  // ------------------------------------------------------------------ invitations

  async invitations(actor: Actor, surveyId: string): Promise<SurveyInvitation[]> {
    const { survey } = await this.surveyFor(this.db.manager, actor, surveyId);
    return this.db
      .getRepository(SurveyInvitation)
      .find({ where: { surveyId: survey.id }, order: { createdAt: 'ASC' } });
  }

  /**
   * Invites people and organisations: one invitation and one mail (through the outbox, in the same
   * transaction) each. An address already invited to this survey is left alone and counted.
   */
  async invite(actor: Actor, surveyId: string, invitees: InviteeFields[]): Promise<InvitationReport> {
    if (!invitees.length) throw invalid('invitees: at least one');
    if (invitees.length > MAX_INVITEES_PER_CALL) throw invalid(`invitees: at most ${MAX_INVITEES_PER_CALL} at once`);
    return this.db.transaction(async (tx) => {
      const { survey, access } = await this.surveyFor(tx, actor, surveyId, true);
      if (survey.status !== SurveyStatus.PUBLISHED) throw new DomainError('SURVEY_NOT_PUBLISHED');
      if (survey.closesAt && survey.closesAt.getTime() <= Date.now()) throw new DomainError('SURVEY_CLOSED');
      const cleaned = invitees.map((i, n) => this.invitee(i, n, survey));
      await this.requireInRegion(tx, access, cleaned);
      const emails = [...new Set(cleaned.map((i) => i.email))];
      const existing = new Set(
        (
          await tx.find(SurveyInvitation, {
            where: { surveyId: survey.id, email: In(emails) },
            select: { email: true },
          })
        ).map((i) => i.email),
      );
      let invited = 0;
      const seen = new Set<string>();
      for (const invitee of cleaned) {
        if (existing.has(invitee.email) || seen.has(invitee.email)) continue;
        seen.add(invitee.email);
        const token = newToken();
        await tx.insert(SurveyInvitation, { surveyId: survey.id, token, ...invitee });
        const mail = surveyInvitationMail({
          token,
          title: survey.title,
          language: invitee.language,
          name: invitee.name,
          closesAt: survey.closesAt,
        });
        await enqueueMail(tx, {
          regionId: access.regionId,
          kind: 'survey-invitation',
          recipient: invitee.email,
          ...mail,
        });
        invited++;
      }
      await this.audited(tx, access, 'survey.invited', survey.id, {
        invited,
        alreadyInvited: cleaned.length - invited,
      });
      return { invited, alreadyInvited: cleaned.length - invited };
    });
  }

  /**
   * Deletes an invitation with its address (DSGVO). A submitted response stays, without the link to the
   * person; an unsubmitted one goes with it.
   */
  async deleteInvitation(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const invitation = isUuid(id) ? await tx.findOneBy(SurveyInvitation, { id }) : null;
      if (!invitation) throw notFound();
      const { survey, access } = await this.surveyFor(tx, actor, invitation.surveyId, true);
      await tx.delete(SurveyResponse, { invitationId: invitation.id, submittedAt: IsNull() });
      await tx.delete(SurveyInvitation, { id: invitation.id });
      await this.audited(tx, access, 'survey.invitation.deleted', survey.id, { invitationId: invitation.id });
      return true;
    });
  }

  // ------------------------------------------------------------------ helpers

  /** The survey for a coordinator of its region; NOT_FOUND for anyone who may not see the revision. */
  async surveyFor(
    manager: EntityManager,
    actor: Actor,
    id: string,
    lock = false,
  ): Promise<{ survey: Survey; access: RevisionAccess }> {
    const survey = isUuid(id)
      ? await manager.findOne(Survey, {
          where: { id },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!survey) throw notFound();
    const access = await revisionAccess(manager, actor, survey.revisionId);
    access.requireCoordinator();
    return { survey, access };
  }

  private surveyFields(input: SurveyFields) {
    const languages = ['de', ...new Set(input.languages.filter((l) => l !== 'de'))];
    for (const l of languages)
      if (!(SURVEY_LANGUAGES as readonly string[]).includes(l)) throw invalid(`languages: unknown language ${l}`);
    const days = [...new Set(input.reminderDaysBefore ?? [7, 2])].sort((a, b) => b - a);
    if (days.length > 5 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 60))
      throw invalid('reminderDaysBefore: up to five whole days between 1 and 60');
    const opensAt = input.opensAt ?? null;
    const closesAt = input.closesAt ?? null;
    if (opensAt && closesAt && closesAt <= opensAt) throw invalid('closesAt: must lie after opensAt');
    return {
      title: requiredTexts(input.title, 'title', 300),
      intro: cleanTexts(input.intro, 'intro', MAX_TEXT),
      languages,
      opensAt,
      closesAt,
      reminderDaysBefore: days,
    };
  }

  private requirePublishable(survey: Pick<Survey, 'opensAt' | 'closesAt'>) {
    if (!survey.opensAt || !survey.closesAt) throw new DomainError('SURVEY_DATES_REQUIRED');
  }

  private async requireNoResponses(tx: EntityManager, surveyId: string) {
    if (await tx.countBy(SurveyResponse, { surveyId })) throw new DomainError('SURVEY_HAS_RESPONSES');
  }

  private async nextPosition(tx: EntityManager, table: string, column: string, id: string): Promise<number> {
    const [{ next }] = (await tx.query(
      `SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${table} WHERE ${column} = $1`,
      [id],
    )) as { next: number }[];
    return next;
  }

  /** A condition must point at an earlier-built choice question of the same survey and name its options. */
  private async condition(
    tx: EntityManager,
    surveyId: string,
    condition: SurveyCondition | null,
    selfId: string | null,
  ): Promise<SurveyCondition | null> {
    if (!condition || !condition.questionId) return null;
    if (condition.questionId === selfId) throw invalid('condition: a question cannot depend on itself');
    const source = isUuid(condition.questionId)
      ? await tx.findOneBy(SurveyQuestion, { id: condition.questionId, surveyId })
      : null;
    if (!source || !hasOptions(source.kind) || source.kind === SurveyQuestionKind.RANKING)
      throw invalid('condition: only a choice question of this survey can be a condition');
    const keys = [...new Set(condition.optionKeys ?? [])];
    const known = new Set([...source.options.map((o) => o.key), ...(source.allowOther ? ['other'] : [])]);
    if (!keys.length || keys.some((k) => !known.has(k)))
      throw invalid('condition: options of the question it depends on');
    // No cycles: the source may not (transitively) depend on this question.
    let cursor: SurveyQuestion | null = source;
    for (let depth = 0; cursor?.condition && depth < 50; depth++) {
      if (cursor.condition.questionId === selfId) throw invalid('condition: questions would depend on each other');
      cursor = await tx.findOneBy(SurveyQuestion, { id: cursor.condition.questionId });
    }
    return { questionId: source.id, optionKeys: keys };
  }

  private invitee(input: InviteeFields, n: number, survey: Survey) {
    const language = input.language && survey.languages.includes(input.language) ? input.language : 'de';
    if (input.audience === SurveyAudience.PUBLIC) throw invalid(`invitees[${n}].audience: PUBLIC is the public link`);
    return {
      email: normaliseEmail(input.email, `invitees[${n}].email`),
      name: optionalText(input.name, `invitees[${n}].name`, 200),
      audience: input.audience,
      organisationId: input.organisationId || null,
      municipalityId: input.municipalityId || null,
      language,
    };
  }

  private async requireInRegion(
    tx: EntityManager,
    access: RevisionAccess,
    invitees: { organisationId: string | null; municipalityId: string | null }[],
  ) {
    const orgs = [...new Set(invitees.map((i) => i.organisationId).filter((x): x is string => !!x))];
    const places = [...new Set(invitees.map((i) => i.municipalityId).filter((x): x is string => !!x))];
    if (orgs.some((o) => !isUuid(o)) || places.some((m) => !isUuid(m)))
      throw invalid('invitees: unknown organisation or municipality');
    if (orgs.length && (await tx.countBy(Organisation, { id: In(orgs), regionId: access.regionId })) !== orgs.length)
      throw invalid('invitees: organisation not of this region');
    if (
      places.length &&
      (await tx.countBy(Municipality, { id: In(places), regionId: access.regionId })) !== places.length
    )
      throw invalid('invitees: municipality not of this region');
  }

  private audited(tx: EntityManager, access: RevisionAccess, action: string, surveyId: string, after: object) {
    return audit(tx, {
      regionId: access.regionId,
      revisionId: access.revision.id,
      actorId: access.userId,
      action,
      entityType: 'Survey',
      entityId: surveyId,
      after,
    });
  }
}
