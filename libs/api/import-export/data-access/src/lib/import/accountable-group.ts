import { EntityManager } from 'typeorm';
import { queryRows, type PartnershipGroupRow } from '@waymark/api/database';
import { badInput } from '@waymark/api/shared/util';
import { TargetStrategy } from './import.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELD = 'input.newStrategy.accountableGroupId';

type GroupRow = Pick<PartnershipGroupRow, 'id' | 'name' | 'kind' | 'archived_at'>;

/**
 * The group a new strategy answers to: the one chosen (a live group of the partnership), else the partnership's
 * senior officer group: the only one, or the first in the partnership's order when there are several. The note
 * says which and why, for the preview.
 */
export async function resolveAccountableGroup(
  manager: EntityManager,
  partnershipId: string,
  chosenId: string | null | undefined,
): Promise<NonNullable<TargetStrategy['accountableGroup']>> {
  if (chosenId) {
    if (!UUID.test(chosenId)) throw badInput([{ field: FIELD, message: 'Choose one of the partnership’s groups.' }]);
    const rows = await queryRows<GroupRow>(
      manager,
      `SELECT id, name, kind, archived_at FROM partnership_group WHERE id = $1 AND partnership_id = $2`,
      [chosenId, partnershipId],
    );
    const group = rows[0];
    if (!group)
      throw badInput([{ field: FIELD, message: 'This group is not one of the partnership’s groups: choose another.' }]);
    if (group.archived_at)
      throw badInput([
        { field: FIELD, message: `The group "${group.name}" is archived: restore it or choose another.` },
      ]);
    return { id: group.id, name: group.name, note: `${group.name}, as chosen.` };
  }
  const seniorGroups = await queryRows<GroupRow>(
    manager,
    `SELECT id, name, kind, archived_at FROM partnership_group
      WHERE partnership_id = $1 AND kind = 'senior_officer_group' AND archived_at IS NULL ORDER BY sort_order, name, id`,
    [partnershipId],
  );
  const first = seniorGroups[0];
  if (!first)
    return {
      id: null,
      name: null,
      note: 'None: the partnership has no senior officer group yet. Choose one in the strategy’s settings once it exists.',
    };
  if (seniorGroups.length === 1)
    return { id: first.id, name: first.name, note: `${first.name}, the partnership’s only senior officer group.` };
  return {
    id: first.id,
    name: first.name,
    note: `${first.name}, the first of the partnership’s ${seniorGroups.length} senior officer groups: choose another if it answers to a different one.`,
  };
}
