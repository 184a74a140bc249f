import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { RecommendationsModule } from '@konzeptwerk/recommendations';
import { BoardResolver } from './board.resolver';
import { BoardService } from './board.service';
import { ConferenceDocumentsController } from './documents/conference-documents.controller';
import { ConferenceDocumentationResolver } from './documents/documentation.resolver';
import { ConferenceDocumentationService } from './documents/documentation.service';
import { AssignmentService } from './assignment.service';
import {
  ConferenceResolver,
  RegistrationResolver,
  WorkshopAssignmentResolver,
  WorkshopSessionResolver,
} from './conference.resolver';
import { ConferenceService } from './conference.service';
import { WorkshopMeetingResolver } from './workshop-meeting.resolver';
import { WorkshopMeetingService } from './workshop-meeting.service';

@Module({
  imports: [IdentityModule, RecommendationsModule],
  controllers: [ConferenceDocumentsController],
  providers: [
    ConferenceService,
    AssignmentService,
    ConferenceDocumentationService,
    ConferenceDocumentationResolver,
    BoardService,
    BoardResolver,
    WorkshopMeetingService,
    WorkshopMeetingResolver,
    ConferenceResolver,
    WorkshopSessionResolver,
    RegistrationResolver,
    WorkshopAssignmentResolver,
  ],
  exports: [ConferenceService, AssignmentService],
})
export class ConferencesModule {}
