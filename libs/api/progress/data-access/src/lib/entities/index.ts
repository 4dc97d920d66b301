import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';
import { ProgressUpdateEntity } from './progress-update.entity';
import { ReportingPeriodEntity } from './reporting-period.entity';
import { ThemeCommentaryEntity } from './theme-commentary.entity';

export { IndicatorValueEntity, IndicatorEntity, ProgressUpdateEntity, ReportingPeriodEntity, ThemeCommentaryEntity };
export const progressEntities = [ReportingPeriodEntity, ProgressUpdateEntity, ThemeCommentaryEntity, IndicatorEntity, IndicatorValueEntity];
