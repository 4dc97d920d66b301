import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SingleSignOnSettingsService, type SingleSignOnSettings } from '@waymark/api/identity/data-access';
import { WAYMARK_CONFIG, type WaymarkConfig } from '@waymark/api/shared/config';
import { Actor, CurrentActor, Public } from '@waymark/api/shared/util';
import { SignInOptionsModel, SingleSignOnSettingsModel } from './models/single-sign-on.model';
import { UpdateSingleSignOnInput } from './models/single-sign-on.input';

const START_URL = '/api/auth/oidc/start';

/** Single sign-on: which buttons the sign-in page shows, and each partnership's own provider settings. */
@Resolver()
export class SingleSignOnResolver {
  constructor(
    private readonly settings: SingleSignOnSettingsService,
    @Inject(WAYMARK_CONFIG) private readonly config: WaymarkConfig,
  ) {}

  @Public()
  @Query(() => SignInOptionsModel, {
    description: 'How people may sign in (public): the single sign-on buttons to show.',
  })
  async signInOptions(): Promise<SignInOptionsModel> {
    const label = this.config.oidc.buttonLabel;
    const installation = this.config.oidc.provider ? [{ label, startUrl: START_URL }] : [];
    const partnerships = await this.settings.configuredPartnerships();
    const several = installation.length + partnerships.length > 1;
    return {
      singleSignOn: [
        ...installation,
        ...partnerships.map((p) => ({
          label: several ? `${label} (${p.name})` : label,
          startUrl: `${START_URL}?partnership=${p.id}`,
        })),
      ],
    };
  }

  @Query(() => SingleSignOnSettingsModel, { description: "The partnership's single sign-on settings. Administrator." })
  async singleSignOnSettings(@CurrentActor() actor: Actor): Promise<SingleSignOnSettingsModel> {
    return this.toModel(await this.settings.settings(actor));
  }

  @Mutation(() => SingleSignOnSettingsModel, {
    description:
      "Sets the partnership's OpenID Connect provider, just-in-time domains, SSO-only and break-glass administrators. Administrator.",
  })
  async updateSingleSignOn(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSingleSignOnInput,
  ): Promise<SingleSignOnSettingsModel> {
    return this.toModel(await this.settings.update(actor, input));
  }

  private toModel(settings: SingleSignOnSettings): SingleSignOnSettingsModel {
    return {
      ...settings,
      jitEmailDomains: [...settings.jitEmailDomains],
      administrators: [...settings.administrators],
      redirectUri: `${this.config.publicUrl}/api/auth/oidc/callback`,
    };
  }
}
