#!/usr/bin/env python3
"""noseccomp.py: strc without its seccomp filter ($STRC --no-seccomp-bpf ARGS), the
reference tracer compare.py runs (--strace) to check that the filter changes nothing. An
exec, not a shell, so the traced command gets the very same environment."""
import os
import sys

strc = os.environ['STRC']
os.execv(strc, [strc, '--no-seccomp-bpf'] + sys.argv[1:])
