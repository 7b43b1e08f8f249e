#!/bin/sh
# seccomp.sh STRC: the seccomp filter strc installs when -e trace= selects fewer than all
# calls, with -f only. Seen from inside the traced program (one more filter in
# /proc/self/status than with --no-seccomp-bpf, with every call traced or without -f);
# children without -f still run and see no ENOSYS; -c counts the same calls; --seccomp-bpf says when it cannot be used.
strc=$1
. "$(dirname "$0")/lib.sh"

filters() {	# filters STRC-OPTIONS...: Seccomp_filters of a program traced so
	"$strc" -o /dev/null "$@" sh -c 'grep Seccomp_filters: /proc/self/status' 2>/dev/null | awk '{print $2}'
}

if ! grep -q Seccomp_filters: /proc/self/status; then
	echo "seccomp.sh: no Seccomp_filters in /proc/self/status; skipped"
	exit 77
fi
with=$(filters -f -e trace=openat)
without=$(filters -f --no-seccomp-bpf -e trace=openat)
all=$(filters -f -e trace=all)
nof=$(filters -e trace=openat)
check "a filter with -f -e trace=openat ($with, $without without)" [ "$with" = $((without + 1)) ]
check "no filter when every call is traced ($all)" [ "$all" = "$without" ]
check "no filter without -f, as strace ($nof)" [ "$nof" = "$without" ]

# without -f, the children run normally (a call the filter stops at fails with ENOSYS
# when nobody traces it)
out=$("$strc" -o /dev/null -e trace=openat,read sh -c 'cat /etc/hostname | cat')
check "children without -f" [ "$out" = "$(cat /etc/hostname)" ]

# -c: the same calls counted
counts() {
	"$strc" -c -o "$tmp/c" "$@" cat /etc/hostname >/dev/null
	awk '$NF ~ /^(openat|read|close)$/ {print $NF, $4, (NF == 6 ? $5 : 0)}' "$tmp/c" | sort
}
a=$(counts -e trace=openat,read,close)
b=$(counts --no-seccomp-bpf -e trace=openat,read,close)
check "-c counts ($a / $b)" [ -n "$a" -a "$a" = "$b" ]

# -p cannot have the filter: said only when asked for
"$strc" --seccomp-bpf -f -e trace=openat -p 2147483646 2>"$tmp/err"
check "--seccomp-bpf -f with -p" grep -q -- "--seccomp-bpf is not enabled for processes attached with -p" "$tmp/err"
# strace's words without -f, and whether or not anything is filtered, before the attach
"$strc" --seccomp-bpf -p 2147483646 2>"$tmp/err"
check "--seccomp-bpf -p without -f: '$(head -n 1 "$tmp/err")'" sh -c \
	"head -n 1 '$tmp/err' | grep -qx 'strc: --seccomp-bpf cannot be used without -f/--follow-forks, disabling'"
"$strc" --seccomp-bpf -f -p 2147483646 2>"$tmp/err"
check "--seccomp-bpf -f -p, all traced: '$(head -n 1 "$tmp/err")'" sh -c \
	"head -n 1 '$tmp/err' | grep -qx 'strc: --seccomp-bpf is not enabled for processes attached with -p'"
"$strc" --seccomp-bpf -f -o /dev/null true 2>"$tmp/err"
check "--seccomp-bpf -f, all traced" grep -qx \
	"strc: Seccomp filter is requested but there are no syscalls to filter.  See -e trace to filter syscalls." "$tmp/err"
"$strc" -f -e trace=openat -p 2147483646 2>"$tmp/err"
check "-p without --seccomp-bpf: no message" sh -c "! grep -q seccomp '$tmp/err'"

# where seccomp(2) fails: the same trace, by stopping at every call; said when asked for
blocked=$(dirname "$0")/noseccomp_syscall.py
if python3 "$blocked" true 2>/dev/null; then
	python3 "$blocked" "$strc" -f -o "$tmp/t1" -e trace=openat,read,close cat /etc/hostname >/dev/null
	"$strc" -f -o "$tmp/t2" --no-seccomp-bpf -e trace=openat,read,close cat /etc/hostname >/dev/null
	sed -i 's/^[0-9]* //' "$tmp/t1" "$tmp/t2"	# -f's pids differ
	check "fallback: the same trace" cmp -s "$tmp/t1" "$tmp/t2"
	out=$(python3 "$blocked" "$strc" -o /dev/null -e trace=openat sh -c 'cat /etc/hostname | cat')
	check "fallback: children without -f" [ "$out" = "$(cat /etc/hostname)" ]
	python3 "$blocked" "$strc" -f --seccomp-bpf -o /dev/null -e trace=openat true 2>"$tmp/err"
	check "fallback: --seccomp-bpf says so" grep -q -- "--seccomp-bpf is not enabled" "$tmp/err"
fi

finish seccomp.sh
