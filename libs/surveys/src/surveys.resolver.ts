import {
  Args,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { SurveyAudience, SurveyQuestionKind } from '@konzeptwerk/contracts';
import { Ctx, type RequestContext } from '@konzeptwerk/platform';
import { type AnswerEntry, RespondService, type RespondentView, SurveyAvailability } from './respond.service';
import {
  LocalizedText,
  type SurveyCondition,
  type SurveyOption,
  Survey,
  SurveyInvitation,
  SurveyQuestion,
  SurveySection,
  type Texts,
} from './survey.entity';
import { type SurveyStructure, SurveysService } from './surveys.service';

registerEnumType(SurveyAvailability, { name: 'SurveyAvailability' });

@InputType()
export class LocalizedTextInput {
  @Field({ description: 'de, en, uk, ar, tr, ru or ls (Leichte Sprache).' })
  language: string;

  @Field()
  text: string;
}

@InputType()
export class SurveyInput {
  @Field(() => [LocalizedTextInput])
  title: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true })
  intro?: LocalizedTextInput[] | null;

  @Field(() => [String], { description: 'Languages respondents can choose; de is always one of them.' })
  languages: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt?: Date | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Days before the close to remind invitees; [7, 2] when left out.',
  })
  reminderDaysBefore?: number[] | null;
}

@InputType()
export class SurveySectionInput {
  @Field(() => [LocalizedTextInput])
  title: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true })
  description?: LocalizedTextInput[] | null;
}

@InputType()
export class SurveyOptionInput {
  @Field({ nullable: true, description: 'Stable key; numbered when left out.' })
  key?: string;

  @Field(() => [LocalizedTextInput])
  label: LocalizedTextInput[];
}

@InputType()
export class SurveyConditionInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => [String], { description: 'The question is shown when one of these options was chosen.' })
  optionKeys: string[];
}

@InputType()
export class SurveyQuestionInput {
  @Field(() => ID)
  sectionId: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field()
  required: boolean;

  @Field(() => [LocalizedTextInput])
  text: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true })
  help?: LocalizedTextInput[] | null;

  @Field(() => [SurveyOptionInput], {
    nullable: true,
    description:
      'Options of choice, Likert, ranking and organisation-type questions; defaults for Likert and organisation type.',
  })
  options?: SurveyOptionInput[] | null;

  @Field({ nullable: true })
  allowOther?: boolean;

  @Field(() => SurveyConditionInput, { nullable: true })
  condition?: SurveyConditionInput | null;
}

@InputType()
export class SurveyInviteeInput {
  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => SurveyAudience)
  audience: SurveyAudience;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;

  @Field(() => String, { nullable: true, description: 'The language of the mail’s own line and the page’s start.' })
  language?: string | null;
}

@InputType()
export class FieldRatingInput {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field(() => Int, { description: '1 (poor) to 5 (good).' })
  rating: number;
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Single choice, Likert, organisation type: an option key or “other”.',
  })
  choice?: string | null;

  @Field(() => [String], { nullable: true, description: 'Multiple choice: option keys, “other” among them.' })
  choices?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The text of “other”.' })
  other?: string | null;

  @Field(() => [FieldRatingInput], { nullable: true })
  ratings?: FieldRatingInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Ranking: every option key, first the most important.' })
  order?: string[] | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Float, { nullable: true })
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  date?: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;
}

@ObjectType()
export class SurveyOptionView {
  @Field()
  key: string;

  @Field(() => [LocalizedText])
  label: LocalizedText[];
}

@ObjectType()
export class SurveyConditionView {
  @Field(() => ID)
  questionId: string;

  @Field(() => [String])
  optionKeys: string[];
}

@ObjectType()
export class TranslationGap {
  @Field()
  language: string;

  @Field(() => Int, { description: 'Texts with a German version and none in this language.' })
  missing: number;
}

@ObjectType()
export class FieldRating {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field(() => Int)
  rating: number;
}

@ObjectType()
export class SurveyAnswerView {
  @Field(() => ID)
  questionId: string;

