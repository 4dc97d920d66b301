import { registerEnumType } from '@nestjs/graphql';
import {
  GroupKind,
  IndicatorDirection,
  LifecycleStatus,
  PeriodState,
  Rag,
  ReportingCadence,
  ReviewState,
} from '@waymark/shared/domain';

// Registered once, here, so every feature lib exposes the same GraphQL enums.
registerEnumType(Rag, { name: 'Rag', description: 'Red (off track), Amber (at risk), Green (on track).' });
registerEnumType(LifecycleStatus, { name: 'LifecycleStatus' });
registerEnumType(ReviewState, { name: 'ReviewState' });
registerEnumType(PeriodState, { name: 'PeriodState' });
registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(ReportingCadence, { name: 'ReportingCadence' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });

export { GroupKind, IndicatorDirection, LifecycleStatus, PeriodState, Rag, ReportingCadence, ReviewState };
