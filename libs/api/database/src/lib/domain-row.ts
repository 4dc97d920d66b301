import type {
  GroupKind,
  IndicatorDirection,
  LifecycleStatus,
  PeriodState,
  Rag,
  ReportingCadence,
  ReviewState,
} from '@waymark/shared/domain';
import type {
  GroupKindEnum,
  IndicatorDirectionEnum,
  LifecycleStatusEnum,
  PeriodStateEnum,
  RagEnum,
  ReportingCadenceEnum,
  ReviewStateEnum,
} from './generated/rows';
import type { AssertTrue } from './query-rows';

/** A generated enum union and the domain's enum with the same values (checked below, so they cannot drift apart). */
type EnumPair =
  | [GroupKindEnum, GroupKind]
  | [IndicatorDirectionEnum, IndicatorDirection]
  | [LifecycleStatusEnum, LifecycleStatus]
  | [PeriodStateEnum, PeriodState]
  | [RagEnum, Rag]
  | [ReportingCadenceEnum, ReportingCadence]
  | [ReviewStateEnum, ReviewState];

type SameValues<P> = P extends [infer Db, infer Domain extends string]
  ? [Db] extends [`${Domain}`]
    ? [`${Domain}`] extends [Db]
      ? true
      : false
    : false
  : false;
export type DomainEnumsMatchTheSchema = AssertTrue<SameValues<EnumPair>>;

/** The domain enum whose values are exactly `V`'s (compared whole, so two enums sharing a value never mix). */
type DomainEnumOf<V, P = EnumPair> = P extends [infer Db, infer Domain]
  ? [V] extends [Db]
    ? [Db] extends [V]
      ? Domain
      : never
    : never
  : never;
type AsDomain<V> = [DomainEnumOf<Exclude<V, null>>] extends [never]
  ? V
  : DomainEnumOf<Exclude<V, null>> | Extract<V, null>;

/**
 * A generated row with its enum columns as the domain's enums (`PeriodStateEnum` → `PeriodState`): the same strings at
 * run time, so a row read through `queryRows` can be typed this way and handed to domain code without a cast.
 */
export type DomainRow<T> = { [K in keyof T]: AsDomain<T[K]> };
