export * from './lib/config-variables';
export * from './lib/config-table';
export * from './lib/config.module';
export * from './lib/load-config';
export * from './lib/waymark-config';
