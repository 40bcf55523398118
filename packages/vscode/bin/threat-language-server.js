#!/usr/bin/env node
// The language server for .threat files, for any editor: `threat-language-server --stdio`.
import '../dist/server/main.js';
