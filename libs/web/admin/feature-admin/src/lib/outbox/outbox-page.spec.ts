import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { bodyParts } from './body-parts';
import { OutboxPage } from './outbox-page';

const LINK = 'http://localhost:3000/set-password?token=abc';

describe('e-mail body parts', () => {
  it('turns web addresses into links and keeps the rest as text', () => {
    expect(bodyParts(`Dear Sam,\n\nSet your password:\n${LINK}\n\nWaymark\n`)).toEqual([
      { text: 'Dear Sam,\n\nSet your password:\n' },
      { text: LINK, href: LINK },
      { text: '\n\nWaymark\n' },
    ]);
    expect(bodyParts('No links here.')).toEqual([{ text: 'No links here.' }]);
  });
});

describe('OutboxPage', () => {
  it('shows each message with its recipient, status, attempts, last error and a clickable link in the body', async () => {
    const message = (over: Record<string, unknown>) => ({
      __typename: 'OutboxMessage',
      id: 'm1',
      recipient: 'sam@example.org',
      subject: 'You have been invited to Waymark',
      textBody: `Dear Sam,\n\nSet your password:\n${LINK}\n`,
      status: 'Queued',
      attempts: 0,
      lastError: null,
      sentAt: null,
      createdAt: '2026-11-28T10:00:00.000Z',
      ...over,
    });
    const link = new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.next({
            data: {
              outboxMessages: [
                message({}),
                message({ id: 'm2', status: 'Failed', attempts: 3, lastError: '451 Try again later' }),
              ],
            },
          } as never);
          observer.complete();
        }),
    );
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
    });
    const fixture = TestBed.createComponent(OutboxPage);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    }
    const cards = [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="outbox-message"]')];
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('sam@example.org');
    expect(cards[0].querySelector('.govuk-tag')?.textContent?.trim()).toBe('Queued');
    expect(cards[0].querySelector(`a[href="${LINK}"]`)?.textContent).toBe(LINK);
    expect(cards[1].querySelector('.govuk-tag')?.textContent?.trim()).toBe('Failed');
    expect(cards[1].textContent).toContain('451 Try again later');
    expect(cards[0].textContent).not.toContain('Last error');
  });
});
