import { PluralNounPipe, PluralPipe, pluralNoun, pluralise, pluralWord } from './plural';

describe('plural forms', () => {
  it.each([
    ['priority', 'priorities'],
    ['Priority', 'Priorities'],
    ['Strategic Aim', 'Strategic Aims'],
    ['Key objective', 'Key objectives'],
    ['action', 'actions'],
    ['day', 'days'],
    ['box', 'boxes'],
    ['Workstream', 'Workstreams'],
    ['reporting period', 'reporting periods'],
  ])('the plural of %s is %s', (one, many) => {
    expect(pluralNoun(one)).toBe(many);
  });

  it('uses the singular for exactly one and the plural for none and many', () => {
    expect(pluralise(1, 'priority')).toBe('1 priority');
    expect(pluralise(2, 'priority')).toBe('2 priorities');
    expect(pluralise(0, 'reporting period')).toBe('0 reporting periods');
    expect(pluralise(1, 'reporting period')).toBe('1 reporting period');
    expect(pluralise(1204, 'action')).toBe('1,204 actions');
  });

  it('takes an irregular plural when given one', () => {
    expect(pluralise(3, 'person', 'people')).toBe('3 people');
    expect(pluralWord(1, 'person', 'people')).toBe('person');
  });

  it('works as pipes in templates', () => {
    const plural = new PluralPipe();
    expect(plural.transform(2, 'priority')).toBe('2 priorities');
    expect(plural.transform(1, 'update')).toBe('1 update');
    expect(plural.transform(5, 'action', false)).toBe('actions');
    expect(plural.transform(undefined, 'action')).toBe('0 actions');
    expect(new PluralNounPipe().transform('Priority')).toBe('Priorities');
  });
});
