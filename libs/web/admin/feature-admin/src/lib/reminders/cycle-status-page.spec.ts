import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideApollo } from 'apollo-angular';
import { ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { CycleStatusPage } from './cycle-status-page';

const STATUS = {
  __typename: 'CycleStatus',
  periodId: 'p1',
  periodName: 'Q1 2026/27',
  strategyId: 's1',
  strategyTitle: 'Hate Crime Strategy',
  updateDeadline: '2026-07-15',
  state: 'open',
  today: '2026-07-22',
  timeZone: 'Europe/London',
  people: [
    {
      __typename: 'CyclePerson',
      personId: 'lee',
      fullName: 'Lee Lead',
      email: 'lee@example.org',
      remindersPaused: false,
      reachable: true,
      submitted: 1,
      owed: [
        { __typename: 'CycleOwedAction', actionId: 'a2', ref: 'A2', title: 'Publish centres', updateState: 'draft' },
      ],
    },
    {
      __typename: 'CyclePerson',
      personId: 'pat',
      fullName: 'Pat Partner',
      email: 'pat@example.org',
      remindersPaused: true,
      reachable: false,
      submitted: 0,
      owed: [
        { __typename: 'CycleOwedAction', actionId: 'a3', ref: null, title: 'Schools week', updateState: 'missing' },
      ],
    },
  ],
  withoutLead: [
    { __typename: 'CycleOwedAction', actionId: 'a4', ref: 'A4', title: 'Agree a protocol', updateState: 'missing' },
  ],
  messages: [
    {
      __typename: 'CycleMessage',
      deliveryId: 'd1',
      step: 'escalation',
      personId: 'cath',
      fullName: 'Cath Chair',
      recipient: 'cath@example.org',
      actionCount: 2,
      createdAt: '2026-07-22T08:05:00.000Z',
      sentById: null,
      deliveryStatus: 'sent',
      sentAt: '2026-07-22T08:05:03.000Z',
      attempts: 1,
      lastError: null,
    },
    {
      __typename: 'CycleMessage',
      deliveryId: 'd2',
      step: 'reminder',
      personId: 'pat',
      fullName: 'Pat Partner',
      recipient: 'pat@example.org',
      actionCount: 1,
      createdAt: '2026-07-08T08:05:00.000Z',
      sentById: null,
      deliveryStatus: 'failed',
      sentAt: null,
      attempts: 10,
      lastError: '550 Mailbox unavailable',
    },
  ],
};

describe('CycleStatusPage', () => {
  it('shows who owes what, who cannot be reached or is paused, actions without a lead, and each message with its delivery', async () => {
    const operations: Array<{ name: string; variables: Record<string, unknown> }> = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          operations.push({ name: operation.operationName ?? '', variables: operation.variables });
          const data =
            operation.operationName === 'SendReminderNow'
              ? {
                  sendReminderNow: {
                    __typename: 'ManualReminder',
                    deliveryId: 'd3',
                    recipient: 'lee@example.org',
                    actionCount: 1,
                  },
                }
              : { cycleStatus: STATUS };
          observer.next({ data } as never);
          observer.complete();
        }),
    );
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApollo(() => ({ link, cache: new InMemoryCache() }))],
    });
    const fixture = TestBed.createComponent(CycleStatusPage);
    fixture.componentRef.setInput('periodId', 'p1');
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await fixture.whenStable();
      }
    };
    await settle();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toContain('Cycle status: Q1 2026/27');
    const people = [...page.querySelectorAll('[data-testid="cycle-people"] tbody tr')];
    expect(people[0].textContent).toContain('A2 Publish centres (Draft)');
    expect(people[1].textContent).toContain('No address to write to');
    expect(people[1].textContent).toContain('Resume reminders');
    expect(people[1].textContent).not.toContain('Send a reminder now');
    expect(page.querySelector('.govuk-warning-text')?.textContent).toContain('A4 Agree a protocol');
    const messages = [...page.querySelectorAll('[data-testid="cycle-messages"] tbody tr')];
    expect(messages[0].textContent).toContain('Escalation (2 actions)');
    expect(messages[0].textContent).toContain('Delivered to the mail server');
    expect(messages[1].textContent).toContain('Failed');
    expect(messages[1].textContent).toContain('The mail server refused it: 550 Mailbox unavailable');

    (people[0].querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect(operations.find((o) => o.name === 'SendReminderNow')?.variables).toEqual({
      input: { periodId: 'p1', personId: 'lee' },
    });
    expect(page.textContent).toContain('Reminder queued for Lee Lead (lee@example.org) about 1 action');
  });
});
