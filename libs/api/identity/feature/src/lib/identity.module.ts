import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  ActorLoader,
  Memberships,
  OidcPersonMatcher,
  PasswordLinkService,
  PasswordResetService,
  PasswordSignIn,
  SecurityEventLog,
  SecurityEvents,
  SignInDelayNotice,
  SignInRateLimiter,
  SingleSignOnLinkService,
  SingleSignOnSettingsService,
} from '@waymark/api/identity/data-access';
import { CurrentUserService } from './current-user.service';
import { IdentityResolver } from './identity.resolver';
import { OidcClients } from './oidc/oidc-clients';
import { OidcController } from './oidc/oidc.controller';
import { PartnershipChoiceResolver } from './partnerships/partnership-choice.resolver';
import { AccountEntry } from './partnerships/account-entry';
import { PasswordLinkResolver } from './password-link.resolver';
import { SecurityEventsResolver } from './security/security-events.resolver';
import { SessionExpiryResolver } from './session-expiry.resolver';
import { SessionGuard } from './session/session.guard';
import { SingleSignOnLinkResolver } from './single-sign-on-link.resolver';
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
    SignInDelayNotice,
    SecurityEventLog,
    SecurityEventsResolver,
    SingleSignOnLinkService,
    SingleSignOnLinkResolver,
    PasswordSignIn,
    CurrentUserService,
    IdentityResolver,
    PasswordLinkService,
    PasswordResetService,
    PasswordLinkResolver,
    SessionExpiryResolver,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [ActorLoader, PasswordSignIn, PasswordLinkService, SecurityEvents],
})
export class IdentityModule {}
