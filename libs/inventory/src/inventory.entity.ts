import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Municipality } from '@konzeptwerk/regions';
import { ConceptRevision } from '@konzeptwerk/revisions';
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
