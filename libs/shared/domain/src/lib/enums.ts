/** Vocabulary shared by the API, the web app and the report model. Values match the database enums. */
export enum Rag {
  Red = 'red',
  Amber = 'amber',
  Green = 'green',
}

export enum LifecycleStatus {
  NotStarted = 'not_started',
  InProgress = 'in_progress',
  Ongoing = 'ongoing',
  Complete = 'complete',
  Deferred = 'deferred',
  Cancelled = 'cancelled',
}

export enum ReviewState {
  Draft = 'draft',
  Submitted = 'submitted',
  Accepted = 'accepted',
  Returned = 'returned',
}

export enum PeriodState {
  Open = 'open',
  InReview = 'in_review',
  SignedOff = 'signed_off',
}

export enum GroupKind {
  Board = 'board',
  SeniorOfficerGroup = 'senior_officer_group',
  DeliveryGroup = 'delivery_group',
  TaskAndFinishGroup = 'task_and_finish_group',
  Other = 'other',
}

export enum ReportingCadence {
  Monthly = 'monthly',
  Quarterly = 'quarterly',
  HalfYearly = 'half_yearly',
  Annual = 'annual',
}

export enum IndicatorDirection {
  HigherIsBetter = 'higher_is_better',
  LowerIsBetter = 'lower_is_better',
}
