#!/bin/sh
# noseccomp.sh: strc without its seccomp filter, as the reference tracer for compare.py
# (--strace), so that the cases in seccomp.cmake check that the filter changes nothing.
exec "$STRC" --no-seccomp-bpf "$@"
