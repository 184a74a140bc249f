import {
  Args,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { SurveyAudience, SurveyBreakdown, SurveyQuestionKind } from '@konzeptwerk/contracts';
import { Ctx, type RequestContext } from '@konzeptwerk/platform';
import {
  type OptionCountData,
  type OptionRankData,
  ResultsService,
  type QuestionResultData,
  type SurveyBreakdownData,
} from './results.service';
import { AnswerCoding, LocalizedText } from './survey.entity';
import { localized } from './surveys.resolver';

@ObjectType({ description: 'Invitations and responses of one audience.' })
export class AudienceCount {
  @Field(() => SurveyAudience)
  audience: SurveyAudience;

  @Field(() => Int)
  invited: number;

  @Field(() => Int, { description: 'Responses begun, submitted or not.' })
  started: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Invitations answered per invitation (0 to 1); null for the public link and when nobody was invited.',
  })
  responseRate: number | null;
}

@ObjectType()
export class OptionCount {
  @Field({ description: 'The option’s key; “other” for “other”; the municipality’s id for a municipality question.' })
  key: string;

  @Field(() => [LocalizedText])
  label: LocalizedText[];

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class FieldRatingResult {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field()
  name: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true })
  average: number | null;

  @Field(() => [Int], { description: 'distribution[i]: how many rated i + 1 (1 poor … 5 good).' })
  distribution: number[];
}

@ObjectType()
export class OptionRank {
  @Field()
  key: string;

  @Field(() => [LocalizedText])
  label: LocalizedText[];

  @Field(() => Float, { description: '1 is first.' })
  averageRank: number;
}

@ObjectType()
export class NumberSummary {
  @Field(() => Int)
  count: number;

  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;

  @Field(() => Float)
  mean: number;

  @Field(() => Float)
  median: number;
}

@ObjectType({ description: 'A chart’s numbers for one question; the parts that fit its kind are filled.' })
export class QuestionResult {
  @Field(() => ID)
  questionId: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field(() => [LocalizedText])
  text: LocalizedText[];

  @Field(() => Int, { description: 'Submitted responses that answered it.' })
  answered: number;

  @Field(() => [OptionCount], { description: 'Choice, Likert, organisation-type and municipality questions.' })
  options: OptionCount[];

  @Field(() => [FieldRatingResult])
  fieldRatings: FieldRatingResult[];

  @Field(() => [OptionRank], { description: 'Ranking questions: the options by their average place.' })
  ranks: OptionRank[];

  @Field(() => NumberSummary, { nullable: true })
  numberSummary: NumberSummary | null;
}

@ObjectType()
export class SurveyResults {
  @Field(() => ID)
  surveyId: string;

  @Field(() => Int)
  submitted: number;

  @Field(() => [AudienceCount])
  audiences: AudienceCount[];

  @Field(() => [QuestionResult])
  questions: QuestionResult[];
}

@ObjectType({ description: 'A group of at least five respondents.' })
export class BreakdownGroup {
  @Field({ description: 'A municipality’s id or a respondent type; “none” without one; “merged” for the small ones.' })
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  respondents: number;

  @Field(() => [OptionCount], {
    description:
      'Option counts; for a field rating per field the ratings 4 and 5; for a ranking per option how often it came first.',
  })
  options: OptionCount[];

  @Field({ description: 'Groups too small to show, taken together.' })
  merged: boolean;
}

@ObjectType()
export class SurveyBreakdownResult {
  @Field(() => ID)
  questionId: string;

  @Field(() => SurveyBreakdown)
  by: SurveyBreakdown;

  @Field(() => [BreakdownGroup])
  groups: BreakdownGroup[];

  @Field(() => Int, { description: 'Respondents not shown in a group of their own (merged or not shown at all).' })
  suppressed: number;
}

@ObjectType()
export class FreeTextAnswer {
  @Field(() => ID)
  responseId: string;

  @Field(() => ID)
  questionId: string;

  @Field(() => [LocalizedText])
  questionText: LocalizedText[];

  @Field()
  text: string;

  @Field({ description: 'The text given with “other” of a choice question.' })
  isOther: boolean;

  @Field({ description: 'The language the respondent answered in.' })
  language: string;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => AnswerCoding, { nullable: true })
  coding: AnswerCoding | null;

  @Field(() => [ID], { description: 'Findings that cite this answer.' })
  findingIds: string[];
}

const optionCount = (o: OptionCountData): OptionCount => ({ ...o, label: localized(o.label) });
const optionRank = (o: OptionRankData): OptionRank => ({ ...o, label: localized(o.label) });
const questionResult = (q: QuestionResultData): QuestionResult => ({
  ...q,
  text: localized(q.text),
  options: q.options.map(optionCount),
  ranks: q.ranks.map(optionRank),
});
const breakdownResult = (b: SurveyBreakdownData): SurveyBreakdownResult => ({
  ...b,
  groups: b.groups.map((g) => ({ ...g, options: g.options.map(optionCount) })),
});

/** Survey results for the coordinators: counts, charts, breakdowns of at least five, free texts and their coding. */
@Resolver()
export class SurveyResultsResolver {
  constructor(private readonly service: ResultsService) {}

  @Query(() => SurveyResults, { description: 'Counts and chart numbers of the submitted responses (coordinators).' })
  async surveyResults(@Ctx() ctx: RequestContext, @Args('surveyId', { type: () => ID }) surveyId: string) {
    const results = await this.service.results(await ctx.actor(), surveyId);
    return { ...results, questions: results.questions.map(questionResult) };
  }

  @Query(() => SurveyBreakdownResult, {
    description: 'A closed question’s answers by municipality or respondent type; no group under five respondents.',
  })
  async surveyBreakdown(
    @Ctx() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('by', { type: () => SurveyBreakdown }) by: SurveyBreakdown,
  ) {
    return breakdownResult(await this.service.breakdown(await ctx.actor(), surveyId, questionId, by));
  }

  @Query(() => [FreeTextAnswer], { description: 'Free texts and “other” texts of submitted responses (coordinators).' })
  async surveyFreeTexts(
    @Ctx() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('questionId', { type: () => ID, nullable: true }) questionId?: string | null,
  ) {
    const answers = await this.service.freeTexts(await ctx.actor(), surveyId, questionId);
    return answers.map((a) => ({ ...a, questionText: localized(a.questionText) }));
  }

  @Mutation(() => AnswerCoding, {
    description: 'Codes a free text or “other” text to fields of action and target groups.',
  })
  async codeSurveyAnswer(
    @Ctx() ctx: RequestContext,
    @Args('responseId', { type: () => ID }) responseId: string,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('fieldOfActionIds', { type: () => [ID] }) fieldOfActionIds: string[],
    @Args('targetGroupIds', { type: () => [ID] }) targetGroupIds: string[],
  ) {
    return this.service.codeAnswer(await ctx.actor(), responseId, questionId, fieldOfActionIds, targetGroupIds);
  }
}
