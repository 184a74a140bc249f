import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvidenceKind, FeasibilityAnswer, RecommendationStatus, TimeHorizon } from '@konzeptwerk/contracts';
import { Account } from '@konzeptwerk/identity';
import { Municipality, Organisation } from '@konzeptwerk/regions';
import { ConceptRevision, FieldOfAction, TargetGroup } from '@konzeptwerk/revisions';
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

registerEnumType(RecommendationStatus, { name: 'RecommendationStatus' });
registerEnumType(TimeHorizon, { name: 'TimeHorizon' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
registerEnumType(FeasibilityAnswer, { name: 'FeasibilityAnswer' });

/** Handlungsempfehlung: the central object of the workshop phase. */
@ObjectType()
@Entity()
@Index(['revisionId', 'reference'], { unique: true })
@Index(['fieldOfActionId'])
@Index(['revisionId', 'status'])
// Created by hand in the migration (GIN indexes TypeORM cannot describe): terms, full text.
@Index('IDX_recommendation_terms', { synchronize: false })
@Index('IDX_recommendation_fulltext', { synchronize: false })
export class Recommendation {
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

  @Field(() => Int, { description: 'Running number within the field of action.' })
  @Column({ type: 'int' })
  number: number;

  @Field({ description: 'Readable reference, e.g. SB-07; never changes.' })
  @Column({ type: 'text' })
  reference: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Sanitized HTML.' })
  @Column({ type: 'text', default: '' })
  rationale: string;

  /** Plain text of the rationale, for search, e-mail and export. */
  @Column({ type: 'text', default: '' })
  rationalePlain: string;

  /** Stemmed terms of title and rationale: the prefilter of the duplicate search. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  terms: string[];

  @Field(() => TimeHorizon, { nullable: true })
  @Column({ type: 'enum', enum: TimeHorizon, enumName: 'time_horizon', nullable: true })
  timeHorizon: TimeHorizon | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  resources: string | null;

  @Field(() => String, { nullable: true, description: 'Indicators of success.' })
  @Column({ type: 'text', nullable: true })
  indicators: string | null;

  @Field({ description: 'True: concerns every municipality of the region; false: the chosen ones.' })
  @Column({ type: 'boolean', default: true })
  allMunicipalities: boolean;

  @Field(() => RecommendationStatus)
  @Column({ type: 'enum', enum: RecommendationStatus, enumName: 'recommendation_status', default: 'DRAFT' })
  status: RecommendationStatus;

  @Field(() => String, { nullable: true, description: 'Why it was not adopted, returned or reopened.' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Recommendation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Recommendation;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Account;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

@Entity()
export class RecommendationTargetGroup {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  targetGroupId: string;

  @ManyToOne(() => TargetGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_group_id' })
  targetGroup?: TargetGroup;
}

@Entity()
export class RecommendationMunicipality {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;
}

/** An organisation named to implement the recommendation (umsetzende Akteur*in). */
@Entity()
export class RecommendationOrganisation {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}

/** The creator and the co-authors. */
@Entity()
export class RecommendationAuthor {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column({ type: 'boolean', default: false })
  isCreator: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One support per participant and recommendation. */
@Entity()
export class RecommendationSupport {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType()
@Entity()
@Index(['recommendationId', 'createdAt'])
export class RecommendationComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to (one level only).' })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => RecommendationComment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: RecommendationComment;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Account;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, {
    nullable: true,
    description: 'Reference of the recommendation the comment was first written on, when carried over by a merge.',
  })
  @Column({ type: 'text', nullable: true })
  carriedFrom: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An immutable snapshot made by every edit. */
@Entity()
@Index(['recommendationId', 'number'], { unique: true })
export class RecommendationVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Column({ type: 'int' })
  number: number;

  /** The recommendation's row version right after this edit: the base a later conflicting save is compared to. */
  @Column({ type: 'int' })
  rowVersion: number;

  @Column({ type: 'jsonb' })
  snapshot: RecommendationSnapshot;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** What a version keeps: the content, with names as they read at the time. */
export interface RecommendationSnapshot {
  title: string;
  rationale: string;
  fieldOfAction: string;
  targetGroups: string[];
  municipalities: string[];
  organisations: string[];
  timeHorizon: TimeHorizon | null;
  resources: string | null;
  indicators: string | null;
}

/** An origin link: where the recommendation came from (challenge, approach, finding, merged source…). */
@ObjectType()
@Entity()
@Index(['recommendationId'])
export class EvidenceLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Field(() => EvidenceKind)
  @Column({ type: 'enum', enum: EvidenceKind, enumName: 'evidence_kind' })
  kind: EvidenceKind;

  @Field(() => ID, { nullable: true, description: 'The linked item, where it lives on the platform.' })
  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Field()
  @Column({ type: 'text' })
  label: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A coordinator's request to implementing organisations for statements on chosen recommendations. */
@ObjectType()
@Entity()
@Index(['revisionId', 'createdAt'])
export class FeasibilityRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Field(() => [Int], { description: 'Days before the deadline on which open requests are reminded.' })
  @Column({ type: 'int', array: true })
  reminderDaysBefore: number[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Account;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Umsetzbarkeitsprüfung: one organisation's statement on one recommendation. */
@ObjectType()
@Entity()
@Index(['requestId', 'recommendationId', 'organisationId'], { unique: true })
@Index(['recommendationId'])
@Index(['organisationId'])
export class FeasibilityCheck {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FeasibilityRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FeasibilityRequest;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Recommendation;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field(() => FeasibilityAnswer, { nullable: true })
  @Column({ type: 'enum', enum: FeasibilityAnswer, enumName: 'feasibility_answer', nullable: true })
  answer: FeasibilityAnswer | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy?: Account;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
