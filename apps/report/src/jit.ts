/**
 * How eagerly V8 optimises this short-lived process. A command that renders one document runs for
 * about a second, and by default V8 spends about as much processor time again on other threads
 * compiling optimised code, most of which the process exits before it pays back. A larger
 * interrupt budget (how much a function runs before V8 considers optimising it; V8's default is
 * 132 kB of bytecode executed) leaves the optimising compiler to the functions that run hottest.
 * Measured on the briefing: processor time of the whole process down by about a third, time on the
 * main thread (the wall time) unchanged. It must be set before the modules that do the work are
 * loaded, so the command imports this module first. The PDF's bytes do not depend on it.
 */
import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 1_000_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