  @Field(() => String, { nullable: true })
  choice?: string | null;

  @Field(() => [String], { nullable: true })
  choices?: string[] | null;

  @Field(() => String, { nullable: true })
  other?: string | null;

  @Field(() => [FieldRating], { nullable: true })
  ratings?: FieldRating[] | null;

  @Field(() => [String], { nullable: true })
  order?: string[] | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Float, { nullable: true })
  number?: number | null;

  @Field(() => String, { nullable: true })
  date?: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;
}

@ObjectType()
export class NamedItem {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** A survey as its respondent sees it: every language's texts, the state, their answers so far. */
@ObjectType()
export class RespondentSurvey {
  @Field(() => ID)
  surveyId: string;

  @Field(() => [LocalizedText])
  title: LocalizedText[];

  @Field(() => [LocalizedText])
  intro: LocalizedText[];

  @Field(() => [String])
  languages: string[];

  @Field(() => SurveyAvailability)
  availability: SurveyAvailability;

  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt: Date | null;

  @Field(() => SurveyAudience)
  audience: SurveyAudience;

  @Field({ description: 'The token is the public link: start a response before answering.' })
  isPublicLink: boolean;

  @Field({ description: 'The language last used, or the invitation’s.' })
  language: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => [SurveySection])
  sections: SurveySection[];

  @Field(() => [SurveyAnswerView])
  answers: SurveyAnswerView[];

  @Field(() => [NamedItem])
  fieldsOfAction: NamedItem[];

  @Field(() => [NamedItem])
  municipalities: NamedItem[];
}

@ObjectType()
export class SurveySaveResult {
  @Field(() => GraphQLISODateTime)
  savedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;
}

@ObjectType()
export class InvitationReportView {
  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  alreadyInvited: number;
}

export const localized = (texts: Texts): LocalizedText[] =>
  Object.entries(texts ?? {}).map(([language, text]) => ({ language, text }));
const texts = (list: LocalizedTextInput[] | null | undefined): Texts =>
  Object.fromEntries((list ?? []).map((t) => [t.language, t.text]));

function answerEntry(a: SurveyAnswerInput): AnswerEntry {
  return {
    ...a,
    ratings: a.ratings ? Object.fromEntries(a.ratings.map((r) => [r.fieldOfActionId, r.rating])) : null,
  };
}

function answerView(a: AnswerEntry): SurveyAnswerView {
  return {
    ...a,
    ratings: a.ratings
      ? Object.entries(a.ratings).map(([fieldOfActionId, rating]) => ({ fieldOfActionId, rating }))
      : null,
  };
}

function respondentSurvey(view: RespondentView): RespondentSurvey {
  return {
    surveyId: view.survey.id,
    title: localized(view.survey.title),
    intro: localized(view.survey.intro),
    languages: view.survey.languages,
    availability: view.availability,
    opensAt: view.survey.opensAt,
    closesAt: view.survey.closesAt,
    audience: view.audience,
    isPublicLink: view.isPublicLink,
    language: view.language,
    submittedAt: view.response?.submittedAt ?? null,
    sections: view.structure.sections,
    answers: view.answers.map(answerView),
    fieldsOfAction: view.fieldsOfAction,
    municipalities: view.municipalities,
  };
}

@Resolver(() => Survey)
export class SurveyResolver {
  constructor(private readonly service: SurveysService) {}

  @Query(() => [Survey], { description: 'The surveys of a revision (coordinators).' })
  async surveys(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.surveys(await ctx.actor(), revisionId);
  }

  @Query(() => [Survey], { description: 'Surveys of the region’s other revisions, to copy (coordinators).' })
  async copyableSurveys(@Ctx() ctx: RequestContext, @Args('revisionId', { type: () => ID }) revisionId: string) {
    return this.service.copyableSurveys(await ctx.actor(), revisionId);
  }

