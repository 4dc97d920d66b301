import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import {
  logSecurityEvent,
  OidcPersonMatcher,
  SecurityEvents,
  type OidcClaims,
} from '@waymark/api/identity/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Public } from '@waymark/api/shared/util';
import type { Request, Response } from 'express';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { AccountEntry } from '../partnerships/account-entry';
import { OidcClients } from './oidc-clients';
import { problemUrl, type OidcProblem } from './oidc-problem';
import { keepPendingSignIn, takePendingSignIn } from './pending-sign-in';
import { queryRows, type PersonRow } from '@waymark/api/database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Refused extends Error {
  constructor(readonly reason: OidcProblem) {
    super(reason);
  }
}

/**
 * Sign-in with an OpenID Connect provider (authorisation code flow with PKCE, state and nonce):
 *   GET /api/auth/oidc/start[?partnership=<id>]   to the provider (the partnership's own, else the installation's)
 *   GET /api/auth/oidc/callback                   back from it: signed in and to the app, or to a plain problem page
 */
@Public()
@Controller('api/auth/oidc')
export class OidcController {
  private readonly log = new Logger('Security');

  constructor(
    private readonly clients: OidcClients,
    private readonly matcher: OidcPersonMatcher,
    private readonly events: SecurityEvents,
    private readonly entry: AccountEntry,
    private readonly dataSource: DataSource,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  @Get('start')
  async start(
    @Query('partnership') partnership: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.answer(res, async () => {
      if (partnership !== undefined && !UUID.test(partnership)) throw new Refused('not-configured');
      const partnershipId = partnership ?? null;
      const client = await this.clients.client(partnershipId).catch((error: unknown) => this.unavailable(error));
      if (!client) throw new Refused('not-configured');
      const pending = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        partnershipId,
        startedAt: Date.now(),
      };
      await keepPendingSignIn(req, pending);
      return oidc.buildAuthorizationUrl(client.configuration, {
        redirect_uri: this.clients.redirectUri,
        scope: 'openid profile email',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      }).href;
    });
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(res, async () => {
      const pending = await takePendingSignIn(req);
      if (!pending) throw new Refused('expired');
      const client = await this.clients
        .client(pending.partnershipId)
        .catch((error: unknown) => this.unavailable(error));
      if (!client) throw new Refused('not-configured');
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      let claims: OidcClaims;
      try {
        // openid-client checks state, exchanges the code with the PKCE verifier, and validates the ID token's
        // signature, issuer, audience, expiry and nonce.
        const tokens = await oidc.authorizationCodeGrant(
          client.configuration,
          new URL(`${this.clients.redirectUri}${query}`),
          {
            pkceCodeVerifier: pending.codeVerifier,
            expectedState: pending.state,
            expectedNonce: pending.nonce,
            idTokenExpected: true,
          },
        );
        const idToken = tokens.claims();
        if (!idToken) throw new Refused('refused');
        claims = idToken;
      } catch (error) {
        if (error instanceof Refused) throw error;
        if (isUnreachable(error)) this.unavailable(error);
        logSecurityEvent({
          type: 'sign_in_oidc_refused',
          partnershipId: client.partnershipId,
          address: req.ip,
          detail: `refused: ${describe(error)}`,
        });
        throw new Refused('refused');
      }
      const match = await this.matcher.match(claims, {
        partnershipId: client.partnershipId,
        jitEmailDomains: client.jitEmailDomains,
      });
      if ('refused' in match) {
        logSecurityEvent({
          type: 'sign_in_oidc_refused',
          partnershipId: client.partnershipId,
          address: req.ip,
          detail: match.refused,
        });
        throw new Refused(match.refused);
      }
      const personId = await this.entry.enter(req, { accountId: match.accountId, method: 'oidc', via: match.via });
      const [who] = await queryRows<Pick<PersonRow, 'id' | 'partnership_id'>>(
        this.dataSource,
        `SELECT id, partnership_id FROM person WHERE id = $1 OR (account_id = $2 AND $1::uuid IS NULL) ORDER BY last_signed_in_at DESC NULLS LAST LIMIT 1`,
        [personId, match.accountId],
      );
      await this.events.record({
        type: 'sign_in_oidc',
        personId: who?.id,
        partnershipId: who?.partnership_id,
        actorId: who?.id,
        address: req.ip,
      });
      // Several partnerships: the web app's "Choose a partnership" page.
      return personId ? `${this.config.publicUrl}/` : `${this.config.publicUrl}/choose-partnership`;
    });
  }

  /** Every outcome is a redirect: to the provider, to the app, or to the problem page. */
  private async answer(res: Response, run: () => Promise<string>): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      res.redirect(303, await run());
    } catch (error) {
      if (!(error instanceof Refused))
        this.log.error({ event: 'sign_in_oidc_failed', category: 'security', cause: describe(error) });
      res.redirect(303, problemUrl(this.config.publicUrl, error instanceof Refused ? error.reason : 'unavailable'));
    }
  }

  private unavailable(error: unknown): never {
    this.log.warn({ event: 'sign_in_oidc_provider_unreachable', category: 'security', cause: describe(error) });
    throw new Refused('unavailable');
  }
}

function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** The error's kind and message for the log: openid-client's messages name the failed check, never a token or code. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  return `${error.name}${code}: ${error.message}`;
}
