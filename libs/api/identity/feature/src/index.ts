export * from './cli/admin-create-command';
export * from './lib/identity.module';
export * from './lib/identity.resolver';
export * from './lib/password-link.resolver';
export * from './lib/models/current-user.model';
export * from './lib/session/sessions';
export * from './lib/session/session-settings';
export * from './lib/session/session.guard';
