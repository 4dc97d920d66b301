export * from './lib/sign-in-page';
export * from './lib/set-password/set-password-page';
export * from './lib/set-password/forgot-password-page';
export * from './lib/set-password/change-password-page';
export * from './lib/home-page';
export * from './lib/not-found-page';
export * from './lib/safe-return-url';
export * from './lib/sign-in-problem-page';
