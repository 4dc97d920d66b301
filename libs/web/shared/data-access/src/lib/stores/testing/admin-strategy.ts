/** A strategy as the `AdminStrategies` query answers it (the fields its fragment selects), for store specs. */
export function adminStrategy(overrides: { id?: string; title?: string; periods?: object[] } = {}) {
  return {
    __typename: 'Strategy',
    id: overrides.id ?? 's1',
    title: overrides.title ?? 'Hate Crime Strategy',
    themeLabel: 'Theme',
    objectiveLabel: 'Objective',
    actionLabel: 'Action',
    hasObjectiveLevel: false,
    startsOn: '2026-04-01',
    endsOn: '2029-03-31',
    periods: overrides.periods ?? [],
    themes: [],
  };
}
