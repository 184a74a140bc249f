import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  FindingSourceKind,
  IntervieweeCategory,
  SurveyAudience,
  SurveyBreakdown,
  SurveyQuestionKind,
  SurveyStatus,
} from '@konzeptwerk/contracts';
import { Municipality, Organisation } from '@konzeptwerk/regions';
import { ConceptRevision, FieldOfAction } from '@konzeptwerk/revisions';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

registerEnumType(SurveyQuestionKind, { name: 'SurveyQuestionKind' });
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });
registerEnumType(SurveyAudience, { name: 'SurveyAudience' });
registerEnumType(IntervieweeCategory, { name: 'IntervieweeCategory' });
registerEnumType(FindingSourceKind, { name: 'FindingSourceKind' });
registerEnumType(SurveyBreakdown, { name: 'SurveyBreakdown' });

/** A text in every language it was given in: language code → text. German is the one always there. */
export type Texts = Record<string, string>;

/** One language's version of a text. */
@ObjectType()
export class LocalizedText {
  @Field({ description: 'de, en, uk, ar, tr, ru or ls (Leichte Sprache).' })
  language: string;

  @Field()
  text: string;
}

/** An answer option of a choice, scale, ranking or organisation-type question. */
export interface SurveyOption {
  /** Stable within the question: answers and conditions refer to it. */
  key: string;
  label: Texts;
}

/** Shows a question only when an earlier choice question was answered with one of some options. */
export interface SurveyCondition {
  questionId: string;
  optionKeys: string[];
}

/**
 * An online survey of a revision: texts in several languages, sections of questions, answerable between its
 * opening and closing dates once published; personal invitations and, when `publicToken` is set, an anonymous
 * public link.
 */
@ObjectType()
@Entity()
@Index(['revisionId', 'createdAt'])
export class Survey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Column({ type: 'jsonb' })
  title: Texts;

  @Column({ type: 'jsonb', default: {} })
  intro: Texts;

  @Field(() => [String], { description: 'The languages respondents can choose; de always among them.' })
  @Column({ type: 'text', array: true, default: '{de}' })
  languages: string[];

  @Field(() => SurveyStatus)
  @Column({ type: 'enum', enum: SurveyStatus, enumName: 'survey_status', default: SurveyStatus.DRAFT })
  status: SurveyStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Field(() => [Int], { description: 'Days before the close at which invitees who have not submitted are reminded.' })
  @Column({ type: 'int', array: true, default: '{7,2}' })
  reminderDaysBefore: number[];

  /** The anonymous public link's token; null while there is no public link. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true, unique: true })
  publicToken: string | null;

  @Field(() => ID, { nullable: true, description: 'The survey of an earlier revision this one was copied from.' })
  @Column({ type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A section of a survey: a heading and its questions, shown as one page. */
@ObjectType()
@Entity()
@Index(['surveyId', 'position'])
export class SurveySection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  title: Texts;

  @Column({ type: 'jsonb', default: {} })
  description: Texts;
}

/** A question of a survey section. */
@ObjectType()
@Entity()
@Index(['surveyId', 'sectionId', 'position'])
export class SurveyQuestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  sectionId: string;

  @ManyToOne(() => SurveySection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section?: SurveySection;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => SurveyQuestionKind)
  @Column({ type: 'enum', enum: SurveyQuestionKind, enumName: 'survey_question_kind' })
  kind: SurveyQuestionKind;

  @Field()
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Column({ type: 'jsonb' })
  text: Texts;

  @Column({ type: 'jsonb', default: {} })
  help: Texts;

  @Column({ type: 'jsonb', default: [] })
  options: SurveyOption[];

  @Field({ description: 'Whether a choice question offers “other” with a text of one’s own.' })
  @Column({ type: 'boolean', default: false })
  allowOther: boolean;

  @Column({ type: 'jsonb', nullable: true })
  condition: SurveyCondition | null;
}

/**
 * A personal invitation: one person or organisation, one response, resumable by its link until submitted.
 * The token is the link's secret; it is never shown through the API once the mail has gone.
 */
@ObjectType()
@Entity()
@Index(['surveyId', 'email'], { unique: true })
export class SurveyInvitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field(() => SurveyAudience)
  @Column({ type: 'enum', enum: SurveyAudience, enumName: 'survey_audience' })
  audience: SurveyAudience;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field({ description: 'The language the invitation and its reminders are written in.' })
  @Column({ type: 'text', default: 'de' })
  language: string;

  @Column({ type: 'text', unique: true, select: false })
  token: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}

