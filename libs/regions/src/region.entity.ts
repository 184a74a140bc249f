import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MunicipalityKind, OrganisationType, RegionKind } from '@konzeptwerk/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';

registerEnumType(RegionKind, { name: 'RegionKind' });
registerEnumType(MunicipalityKind, { name: 'MunicipalityKind' });
registerEnumType(OrganisationType, { name: 'OrganisationType' });

@ObjectType({ description: 'A Kreis or kreisfreie Stadt whose Kommunales Integrationszentrum uses the platform.' })
@Entity()
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'text' })
  name: string;

  @Field(() => RegionKind)
  @Column({ type: 'enum', enum: RegionKind, enumName: 'region_kind' })
  kind: RegionKind;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

@ObjectType({ description: 'A kreisangehörige Stadt or Gemeinde, or a Stadtbezirk.' })
@Entity()
@Index(['regionId', 'name'], { unique: true })
export class Municipality {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => MunicipalityKind)
  @Column({ type: 'enum', enum: MunicipalityKind, enumName: 'municipality_kind' })
  kind: MunicipalityKind;
}

@ObjectType({ description: 'An actor: administration, welfare association, school, Jobcenter, migrant organisation…' })
@Entity()
@Index(['regionId', 'name'], { unique: true })
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => OrganisationType)
  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @ManyToMany(() => Municipality)
  @JoinTable({
    name: 'organisation_municipality',
    joinColumn: { name: 'organisation_id' },
    inverseJoinColumn: { name: 'municipality_id' },
  })
  municipalities: Municipality[];

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
