import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExportFormat, ExportStatus } from '@konzeptwerk/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(ExportFormat, { name: 'ExportFormat' });
registerEnumType(ExportStatus, { name: 'ExportStatus' });

/**
 * A file built by a job (e.g. a revision's recommendations as XLSX). Progress
 * is written as the job goes; the file is stored with the row, so any API
 * instance can serve it, and is never visible before the job finished.
 */
@ObjectType()
@Entity()
@Index(['requestedById', 'createdAt'])
@Index(['subjectId', 'createdAt'])
export class DataExport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  regionId: string;

  @Column({ type: 'uuid', nullable: true })
  revisionId: string | null;

  /** What within the revision is exported when it is not the revision itself, e.g. a conference. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Field({ description: 'What is exported, e.g. recommendations.' })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => ExportFormat)
  @Column({ type: 'enum', enum: ExportFormat, enumName: 'export_format' })
  format: ExportFormat;

  @Field(() => ExportStatus)
  @Column({ type: 'enum', enum: ExportStatus, enumName: 'export_status', default: 'QUEUED' })
  status: ExportStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  processed: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  total: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  fileName: string | null;

  @Column({ type: 'text', nullable: true })
  contentType: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  byteSize: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
