import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AdoptionResult,
  ConceptSectionKind,
  DispositionKind,
  ReviewProgress,
  ReviewRoundStatus,
  StatementKind,
} from '@konzeptwerk/contracts';
import { Account } from '@konzeptwerk/identity';
import { Municipality } from '@konzeptwerk/regions';
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
import type { PassageAnchor, VersionSection } from './text';

/** A recommendation as the published concept shows it (and the open data gives it). */
export interface PublishedRecommendation {
  reference: string;
  title: string;
  fieldOfAction: { id: string; code: string; title: string };
  targetGroups: { id: string; name: string }[];
  /** Null when it concerns every municipality. */
  municipalities: string[] | null;
  rationale: string;
  timeHorizon: string | null;
  resources: string | null;
  indicators: string | null;
}

registerEnumType(ConceptSectionKind, { name: 'ConceptSectionKind' });
registerEnumType(ReviewRoundStatus, { name: 'ReviewRoundStatus' });
registerEnumType(StatementKind, { name: 'StatementKind' });
registerEnumType(DispositionKind, { name: 'DispositionKind' });
registerEnumType(ReviewProgress, { name: 'ReviewProgress' });

/** Konzeptentwurf: the document of a revision, one per revision, written in sections. */
@ObjectType()
@Entity()
@Index(['revisionId'], { unique: true })
export class ConceptDraft {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ConceptRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: ConceptRevision;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/**
 * A section of the draft: a chapter or a sub-chapter (`parentId`), ordered by
 * `position` among its siblings. Its body is sanitized rich text; a field of
 * action's section shows the field's goals and agreed recommendations below
 * it, live from the workbench until a version freezes them.
 */
@ObjectType()
@Entity()
@Index(['draftId', 'parentId', 'position'])
export class ConceptSection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => ConceptDraft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id' })
  draft?: ConceptDraft;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ConceptSection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: ConceptSection;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => ConceptSectionKind)
  @Column({ type: 'enum', enum: ConceptSectionKind, enumName: 'concept_section_kind' })
  kind: ConceptSectionKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  fieldOfActionId: string | null;

  @ManyToOne(() => FieldOfAction, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'field_of_action_id' })
  fieldOfAction?: FieldOfAction;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'The text, as sanitized HTML.' })
  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A frozen, numbered version of the draft: what was sent for review, immutable. */
@ObjectType()
@Entity()
@Index(['draftId', 'number'], { unique: true })
export class DraftVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => ConceptDraft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id' })
  draft?: ConceptDraft;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Every section in reading order, with its level and its HTML (recommendations included). */
  @Column({ type: 'jsonb' })
  sections: VersionSection[];

  @Column({ type: 'uuid' })
  frozenById: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'frozen_by_id' })
  frozenBy?: Account;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  frozenAt: Date;
}

/** Abstimmungsrunde: a version sent to chosen municipalities with a deadline. */
@ObjectType()
@Entity()
@Index(['draftId', 'number'], { unique: true })
export class ReviewRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => ConceptDraft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id' })
  draft?: ConceptDraft;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  revisionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  versionId: string;

  @ManyToOne(() => DraftVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  draftVersion?: DraftVersion;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => GraphQLISODateTime, {
    description: 'The deadline set for the round; municipalities may have it extended.',
  })
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Field(() => [Int], { description: 'Days before a deadline on which reviewers without a statement are reminded.' })
  @Column({ type: 'int', array: true, default: () => `'{7,2}'` })
  reminderDaysBefore: number[];

  @Field({ description: "Whether reviewers see other municipalities' comments and statements." })
  @Column({ type: 'boolean', default: false })
  othersVisible: boolean;

  @Field(() => ReviewRoundStatus)
  @Column({ type: 'enum', enum: ReviewRoundStatus, enumName: 'review_round_status', default: ReviewRoundStatus.OPEN })
  status: ReviewRoundStatus;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A municipality asked in a round, with its own deadline and when its reviewers first opened the draft. */
@Entity()
export class ReviewMunicipality {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ReviewRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReviewRound;

  @PrimaryColumn({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;
}

/**
 * Anmerkung: a reviewer's comment on a passage of the round's version (or on
 * a whole section), perhaps with replacement text; the coordination answers
 * it (Abwägung) and may take the text over into the draft.
 */
@ObjectType()
@Entity()
@Index(['roundId', 'createdAt'])
export class ReviewComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ReviewRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReviewRound;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Account;

  @Field(() => ID, { description: 'The section commented on (ids stay the same across versions).' })
  @Column({ type: 'uuid' })
  sectionId: string;

  @Field({ description: 'The section title as it stood in the round’s version.' })
  @Column({ type: 'text' })
  sectionTitle: string;

  /** The passage: its quote with context and its offsets in the section's plain text; null for the whole section. */
  @Column({ type: 'jsonb', nullable: true })
  anchor: PassageAnchor | null;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Replacement text the reviewer proposes for the passage.' })
  @Column({ type: 'text', nullable: true })
  proposedText: string | null;

  @Field(() => DispositionKind, { nullable: true })
  @Column({ type: 'enum', enum: DispositionKind, enumName: 'disposition_kind', nullable: true })
  disposition: DispositionKind | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  dispositionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  disposedById: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disposedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the proposed text was taken into the draft.' })
  @Column({ type: 'timestamptz', nullable: true })
  proposalAppliedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** Stellungnahme: the one formal statement of a municipality in a round. */
@ObjectType()
@Entity()
@Index(['roundId', 'municipalityId'], { unique: true })
export class ReviewStatement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ReviewRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReviewRound;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field(() => StatementKind)
  @Column({ type: 'enum', enum: StatementKind, enumName: 'statement_kind' })
  kind: StatementKind;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid' })
  givenById: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'given_by_id' })
  givenBy?: Account;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  givenAt: Date;
}

registerEnumType(AdoptionResult, { name: 'AdoptionResult' });

/**
 * The end of a revision: the version made final (Endfassung), the body's
 * resolution on it (Beschluss) and, once adopted, its publication. One per
 * revision; making another version final replaces the choice until it is
 * published.
 */
@ObjectType()
@Entity()
@Index(['revisionId'], { unique: true })
export class ConceptPublication {
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
  versionId: string;

  @ManyToOne(() => DraftVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  draftVersion?: DraftVersion;

  @Field({ description: 'The concept’s title as it was made final; what the public pages and documents show.' })
  @Column({ type: 'text', default: '' })
  title: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  finalisedAt: Date;

  @Column({ type: 'uuid' })
  finalisedById: string;

  @Field(() => String, { nullable: true, description: 'Why the version was made final while review rounds were open.' })
  @Column({ type: 'text', nullable: true })
  overrideReason: string | null;

  @Field(() => String, { nullable: true, description: 'The body that decided, e.g. Kreistag.' })
  @Column({ type: 'text', nullable: true })
  adoptionBody: string | null;

  @Field(() => String, { nullable: true, description: 'The day of the resolution (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  adoptionDate: string | null;

  @Field(() => String, { nullable: true, description: 'The reference of the resolution (Drucksache).' })
  @Column({ type: 'text', nullable: true })
  adoptionReference: string | null;

  @Field(() => AdoptionResult, { nullable: true })
  @Column({ type: 'enum', enum: AdoptionResult, enumName: 'adoption_result', nullable: true })
  adoptionResult: AdoptionResult | null;

  /** The agreed recommendations as they stood when the version was made final: what is published and exported. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  recommendations: PublishedRecommendation[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
