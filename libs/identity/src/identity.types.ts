import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { InvitationRole, RevisionRole } from '@konzeptwerk/contracts';
import { Account } from './identity.entities';

@ObjectType()
export class RevisionGrant {
  @Field(() => ID)
  revisionId: string;

  @Field(() => ID)
  regionId: string;

  @Field(() => RevisionRole)
  role: RevisionRole;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;
}

@ObjectType({ description: 'The signed-in person and what they may do.' })
export class Viewer {
  @Field(() => Account)
  account: Account;

  @Field(() => [ID])
  coordinatorRegionIds: string[];

  @Field(() => [RevisionGrant])
  memberships: RevisionGrant[];
}

@ObjectType()
export class InvitationPreview {
  @Field()
  email: string;

  @Field(() => InvitationRole)
  role: InvitationRole;

  @Field()
  regionName: string;

  @Field(() => String, { nullable: true })
  revisionTitle: string | null;

  @Field(() => String, { nullable: true })
  municipalityName: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field()
  expiresAt: Date;

  @Field({ description: 'True when the address already has an account: accepting then asks for its password.' })
  accountExists: boolean;
}

@ObjectType()
export class Member {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  accountId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => RevisionRole)
  role: RevisionRole;

  @Field(() => String, { nullable: true })
  municipalityName: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field()
  since: Date;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  revisionId: string;

  @Field()
  email: string;

  @Field(() => InvitationRole)
  role: InvitationRole;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token: string;

  @Field(() => String, { nullable: true, description: 'Needed when a new account is created.' })
  displayName?: string | null;

  @Field()
  password: string;
}