  @Query(() => Survey)
  async survey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.survey(await ctx.actor(), id);
  }

  @Query(() => [SurveyInvitation], { description: 'Who was invited and who submitted (coordinators).' })
  async surveyInvitations(@Ctx() ctx: RequestContext, @Args('surveyId', { type: () => ID }) surveyId: string) {
    return this.service.invitations(await ctx.actor(), surveyId);
  }

  @ResolveField(() => [LocalizedText])
  title(@Parent() survey: Survey) {
    return localized(survey.title);
  }

  @ResolveField(() => [LocalizedText])
  intro(@Parent() survey: Survey) {
    return localized(survey.intro);
  }

  @ResolveField(() => [SurveySection], { description: 'Sections with their questions, in order.' })
  async sections(@Ctx() ctx: RequestContext, @Parent() survey: Survey) {
    return (await this.structureOf(ctx, survey)).sections;
  }

  @ResolveField(() => [TranslationGap], {
    description: 'Per language of the survey, how many texts lack a translation.',
  })
  async missingTranslations(@Ctx() ctx: RequestContext, @Parent() survey: Survey) {
    const gaps = this.service.missingTranslations(survey, await this.structureOf(ctx, survey));
    return Object.entries(gaps).map(([language, missing]) => ({ language, missing }));
  }

  /** One loader for a list of surveys' sections and questions: two statements however long the list. */
  private structureOf(ctx: RequestContext, survey: Survey) {
    return ctx.loaders
      .get<string, SurveyStructure>('surveys.structure', (ids) => this.service.structures(ids))
      .load(survey.id);
  }

  @Mutation(() => Survey)
  async createSurvey(
    @Ctx() ctx: RequestContext,
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Args('input') input: SurveyInput,
  ) {
    return this.service.createSurvey(await ctx.actor(), revisionId, {
      ...input,
      title: texts(input.title),
      intro: texts(input.intro),
    });
  }

  @Mutation(() => Survey)
  async updateSurvey(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: SurveyInput,
  ) {
    return this.service.updateSurvey(await ctx.actor(), id, version, {
      ...input,
      title: texts(input.title),
      intro: texts(input.intro),
    });
  }

  @Mutation(() => Survey, { description: 'Opens the survey for answers within its dates, and for invitations.' })
  async publishSurvey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.publishSurvey(await ctx.actor(), id);
  }

  @Mutation(() => Survey, { description: 'Switches the anonymous public link on or off.' })
  async setSurveyPublicLink(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('enabled') enabled: boolean,
  ) {
    return this.service.setPublicLink(await ctx.actor(), id, enabled);
  }

  @Mutation(() => Survey, {
    description: 'Copies a survey of an earlier revision of the region into this one, as a draft.',
  })
  async copySurvey(
    @Ctx() ctx: RequestContext,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('revisionId', { type: () => ID }) revisionId: string,
  ) {
    return this.service.copySurvey(await ctx.actor(), sourceId, revisionId);
  }

  @Mutation(() => Boolean, { description: 'Deletes a survey that has no responses.' })
  async deleteSurvey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteSurvey(await ctx.actor(), id);
  }

  @Mutation(() => SurveySection)
  async saveSurveySection(
    @Ctx() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('input') input: SurveySectionInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
  ) {
    return this.service.saveSection(
      await ctx.actor(),
      surveyId,
      { title: texts(input.title), description: texts(input.description) },
      id,
    );
  }

  @Mutation(() => Boolean)
  async deleteSurveySection(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteSection(await ctx.actor(), id);
  }

  @Mutation(() => [SurveySection], {
    description: 'Moves a section to a position (from 0); answers the sections in order.',
  })
  async moveSurveySection(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
  ) {
    return this.service.moveSection(await ctx.actor(), id, position);
  }

  @Mutation(() => SurveyQuestion)
  async saveSurveyQuestion(
    @Ctx() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('input') input: SurveyQuestionInput,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
  ) {
    return this.service.saveQuestion(
      await ctx.actor(),
      surveyId,
      {
        ...input,
        text: texts(input.text),
        help: texts(input.help),
        options: input.options?.map((o) => ({ key: o.key ?? '', label: texts(o.label) })) ?? null,
        condition: input.condition ?? null,
      },
      id,
    );
  }

  @Mutation(() => Boolean)
  async deleteSurveyQuestion(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteQuestion(await ctx.actor(), id);
  }

  @Mutation(() => [SurveyQuestion], {
    description: 'Moves a question within its section; answers the section’s questions.',
  })
  async moveSurveyQuestion(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
  ) {
    return this.service.moveQuestion(await ctx.actor(), id, position);
  }

  @Mutation(() => InvitationReportView, { description: 'Invites people and organisations by personal links (e-mail).' })
  async inviteToSurvey(
    @Ctx() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('invitees', { type: () => [SurveyInviteeInput] }) invitees: SurveyInviteeInput[],
  ) {
    return this.service.invite(await ctx.actor(), surveyId, invitees);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an invitation and its address; a submitted response stays, unlinked.',
  })
  async deleteSurveyInvitation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteInvitation(await ctx.actor(), id);
  }
}

