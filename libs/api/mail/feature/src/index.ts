export * from './lib/mail.module';
export * from './lib/delivery-worker';
export * from './lib/outbox.resolver';
