export * from './lib/reminders.module';
export * from './lib/reminders.job';
export * from './lib/reminder-settings.resolver';
export * from './lib/cycle-status.resolver';
