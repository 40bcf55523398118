#!/usr/bin/env node
// `npm start`: the Discord bot with DISCORD_TOKEN set, the terminal assistant without.
// A committed shim so `npm ci` can link it before the build has produced dist/.
import { main } from '../dist/main.js';

await main();
