// Test helpers, apart from the library's main entry so production code never imports them.
export * from './lib/testing/test-database';
