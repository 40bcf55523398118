#!/usr/bin/env node
// `npm run start:sharded`: the bot under discord.js's ShardingManager.
import { startSharded } from '../dist/sharded.js';

try {
  await startSharded();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
