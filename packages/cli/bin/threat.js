#!/usr/bin/env node
// The `threat` command. A committed, executable shim so `npm ci` can link it before the build
// has produced dist/ (see packages/cli/src/main.ts).
import { main } from '../dist/main.js';

main();
