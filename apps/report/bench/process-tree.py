#!/usr/bin/env python3
"""Runs a command and measures its whole process tree: processor time (user and system) of the
command and of every process it starts, waited for or not, wall time from start until the last of
them exits, and the peak resident memory of the largest. GNU time counts only the processes that
were waited for; Chromium leaves its renderer and utility processes to be reaped by someone else,
so this script makes itself their reaper (PR_SET_CHILD_SUBREAPER) and waits for every one.
Prints one JSON line on stderr after the command's own output; exits with the command's status."""
import ctypes
import json
import os
import resource
import sys
import time

PR_SET_CHILD_SUBREAPER = 36

if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    sys.exit("process-tree.py: cannot become a child subreaper (Linux only)")
# Python's own start-up may have run helpers; only what the command uses counts.
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.monotonic()
command = os.fork()
if command == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
status = 1
processes = 0
while True:
    try:
        pid, wait_status, _ = os.wait4(-1, 0)
    except ChildProcessError:
        break
    processes += 1
    if pid == command:
        status = os.waitstatus_to_exitcode(wait_status)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(
    json.dumps(
        {
            "wallMs": round(wall * 1000, 1),
            "cpuMs": round(
                (usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime) * 1000, 1
            ),
            "peakKb": usage.ru_maxrss,
            "processes": processes,
        }
    )
    + "\n"
)
sys.exit(status if status >= 0 else 128 - status)
