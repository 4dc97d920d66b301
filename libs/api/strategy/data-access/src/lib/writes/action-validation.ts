import { missingIds } from '@waymark/api/partnership/data-access';
import { badInput, FieldProblem, notFound } from '@waymark/api/shared/util';
import { EntityManager } from 'typeorm';
import { OwningStrategy } from './ownership';
import { ActionFields } from './write-inputs';
import { queryRows, type ObjectiveRow, type ThemeRow } from '@waymark/api/database';

export interface ActionPlacement {
  readonly themeId: string;
  readonly objectiveId: string | null;
  readonly startsOn: string | null;
  readonly currentDueOn: string | null;
}

/**
 * Rules beyond the input decorators, checked against the database before anything is written:
 * the theme is in the strategy (NOT_FOUND otherwise), the objective sits in that theme, the lead
 * organisation, person, group and supporters are live records of the partnership, due is not before start.
 */
export async function validateAction(
  manager: EntityManager,
  strategy: OwningStrategy,
  input: ActionFields,
  merged: ActionPlacement,
): Promise<void> {
  const themes = await queryRows<Pick<ThemeRow, 'id'>>(
    manager,
    `SELECT id FROM theme WHERE id = $1 AND strategy_id = $2 AND archived_at IS NULL`,
    [merged.themeId, strategy.id],
  );
  if (themes.length === 0) throw notFound('Theme', merged.themeId);

  const problems: FieldProblem[] = [];
  if (merged.objectiveId) {
    if (!strategy.hasObjectiveLevel) {
      problems.push({
        field: 'input.objectiveId',
        message: 'This strategy has no objective level: leave the objective empty.',
      });
    } else {
      const objectives = await queryRows<Pick<ObjectiveRow, 'id'>>(
        manager,
        `SELECT id FROM objective WHERE id = $1 AND theme_id = $2 AND archived_at IS NULL`,
        [merged.objectiveId, merged.themeId],
      );
      if (objectives.length === 0)
        problems.push({
          field: 'input.objectiveId',
          message: 'The objective must belong to the same theme as the action.',
        });
    }
  }
  const references: Array<[keyof ActionFields, 'organisation' | 'person' | 'partnership_group', string[], string]> = [
    [
      'leadOrganisationId',
      'organisation',
      input.leadOrganisationId ? [input.leadOrganisationId] : [],
      'No such organisation in this partnership.',
    ],
    ['leadPersonId', 'person', input.leadPersonId ? [input.leadPersonId] : [], 'No such person in this partnership.'],
    [
      'deliveryGroupId',
      'partnership_group',
      input.deliveryGroupId ? [input.deliveryGroupId] : [],
      'No such group in this partnership.',
    ],
    [
      'supportingOrganisationIds',
      'organisation',
      input.supportingOrganisationIds ?? [],
      'Every supporting organisation must be a partner organisation.',
    ],
  ];
  for (const [field, table, ids, message] of references) {
    if (ids.length && (await missingIds(manager, table, strategy.partnershipId, ids)).length)
      problems.push({ field: `input.${field}`, message });
  }
  if (merged.startsOn && merged.currentDueOn && merged.currentDueOn < merged.startsOn) {
    problems.push({ field: 'input.currentDueOn', message: 'The due date must be on or after the start date.' });
  }
  if (problems.length) throw badInput(problems);
}
