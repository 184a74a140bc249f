import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MunicipalityKind, OrganisationType, RegionKind } from '@konzeptwerk/contracts';

@InputType()
export class MunicipalityInput {
  @Field()
  name: string;

  @Field(() => MunicipalityKind)
  kind: MunicipalityKind;
}

@InputType()
export class CreateRegionInput {
  @Field()
  name: string;

  @Field(() => RegionKind)
  kind: RegionKind;

  @Field(() => [MunicipalityInput], { defaultValue: [] })
  municipalities: MunicipalityInput[];
}

@InputType()
export class UpdateRegionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the change is based on (optimistic locking).' })
  version: number;

  @Field()
  name: string;

  @Field(() => RegionKind)
  kind: RegionKind;
}

@InputType()
export class SaveOrganisationInput {
  @Field(() => ID, { nullable: true, description: 'Absent to create a new organisation.' })
  id?: string | null;

  @Field(() => ID)
  regionId: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;

  @Field()
  name: string;

  @Field(() => OrganisationType)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  municipalityIds: string[];
}
