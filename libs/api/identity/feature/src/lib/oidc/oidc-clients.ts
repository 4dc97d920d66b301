import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SingleSignOnSettingsService } from '@waymark/api/identity/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import * as oidc from 'openid-client';

/** A provider ready for one sign-in: its discovered configuration and whose people it may vouch for. */
export interface OidcClient {
  readonly configuration: oidc.Configuration;
  readonly partnershipId: string | null;
  readonly jitEmailDomains: readonly string[];
}

interface ProviderSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Discovery documents change rarely; refetched after this so rotated signing keys and endpoints are picked up. */
const DISCOVERY_TTL_MS = 60 * 60_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The installation's provider (OIDC_* variables) or a partnership's own (its settings), discovered once per issuer,
 * client and secret and cached for an hour.
 */
@Injectable()
export class OidcClients {
  private readonly discovered = new Map<string, { at: number; configuration: Promise<oidc.Configuration> }>();

  constructor(
    private readonly settings: SingleSignOnSettingsService,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/auth/oidc/callback`;
  }

  /** Null when that provider is not configured. Rejects when the provider cannot be reached. */
  async client(partnershipId: string | null): Promise<OidcClient | null> {
    if (partnershipId === null) {
      const provider = this.config.oidc.provider;
      return provider
        ? { configuration: await this.configuration(provider), partnershipId: null, jitEmailDomains: [] }
        : null;
    }
    const provider = await this.settings.provider(partnershipId);
    return provider
      ? { configuration: await this.configuration(provider), partnershipId, jitEmailDomains: provider.jitEmailDomains }
      : null;
  }

  private configuration(provider: ProviderSettings): Promise<oidc.Configuration> {
    const key = [
      provider.issuer,
      provider.clientId,
      createHash('sha256').update(provider.clientSecret).digest('hex'),
    ].join('\n');
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.configuration;
    const issuer = new URL(provider.issuer);
    // Plain http is accepted only from a provider on this machine (tests, local development).
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    const configuration = oidc.discovery(
      issuer,
      provider.clientId,
      provider.clientSecret,
      undefined,
      insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    this.discovered.set(key, { at: Date.now(), configuration });
    configuration.catch(() => this.discovered.delete(key));
    return configuration;
  }
}
