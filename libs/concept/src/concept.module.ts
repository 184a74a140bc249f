import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { ConceptController } from './concept.controller';
import { PublicationController } from './publication.controller';
import { ConceptPublicationResolver, PublishedConceptResolver } from './publication.resolver';
import { PublicationService } from './publication.service';
import { ConceptDraftResolver, ConceptSectionResolver, DraftVersionResolver } from './concept.resolver';
import { ConceptService } from './concept.service';
import { ReviewCommentResolver, ReviewRoundResolver, ReviewStatementResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [IdentityModule],
  controllers: [ConceptController, PublicationController],
  providers: [
    ConceptService,
    ReviewService,
    PublicationService,
    ConceptPublicationResolver,
    PublishedConceptResolver,
    ConceptDraftResolver,
    ConceptSectionResolver,
    DraftVersionResolver,
    ReviewRoundResolver,
    ReviewCommentResolver,
    ReviewStatementResolver,
  ],
  exports: [ConceptService, ReviewService, PublicationService],
})
export class ConceptModule {}
