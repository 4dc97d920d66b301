import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SingleSignOnOption', { description: 'A single sign-on button on the sign-in page.' })
export class SingleSignOnOptionModel {
  @Field({ description: 'e.g. "Sign in with Microsoft".' }) label!: string;
  @Field({
    description: 'Where the button goes: /api/auth/oidc/start, with ?partnership= for a partnership’s own provider.',
  })
  startUrl!: string;
}

@ObjectType('SignInOptions', { description: 'How people may sign in to this installation (public).' })
export class SignInOptionsModel {
  @Field(() => [SingleSignOnOptionModel], { description: 'Empty when no OpenID Connect provider is configured.' })
  singleSignOn!: SingleSignOnOptionModel[];
}

@ObjectType('SingleSignOnAdministrator', {
  description: 'An administrator of the partnership and whether they are break-glass.',
})
export class SingleSignOnAdministratorModel {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field() email!: string;
  @Field({ description: 'May still sign in with a password when the partnership is single sign-on only.' })
  breakGlass!: boolean;
}

@ObjectType('SingleSignOnSettings', {
  description: "The partnership's OpenID Connect sign-in (administrators). The client secret is never returned.",
})
export class SingleSignOnSettingsModel {
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true }) clientId!: string | null;
  @Field({ description: 'Whether a client secret is stored (it can be replaced, never read).' })
  clientSecretSet!: boolean;
  @Field(() => [String], { description: 'E-mail domains whose verified people get an account at their first sign-in.' })
  jitEmailDomains!: string[];
  @Field({ description: 'Password sign-in refused for the partnership’s people, except break-glass administrators.' })
  ssoOnly!: boolean;
  @Field({ description: 'The redirect URI to register with the provider.' }) redirectUri!: string;
  @Field(() => [SingleSignOnAdministratorModel]) administrators!: SingleSignOnAdministratorModel[];
  @Field(() => Int) version!: number;
}
