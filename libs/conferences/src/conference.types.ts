import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  OmitType,
  PartialType,
} from '@nestjs/graphql';
import { ParticipantRole, RegistrationStatus } from '@konzeptwerk/contracts';
import { Municipality } from '@konzeptwerk/regions';
import { ConferencePrivacyText } from './conference.entity';

@InputType()
export class CreateConferenceInput {
  @Field(() => ID)
  revisionId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  address?: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => GraphQLISODateTime)
  registrationOpensAt: Date;

  @Field(() => GraphQLISODateTime)
  registrationClosesAt: Date;

  @Field({ description: 'The privacy notice people agree to when they register (German).' })
  privacyTextDe: string;

  @Field({ description: 'The same in English.' })
  privacyTextEn: string;
}

/** The facts of a conference; every one may be left out when changing it. */
@InputType()
export class ConferenceFieldsInput extends PartialType(
  OmitType(CreateConferenceInput, ['revisionId', 'privacyTextDe', 'privacyTextEn'] as const),
  InputType,
) {}

@InputType()
export class UpdateConferenceInput extends ConferenceFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the change is based on (optimistic locking).' })
  version: number;
}

@InputType()
export class WorkshopSessionInput {
  @Field(() => ID, { nullable: true })
  fieldOfActionId?: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  slotStartsAt: Date;

  @Field(() => GraphQLISODateTime)
  slotEndsAt: Date;

  @Field()
  room: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => [ID], { nullable: true, description: 'Accounts of the revision who moderate.' })
  moderatorIds?: string[];
}

@InputType()
export class RegisterInput {
  @Field(() => ID)
  conferenceId: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  organisation?: string;

  @Field(() => ID, { nullable: true })
  municipalityId?: string;

  @Field(() => ParticipantRole)
  role: ParticipantRole;

  @Field(() => String, { nullable: true })
  accessibilityNeeds?: string;

  @Field(() => [ID], { description: 'Workshop wishes, first choice first (at most three).' })
  preferences: string[];

  @Field(() => Int, { description: 'The version of the privacy notice the person read and agreed to.' })
  privacyTextVersion: number;

  @Field({ description: 'Agreement to the privacy notice; required.' })
  consent: boolean;
}

@ObjectType()
export class RegistrationResult {
  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, when waitlisted.' })
  waitlistPosition: number | null;

  @Field()
  conferenceTitle: string;
}

@ObjectType()
export class CancellationResult {
  @Field()
  conferenceTitle: string;

  @Field({ description: 'False when the registration had been cancelled before.' })
  cancelledNow: boolean;
}

@ObjectType()
export class PublicWorkshop {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  fieldOfAction: string | null;

  @Field(() => GraphQLISODateTime)
  slotStartsAt: Date;

  @Field(() => GraphQLISODateTime)
  slotEndsAt: Date;

  @Field()
  room: string;
}

/** What the public registration page shows: the event, never who registered. */
@ObjectType()
export class PublicConference {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => GraphQLISODateTime)
  registrationOpensAt: Date;

  @Field(() => GraphQLISODateTime)
  registrationClosesAt: Date;

  @Field({ description: 'Whether the registration window is open now.' })
  registrationOpen: boolean;

  @Field(() => Int, { description: 'Free places; 0 means new registrations go to the waiting list.' })
  placesLeft: number;

  @Field(() => [PublicWorkshop])
  workshops: PublicWorkshop[];

  @Field(() => ConferencePrivacyText)
  privacyText: ConferencePrivacyText;

  @Field(() => [Municipality])
  municipalities: Municipality[];
}

@ObjectType()
export class RegistrationCounts {
  @Field(() => Int)
  confirmed: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  cancelled: number;
}

@ObjectType()
export class AssignmentRankCount {
  @Field(() => Int, { description: '1 = first choice.' })
  rank: number;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'Share of the registrants with wishes in the slot.' })
  share: number;
}

@ObjectType()
export class OverCapacityWorkshop {
  @Field(() => ID)
  sessionId: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  assigned: number;
}

/** How the wishes of one time slot came out. */
@ObjectType()
export class AssignmentSlotReport {
  @Field(() => GraphQLISODateTime)
  slotStartsAt: Date;

  @Field(() => Int, { description: 'Confirmed registrations with wishes in the slot and no place fixed by hand.' })
  registrants: number;

  @Field(() => [AssignmentRankCount])
  byRank: AssignmentRankCount[];

  @Field(() => Int, { description: 'Of those, how many got none of their wishes.' })
  unassigned: number;

  @Field(() => Int, { description: 'Places fixed by hand.' })
  overrides: number;

  @Field(() => [OverCapacityWorkshop])
  overCapacity: OverCapacityWorkshop[];
}

@ObjectType()
export class AssignmentReport {
  @Field(() => [AssignmentSlotReport])
  slots: AssignmentSlotReport[];
}

/** A person's place in a workshop, as the participant list shows it. */
@ObjectType()
export class WorkshopPlace {
  @Field(() => ID)
  registrationId: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => ParticipantRole)
  role: ParticipantRole;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank among the wishes in the slot; null when it was none of them.',
  })
  rank: number | null;

  @Field()
  manual: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  checkedInAt: Date | null;
}

@InputType()
export class WorkshopMeetingInput {
  @Field(() => ID)
  fieldOfActionId: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => String, { nullable: true })
  location?: string;

  @Field(() => Int, { nullable: true })
  attendance?: number;

  @Field({ defaultValue: '', description: 'The minutes as HTML; sanitized on the server.' })
  minutes: string;

  @Field(() => [ID], { defaultValue: [], description: 'Recommendations of the revision worked on in the meeting.' })
  recommendationIds: string[];
}
