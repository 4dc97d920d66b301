import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorLoader, PasswordLinkService, PasswordResetService, PasswordSignIn, SecurityEvents, SignInRateLimiter } from '@waymark/api/identity/data-access';
import { CurrentUserService } from './current-user.service';
import { IdentityResolver } from './identity.resolver';
import { PasswordLinkResolver } from './password-link.resolver';
import { SessionGuard } from './session/session.guard';

@Module({
  providers: [
    ActorLoader,
    SignInRateLimiter,
    SecurityEvents,
    PasswordSignIn,
    CurrentUserService,
    IdentityResolver,
    PasswordLinkService,
    PasswordResetService,
    PasswordLinkResolver,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [ActorLoader, PasswordSignIn, PasswordLinkService],
})
export class IdentityModule {}
