import 'reflect-metadata';
import { startServer } from './server';

startServer().catch((error: unknown) => {
  console.error('Waymark failed to start:', error);
  process.exit(1);
});
