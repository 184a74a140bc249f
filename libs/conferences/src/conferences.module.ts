import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { AssignmentService } from './assignment.service';
import {
  ConferenceResolver,
  RegistrationResolver,
  WorkshopAssignmentResolver,
  WorkshopSessionResolver,
} from './conference.resolver';
import { ConferenceService } from './conference.service';

@Module({
  imports: [IdentityModule],
  providers: [
    ConferenceService,
    AssignmentService,
    ConferenceResolver,
    WorkshopSessionResolver,
    RegistrationResolver,
    WorkshopAssignmentResolver,
  ],
  exports: [ConferenceService, AssignmentService],
})
export class ConferencesModule {}
