import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  ActorLoader,
  Memberships,
  OidcPersonMatcher,
  PasswordLinkService,
  PasswordResetService,
  PasswordSignIn,
  SecurityEvents,
  SignInRateLimiter,
  SingleSignOnSettingsService,
} from '@waymark/api/identity/data-access';
import { CurrentUserService } from './current-user.service';
import { IdentityResolver } from './identity.resolver';
import { OidcClients } from './oidc/oidc-clients';
import { OidcController } from './oidc/oidc.controller';
import { PartnershipChoiceResolver } from './partnerships/partnership-choice.resolver';
import { AccountEntry } from './partnerships/account-entry';
import { PasswordLinkResolver } from './password-link.resolver';
import { SessionGuard } from './session/session.guard';
import { SingleSignOnResolver } from './single-sign-on.resolver';

@Module({
  controllers: [OidcController],
  providers: [
    SingleSignOnSettingsService,
    OidcPersonMatcher,
    OidcClients,
    SingleSignOnResolver,
    ActorLoader,
    Memberships,
    AccountEntry,
    PartnershipChoiceResolver,
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
