export * from './lib/routes';
export * from './lib/home-summary';
