import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { ChoosePartnershipPage } from './choose-partnership-page';

const CHOICES = [
  { __typename: 'PartnershipChoice', partnershipId: 'york', name: 'Safer York Partnership', current: false },
  {
    __typename: 'PartnershipChoice',
    partnershipId: 'selby',
    name: 'Selby District Community Safety Partnership',
    current: false,
  },
];
const USER = {
  __typename: 'CurrentUser',
  personId: 'p2',
  fullName: 'Sam Okafor',
  email: 'sam@example.org',
  isAdministrator: true,
  roles: ['Administrator', 'Viewer'],
  deliveryGroupIds: [],
  reviewerOfStrategyIds: [],
};

describe('ChoosePartnershipPage', () => {
  function setUp(choices: unknown[]) {
    const sent: Array<{ name: string; variables: unknown }> = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          sent.push({ name: operation.operationName ?? '', variables: operation.variables });
          const data =
            operation.operationName === 'ChoosePartnership'
              ? { choosePartnership: USER }
              : { partnershipChoices: choices };
          observer.next({ data } as never);
          observer.complete();
        }),
    );
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
    });
    const router = TestBed.inject(Router);
    const navigateByUrl = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(ChoosePartnershipPage);
    return { fixture, root: fixture.nativeElement as HTMLElement, sent, navigateByUrl, navigate };
  }
  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
  };

  it('offers the partnerships as GOV.UK radios, asks for one, then enters the one chosen', async () => {
    const { fixture, root, sent, navigateByUrl } = setUp(CHOICES);
    await settle(fixture);
    expect(root.querySelector('legend h1')?.textContent).toBe('Choose a partnership');
    expect([...root.querySelectorAll('.govuk-radios__label')].map((l) => l.textContent?.trim())).toEqual(
      CHOICES.map((c) => c.name),
    );

    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(root.querySelector('#partnership-error')?.textContent).toContain(
      'Select the partnership you want to work in',
    );
    expect(root.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#partnership');
    expect(sent.map((s) => s.name)).toEqual(['PartnershipChoices']);

    const selby = root.querySelectorAll<HTMLInputElement>('.govuk-radios__input')[1];
    selby.checked = true;
    selby.dispatchEvent(new Event('change'));
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(sent.map((s) => s.name)).toEqual(['PartnershipChoices', 'ChoosePartnership', 'PartnershipChoices']);
    expect(sent[1].variables).toEqual({ input: { partnershipId: 'selby' } });
    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('marks the partnership the person is in now, and selects it', async () => {
    const { fixture, root } = setUp([{ ...CHOICES[0], current: true }, CHOICES[1]]);
    await settle(fixture);
    const radios = root.querySelectorAll<HTMLInputElement>('.govuk-radios__input');
    expect(radios[0].checked).toBe(true);
    expect(root.querySelector('.govuk-radios__hint')?.textContent).toContain('You are working in this partnership now');
  });

  it('sends someone who is not signed in to sign in', async () => {
    const { fixture, root, navigate } = setUp([]);
    await settle(fixture);
    expect(root.querySelector('form')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: undefined } });
  });
});
