import { ActionSupportingOrganisationEntity } from './action-supporting-organisation.entity';
import { ActionEntity } from './action.entity';
import { ObjectiveEntity } from './objective.entity';
import { StrategyEntity } from './strategy.entity';
import { ThemeEntity } from './theme.entity';

export { ActionSupportingOrganisationEntity, ActionEntity, ObjectiveEntity, StrategyEntity, ThemeEntity };
export const strategyEntities = [StrategyEntity, ThemeEntity, ObjectiveEntity, ActionEntity, ActionSupportingOrganisationEntity];
