import { emptySectionMessage } from './build-board-report';

describe('the message of a theme with nothing to show', () => {
  it('uses the plural of the strategy’s own action label', () => {
    expect(emptySectionMessage('Activity', false)).toBe('No activities recorded.');
    expect(emptySectionMessage('Action', false)).toBe('No actions recorded.');
    expect(emptySectionMessage('Commitment', true)).toBe(
      'No exceptions this period: every commitment is on track with an update.',
    );
  });
});
