#!/usr/bin/env node
// The installed command, kept out of dist/ so that the link to it can be made before the package
// is built (on a fresh clone, pnpm install warned that dist/bin.js did not exist).
import '../dist/bin.js';
