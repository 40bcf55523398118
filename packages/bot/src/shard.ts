/**
 * One shard's process under the ShardingManager. discord.js passes the shard ids and count in
 * the environment (SHARDS, SHARD_COUNT), which the Client reads by itself.
 */
import { main } from './main.js';

await main();
