import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { ConceptController } from './concept.controller';
import { ConceptDraftResolver, ConceptSectionResolver, DraftVersionResolver } from './concept.resolver';
import { ConceptService } from './concept.service';
import { ReviewCommentResolver, ReviewRoundResolver, ReviewStatementResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [IdentityModule],
  controllers: [ConceptController],
  providers: [
    ConceptService,
    ReviewService,
    ConceptDraftResolver,
    ConceptSectionResolver,
    DraftVersionResolver,
    ReviewRoundResolver,
    ReviewCommentResolver,
    ReviewStatementResolver,
  ],
  exports: [ConceptService, ReviewService],
})
export class ConceptModule {}