/**
 * A response: the answers of one invitee, or of one anonymous respondent of the public link (no account, no
 * address, nothing personal: only a random token the respondent's browser keeps to resume).
 */
@ObjectType()
@Entity()
@Index(['surveyId', 'submittedAt'])
@Index(['surveyId', 'id'])
export class SurveyResponse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ type: 'uuid', nullable: true, unique: true })
  invitationId: string | null;

  @ManyToOne(() => SurveyInvitation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invitation_id' })
  invitation?: SurveyInvitation;

  /** The public respondent's resume token (SHA-256); null for invitations, whose token is the invitation's. */
  @Column({ type: 'text', nullable: true, unique: true, select: false })
  tokenHash: string | null;

  @Field(() => SurveyAudience)
  @Column({ type: 'enum', enum: SurveyAudience, enumName: 'survey_audience' })
  audience: SurveyAudience;

  @Field()
  @Column({ type: 'text', default: 'de' })
  language: string;

  /** Set on submission: from the answer to a municipality question, else the invitation's municipality. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  /** Set on submission: the answer to an organisation-type question, else the audience. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  respondentType: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}

/**
 * One answer of a response to a question, saved as the respondent goes. `value` has the shape of its kind:
 * { choice, other } · { choices, other } · { ratings: { fieldId: 1..5 } } · { order } · { text } · { number } ·
 * { date } · { municipalityId }.
 */
@Entity()
export class SurveyAnswer {
  @PrimaryColumn({ type: 'uuid' })
  responseId: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponse;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  questionId: string;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: SurveyQuestion;

  @Column({ type: 'jsonb' })
  value: Record<string, unknown>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Public-link responses started per client address, to limit abuse; kept one day, never linked to answers. */
@Entity()
@Index(['clientKey', 'createdAt'])
export class SurveyStartAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** SHA-256 of the survey and the client address, never the address itself. */
  @Column({ type: 'text' })
  clientKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A coordinator's coding of a free-text answer (or of an “other” text) to fields of action and target groups. */
@ObjectType()
@Entity()
export class AnswerCoding {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  responseId: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponse;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: SurveyQuestion;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: '{}' })
  fieldOfActionIds: string[];

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: '{}' })
  targetGroupIds: string[];

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A flanking interview: when, with whom (a category and a pseudonym, no name), the consent and the version of
 * the consent text it was given to, notes, and codes to fields of action and target groups.
 */
@ObjectType()
@Entity()
@Index(['revisionId', 'heldOn'])
export class Interview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field({ description: 'The day it was held (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => IntervieweeCategory)
  @Column({ type: 'enum', enum: IntervieweeCategory, enumName: 'interviewee_category' })
  category: IntervieweeCategory;

  @Field({ description: 'How the interviewee is referred to, e.g. “I-07”; never a name.' })
  @Column({ type: 'text' })
  pseudonym: string;

  @Field()
  @Column({ type: 'boolean' })
  consentGiven: boolean;

  @Field({ description: 'The version of the consent text the consent was given to, e.g. “2026-09”.' })
  @Column({ type: 'text' })
  consentTextVersion: string;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: '{}' })
  fieldOfActionIds: string[];

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: '{}' })
  targetGroupIds: string[];

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/**
 * A finding (Ergebnis) of a field of action: an insight from coded survey answers and interview passages that
 * recommendations can cite as evidence (EvidenceKind.FINDING).
 */
@ObjectType()
@Entity()
@Index(['revisionId', 'fieldOfActionId'])
export class Finding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  fieldOfActionId: string;

  @ManyToOne(() => FieldOfAction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'field_of_action_id' })
  fieldOfAction?: FieldOfAction;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: '{}' })
  targetGroupIds: string[];

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A piece of evidence for a finding: a survey answer or a passage of interview notes, quoted. */
@ObjectType()
@Entity()
@Index(['findingId'])
export class FindingSource {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  findingId: string;

  @ManyToOne(() => Finding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: Finding;

  @Field(() => FindingSourceKind)
  @Column({ type: 'enum', enum: FindingSourceKind, enumName: 'finding_source_kind' })
  kind: FindingSourceKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  responseId: string | null;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponse;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  questionId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  interviewId: string | null;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview;

  @Field({ description: 'The quoted answer or passage.' })
  @Column({ type: 'text' })
  excerpt: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
