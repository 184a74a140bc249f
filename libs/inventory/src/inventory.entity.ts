import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfferKind } from '@konzeptwerk/contracts';
import { Municipality, Organisation } from '@konzeptwerk/regions';
import { ConceptRevision, FieldOfAction } from '@konzeptwerk/revisions';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Daten und Fakten: a figure kept per municipality and year, e.g. pupils with a migration history. */
@ObjectType()
@Entity()
@Index(['revisionId', 'name'], { unique: true })
export class Indicator {
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
  name: string;

  @Field({ description: 'E.g. Personen, %, Euro.' })
  @Column({ type: 'text' })
  unit: string;

  @Field({ description: 'Where the figures come from, e.g. IT.NRW, Zensus 2022.' })
  @Column({ type: 'text' })
  source: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field({ description: 'Whether its latest figures stand in the concept’s chapter “Daten und Fakten”.' })
  @Column({ type: 'boolean', default: false })
  inConcept: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** One figure: an indicator's value for a municipality in a year. */
@ObjectType()
@Entity()
@Index(['indicatorId', 'municipalityId', 'year'], { unique: true })
export class IndicatorValue {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Indicator;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  /** Stored exactly (numeric); numbers in JavaScript are exact enough for counts and shares. */
  @Field(() => Float)
  @Column({
    type: 'numeric',
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  value: number;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

registerEnumType(OfferKind, { name: 'OfferKind' });

/**
 * An offer of the Wegweiser Integration: a course, a counselling service, a
 * meeting place, a network… of a provider, in some municipalities, for some
 * fields of action and target groups, in some languages. Public once listed;
 * `confirmedAt` says when its provider or the coordination last confirmed it.
 */
@ObjectType()
@Entity()
@Index(['revisionId', 'title'])
export class Offer {
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
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field(() => OfferKind)
  @Column({ type: 'enum', enum: OfferKind, enumName: 'offer_kind' })
  kind: OfferKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  municipalityIds: string[];

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  fieldOfActionIds: string[];

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  targetGroupIds: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes (and ls for Leichte Sprache, dgs for sign language).' })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'Step-free access, sign language, childcare…' })
  @Column({ type: 'text', nullable: true })
  accessibility: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  confirmedAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A network of organisations (Netzwerk), with its members. */
@ObjectType()
@Entity()
@Index(['revisionId', 'name'], { unique: true })
export class Network {
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
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  memberOrganisationIds: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  confirmedAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** A need the inventory found (Bedarf), per field of action and municipality; evidence for recommendations. */
@ObjectType()
@Entity()
@Index(['revisionId', 'fieldOfActionId'])
export class Need {
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

  @Field(() => ID, { nullable: true, description: 'Null when it concerns the whole region.' })
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Where it was found, e.g. the survey, a network meeting.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
