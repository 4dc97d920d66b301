export * from './lib/notifications.module';
export * from './lib/inbox/notifications.resolver';
export * from './lib/inbox/notification.model';
export * from './lib/settings/notification-settings.resolver';
export * from './lib/settings/notification-settings.models';
export * from './lib/home/home.resolver';
export * from './lib/home/home.models';
