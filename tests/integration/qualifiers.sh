#!/bin/sh
# qualifiers.sh STRC PROGS: what the qualifiers print on strc's own stderr, next to the
# trace: -q and --quiet together refused, the -z/-Z warning, attach messages kept quiet.
strc=$1
progs=$2
. "$(dirname "$0")/lib.sh"

"$strc" -q -e quiet=none true 2>"$tmp/err"
status=$?
check "-q with -e quiet=: status $status, want 1" [ "$status" -eq 1 ]
check "-q with -e quiet=: message" \
	grep -qx "strc: -q and -e quiet/--quiet cannot be provided simultaneously" "$tmp/err"

"$strc" -o "$tmp/out" -z -Z -z true 2>"$tmp/err"
check "-z -Z: one warning" [ "$(grep -c 'Only the last of -z' "$tmp/err")" -eq 1 ]
check "-z -Z -z: the last counts" grep -q '^execve(' "$tmp/out"

# -f on a forking program: "Process N attached" unless quiet=attach, or -o without an
# explicit quiet= (strace is quiet then, when it started the command)
"$strc" -f "$progs/fam_proc" 2>"$tmp/err" >/dev/null	# the trace's open line may precede it
check "-f: attach messages" grep -q 'strc: Process [0-9]* attached$' "$tmp/err"
"$strc" -f -o "$tmp/out" "$progs/fam_proc" 2>"$tmp/err" >/dev/null
check "-f -o: no attach messages" sh -c "! grep -q attached '$tmp/err'"
"$strc" -f -o "$tmp/out" -e quiet=attach "$progs/fam_proc" 2>"$tmp/err" >/dev/null
check "quiet=attach: no attach messages" sh -c "! grep -q attached '$tmp/err'"
check "quiet=attach: exit lines kept" grep -q '+++ exited with' "$tmp/out"
"$strc" -f -o "$tmp/out" --quiet=exit "$progs/fam_proc" 2>"$tmp/err" >/dev/null
check "--quiet=exit: attach messages kept" grep -q attached "$tmp/err"
check "--quiet=exit: no exit lines" sh -c "! grep -q '+++ exited' '$tmp/out'"

# -P: what a path resolves into is said on stderr, unless quiet=path-resolution
mkdir "$tmp/d" && : >"$tmp/d/f" && ln -s f "$tmp/d/l"
"$strc" -o "$tmp/out" -P "$tmp/d/l" cat "$tmp/d/l" 2>"$tmp/err"
check "-P resolved" grep -qx "strc: Requested path \"$tmp/d/l\" resolved into \"$tmp/d/f\"" "$tmp/err"
check "-P: the open shown" grep -q "^openat(AT_FDCWD, \"$tmp/d/l\"" "$tmp/out"
check "-P: a call by descriptor shown" grep -q '^close([0-9]*) ' "$tmp/out"
check "-P: others not" sh -c "! grep -q '^brk' '$tmp/out'"
"$strc" -o "$tmp/out" -e quiet=path-resolution -P "$tmp/d/l" true 2>"$tmp/err"
check "quiet=path-resolution" [ ! -s "$tmp/err" ]

finish qualifiers
