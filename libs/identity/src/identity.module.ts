import { Module } from '@nestjs/common';
import { AuthService } from './auth.service';
import { IdentityResolver } from './identity.resolver';
import { InvitationService } from './invitation.service';

@Module({
  providers: [AuthService, InvitationService, IdentityResolver],
  exports: [AuthService, InvitationService],
})
export class IdentityModule {}
