#!/usr/bin/env node
// The installed command. It always runs main(): a check of whether this file is the entry point
// compared the bin link's path with the file's real path and silently did nothing when installed.
import { main } from './cli.js';

process.exitCode = main(process.argv.slice(2));
