import { Module } from '@nestjs/common';
import { IdentityModule } from '@konzeptwerk/identity';
import { ConferenceResolver, RegistrationResolver, WorkshopSessionResolver } from './conference.resolver';
import { ConferenceService } from './conference.service';

@Module({
  imports: [IdentityModule],
  providers: [ConferenceService, ConferenceResolver, WorkshopSessionResolver, RegistrationResolver],
  exports: [ConferenceService],
})
export class ConferencesModule {}
