#!/bin/sh
# stack_k.sh STRC SYSCALL_LOOP [CALLS]: the cost of -k, strc against strace -k, one run of
# the same syscall loop each (bench.py prints the times and the ratio of the overheads).
# Run by hand or with `cmake --build build --target bench_k`; strace -k is slow, so the
# loop is shorter than bench's.
exec python3 "$(dirname "$0")/bench.py" --strc "$1" --loop "$2" --calls "${3:-20000}" \
	--runs 1 -- -k
