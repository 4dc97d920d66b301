import { ADMIN_ONLY, MatrixRow, mutationDoc } from '../matrix-row';
import { actionUnder, objective, strategy, theme, unique, versionOf } from './records';

const STRATEGY_ID = '{ id version }';

/** Strategies, themes, objectives, actions and their order: administrators only. */
export const STRUCTURE_ROWS: MatrixRow[] = [
  {
    mutation: 'createStrategy',
    document: mutationDoc('createStrategy', 'CreateStrategyInput'),
    prepare: (fx) => ({
      input: {
        title: unique('Domestic Abuse Strategy'),
        startsOn: '2026-04-01',
        endsOn: '2029-03-31',
        accountableGroupId: fx.seniorGroupId,
      },
    }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateStrategy',
    document: mutationDoc('updateStrategy', 'UpdateStrategyInput'),
    prepare: async (fx, db) => {
      const s = await strategy(db, fx);
      return { input: { id: s.id, version: s.version, vision: 'A city where everyone feels safe.' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateStrategy (senior officer on the strategy their group is accountable for)',
    document: mutationDoc('updateStrategy', 'UpdateStrategyInput'),
    prepare: async (fx, db) => ({
      input: { id: fx.strategyId, version: await versionOf(db, 'strategy', fx.strategyId), description: 'Refreshed.' },
    }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'archiveStrategy',
    document: mutationDoc('archiveStrategy', 'VersionedRefInput', STRATEGY_ID),
    prepare: async (fx, db) => ({ input: await strategy(db, fx) }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'createTheme',
    document: mutationDoc('createTheme', 'CreateThemeInput'),
    prepare: (fx) => ({ input: { strategyId: fx.strategyId, title: 'Support victims' } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateTheme',
    document: mutationDoc('updateTheme', 'UpdateThemeInput'),
    prepare: async (fx, db) => {
      const t = await theme(db, fx.strategyId);
      return { input: { id: t.id, version: t.version, title: 'Support victims and witnesses' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'archiveTheme',
    document: mutationDoc('archiveTheme', 'VersionedRefInput', STRATEGY_ID),
    prepare: async (fx, db) => ({ input: await theme(db, fx.strategyId) }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'createObjective',
    document: mutationDoc('createObjective', 'CreateObjectiveInput'),
    prepare: (fx) => ({ input: { themeId: fx.themeId, title: 'Increase third-party reporting' } }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'updateObjective',
    document: mutationDoc('updateObjective', 'UpdateObjectiveInput'),
    prepare: async (fx, db) => {
      const o = await objective(db, fx.themeId);
      return { input: { id: o.id, version: o.version, title: 'Increase reporting through partners' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'archiveObjective',
    document: mutationDoc('archiveObjective', 'VersionedRefInput', STRATEGY_ID),
    prepare: async (fx, db) => ({ input: await objective(db, fx.themeId) }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'createAction (for delivery group A)',
    document: mutationDoc('createAction', 'CreateActionInput'),
    prepare: (fx) => ({
      input: {
        themeId: fx.themeId,
        title: unique('Train call handlers'),
        deliveryGroupId: fx.groupAId,
        currentDueOn: '2026-03-31',
      },
    }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: "updateAction (delivery lead on another group's action, by id)",
    document: mutationDoc('updateAction', 'UpdateActionInput'),
    prepare: async (fx) => {
      const a = await fx.action('B');
      return { input: { id: a.id, version: a.version, title: 'Renamed by someone' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: "updateAction (delivery lead moving the due date of their own group's action)",
    document: mutationDoc('updateAction', 'UpdateActionInput'),
    prepare: async (fx) => {
      const a = await fx.action('A');
      return { input: { id: a.id, version: a.version, currentDueOn: '2027-03-31', lifecycleStatus: 'Complete' } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: "archiveAction (own group's action)",
    document: mutationDoc('archiveAction', 'VersionedRefInput', STRATEGY_ID),
    prepare: async (fx) => ({ input: await fx.action('A') }),
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'reorderThemes',
    document: mutationDoc('reorderThemes', 'ReorderInput', STRATEGY_ID),
    prepare: async (fx, db) => {
      const s = await strategy(db, fx);
      const [first, second] = [await theme(db, s.id, 1), await theme(db, s.id, 2)];
      return { input: { parentId: s.id, orderedIds: [second.id, first.id] } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: 'reorderObjectives',
    document: mutationDoc('reorderObjectives', 'ReorderInput', STRATEGY_ID),
    prepare: async (fx, db) => {
      const t = await theme(db, (await strategy(db, fx)).id);
      const [first, second] = [await objective(db, t.id, 1), await objective(db, t.id, 2)];
      return { input: { parentId: t.id, orderedIds: [second.id, first.id] } };
    },
    allowed: ADMIN_ONLY,
  },
  {
    mutation: "reorderActions (group A's actions)",
    document: mutationDoc('reorderActions', 'ReorderInput', STRATEGY_ID),
    prepare: async (fx, db) => {
      const o = await objective(db, (await theme(db, (await strategy(db, fx)).id)).id);
      const [first, second] = [await actionUnder(db, fx, o.id, 1), await actionUnder(db, fx, o.id, 2)];
      return { input: { parentId: o.id, orderedIds: [second.id, first.id] } };
    },
    allowed: ADMIN_ONLY,
  },
];