@Resolver(() => SurveySection)
export class SurveySectionResolver {
  @ResolveField(() => [LocalizedText])
  title(@Parent() section: SurveySection) {
    return localized(section.title);
  }

  @ResolveField(() => [LocalizedText])
  description(@Parent() section: SurveySection) {
    return localized(section.description);
  }

  @ResolveField(() => [SurveyQuestion])
  questions(@Parent() section: SurveySection & { questions?: SurveyQuestion[] }) {
    return section.questions ?? [];
  }
}

@Resolver(() => SurveyQuestion)
export class SurveyQuestionResolver {
  @ResolveField(() => [LocalizedText])
  text(@Parent() question: SurveyQuestion) {
    return localized(question.text);
  }

  @ResolveField(() => [LocalizedText])
  help(@Parent() question: SurveyQuestion) {
    return localized(question.help);
  }

  @ResolveField(() => [SurveyOptionView])
  options(@Parent() question: SurveyQuestion) {
    return question.options.map((o: SurveyOption) => ({ key: o.key, label: localized(o.label) }));
  }

  @ResolveField(() => SurveyConditionView, { nullable: true })
  condition(@Parent() question: SurveyQuestion): SurveyCondition | null {
    return question.condition;
  }
}

/** Answering without an account, by a personal invitation link or the public link. */
@Resolver(() => RespondentSurvey)
export class RespondResolver {
  constructor(private readonly service: RespondService) {}

  @Query(() => RespondentSurvey, {
    description: 'The survey behind an invitation, a public response or the public link.',
  })
  async respondentSurvey(@Args('token') token: string) {
    return respondentSurvey(await this.service.view(token));
  }

  @Mutation(() => String, {
    description: 'Starts an anonymous response by the public link; answers the token to resume it.',
  })
  async startSurveyResponse(
    @Ctx() ctx: RequestContext,
    @Args('publicToken') publicToken: string,
    @Args('language') language: string,
  ) {
    return this.service.startPublic(publicToken, language, ctx.req.ip ?? 'unknown');
  }

  @Mutation(() => SurveySaveResult, { description: 'Saves answers as the respondent goes; empty answers are removed.' })
  async saveSurveyAnswers(
    @Args('token') token: string,
    @Args('language') language: string,
    @Args('answers', { type: () => [SurveyAnswerInput] }) answers: SurveyAnswerInput[],
  ) {
    const response = await this.service.save(token, language, answers.map(answerEntry));
    return { savedAt: response.updatedAt, submittedAt: response.submittedAt };
  }

  @Mutation(() => SurveySaveResult, { description: 'Submits the response: all required answers, or nothing changes.' })
  async submitSurveyResponse(
    @Args('token') token: string,
    @Args('language') language: string,
    @Args('answers', { type: () => [SurveyAnswerInput], defaultValue: [] }) answers: SurveyAnswerInput[],
  ) {
    const response = await this.service.submit(token, language, answers.map(answerEntry));
    return { savedAt: response.updatedAt, submittedAt: response.submittedAt };
  }
}
