#!/usr/bin/env node
// `npm run deploy:commands [-- --guild ID]`: registers the slash commands.
import { deployFromCli } from '../dist/deploy-commands.js';

process.exitCode = await deployFromCli(process.argv.slice(2), process.env);
