export * from './lib/routes';
export * from './lib/accessibility-statement-page';
export * from './lib/cookies-page';
export * from './lib/privacy-page';
