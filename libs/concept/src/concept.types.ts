import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ReviewProgress, StatementKind } from '@konzeptwerk/contracts';
import { DraftVersion } from './concept.entity';

@ObjectType({ description: 'A section as a version froze it: its level, title and HTML (live parts included).' })
export class VersionSectionView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int, { description: '1 for chapters, 2 for their sub-chapters, …' })
  level: number;

  @Field()
  title: string;

  @Field({ description: 'Sanitized HTML.' })
  html: string;
}

@ObjectType()
export class RedlineSegmentView {
  @Field({ description: 'same, added or removed' })
  kind: string;

  @Field()
  text: string;
}

@ObjectType()
export class RedlineBlockView {
  @Field({ description: 'The block’s tag: p, li, h3, td…' })
  tag: string;

  @Field({ description: 'same, added, removed or changed' })
  status: string;

  @Field(() => [RedlineSegmentView])
  segments: RedlineSegmentView[];
}

@ObjectType()
export class RedlineSectionView {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  level: number;

  @Field({ description: 'same, added, removed or changed' })
  status: string;

  @Field()
  title: string;

  @Field(() => [RedlineSegmentView])
  titleSegments: RedlineSegmentView[];

  @Field(() => [RedlineBlockView])
  blocks: RedlineBlockView[];
}

@ObjectType({ description: 'Two versions of a draft compared word by word within their paragraphs.' })
export class DraftComparison {
  @Field(() => DraftVersion)
  from: DraftVersion;

  @Field(() => DraftVersion)
  to: DraftVersion;

  @Field(() => [RedlineSectionView])
  sections: RedlineSectionView[];

  @Field({ description: 'The redline as accessible HTML: removed text in <del>, added text in <ins>.' })
  html: string;

  @Field(() => Int, { description: 'Paragraphs added.' })
  added: number;

  @Field(() => Int, { description: 'Paragraphs removed.' })
  removed: number;

  @Field(() => Int, { description: 'Paragraphs changed.' })
  changed: number;

  @Field({ description: 'The redline as a Word document with tracked changes.' })
  docxUrl: string;
}

@ObjectType({ description: 'Where a municipality stands in a review round.' })
export class ReviewBoardRow {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  municipalityName: string;

  @Field(() => GraphQLISODateTime)
  deadline: Date;

  @Field(() => ReviewProgress)
  progress: ReviewProgress;

  @Field(() => GraphQLISODateTime, { nullable: true })
  openedAt: Date | null;

  @Field(() => Int)
  comments: number;

  @Field(() => StatementKind, { nullable: true })
  statement: StatementKind | null;
}

@ObjectType({ description: 'The viewer’s own municipality in a round.' })
export class ReviewPart {
  @Field(() => ID)
  municipalityId: string;

  @Field(() => GraphQLISODateTime)
  deadline: Date;
}

@ObjectType({ description: 'Where a comment’s passage stands in a version; found is false once it was changed.' })
export class PassagePosition {
  @Field()
  found: boolean;

  @Field(() => Int, { nullable: true })
  start: number | null;

  @Field(() => Int, { nullable: true })
  end: number | null;
}

@ObjectType({ description: 'A row of the Abwägungstabelle.' })
export class ConsiderationRow {
  @Field(() => ID)
  commentId: string;

  @Field()
  municipality: string;

  @Field()
  section: string;

  @Field(() => String, { nullable: true })
  passage: string | null;

  @Field()
  comment: string;

  @Field(() => String, { nullable: true })
  proposedText: string | null;

  @Field(() => String, { nullable: true, description: 'accepted, partly or not accepted (German label)' })
  answer: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@InputType()
export class ConceptSectionInput {
  @Field()
  title: string;

  @Field({ description: 'Rich text as HTML; sanitized on the server.' })
  body: string;
}

@InputType()
export class NewConceptSectionInput extends ConceptSectionInput {
  @Field(() => ID, { nullable: true, description: 'The chapter it belongs to; none for a chapter of its own.' })
  parentId?: string | null;
}

@InputType()
export class StartReviewRoundInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => [ID])
  municipalityIds: string[];

  @Field(() => GraphQLISODateTime)
  deadline: Date;

  @Field({ defaultValue: false })
  othersVisible: boolean;

  @Field(() => [Int], { nullable: true, description: 'Reminder days before the deadline; 7 and 2 if not given.' })
  reminderDaysBefore?: number[] | null;
}

@InputType()
export class ReviewCommentInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => ID)
  sectionId: string;

  @Field(() => Int, { nullable: true, description: 'Start of the passage in the section’s plain text.' })
  start?: number | null;

  @Field(() => Int, { nullable: true })
  end?: number | null;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  proposedText?: string | null;
}
