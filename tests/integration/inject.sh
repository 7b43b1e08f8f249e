#!/bin/sh
# inject.sh STRC INJECT_LOOP: what compare() cannot check of -e inject=: -c's counts of
# injected errors, that a delay delays (a lower bound only: nothing here can flake on a
# slow machine), and one clear message with status 1 for bad specifications.
strc=$1
loop=$2
. "$(dirname "$0")/lib.sh"

"$strc" -c -o "$tmp/c.txt" -e inject=umask:error=EPERM:when=2+2 "$loop" 10
check "-c: the injected errors are counted" \
	grep -Eq '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +10 +5 umask$' "$tmp/c.txt"
"$strc" -c -o "$tmp/r.txt" -e inject=umask:retval=1 "$loop" 10
check "-c: injected successes are no errors" \
	grep -Eq '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +10 +umask$' "$tmp/r.txt"

start=$(date +%s%N)
"$strc" -o "$tmp/d.txt" -e inject=umask:delay_exit=200ms:when=2 "$loop" 3
end=$(date +%s%N)
check "delay_exit=200ms: took $(((end - start) / 1000000)) ms, want at least 200" \
	[ $((end - start)) -ge 200000000 ]
check "delayed call marked" grep -q '^umask(022) *= 022 (DELAYED)$' "$tmp/d.txt"

start=$(date +%s%N)
"$strc" -o /dev/null -e inject=umask:delay_enter=0.1s:when=1..2 "$loop" 3
end=$(date +%s%N)
check "delay_enter=0.1s twice: took $(((end - start) / 1000000)) ms, want at least 200" \
	[ $((end - start)) -ge 200000000 ]

sh -c "\"$strc\" -o /dev/null -e inject=umask:signal=SIGTERM:when=2 $loop 3; echo \$? >$tmp/status"
check "killed by the injected SIGTERM: got $(cat "$tmp/status"), want 143" \
	[ "$(cat "$tmp/status")" = 143 ]

for spec in "inject=umask" "inject=umask:error=ENOENT:retval=1" "inject=umask:when=0" \
	"inject=umask:error=EBOGUS" "inject=umask:syscall=write:error=EPERM" \
	"inject=umask:syscall=getpid" "fault=umask:retval=1" "inject=umask:delay_exit=5x" \
	"inject=umask:error=ENOENT:when=3..+2"; do
	"$strc" -o /dev/null -e "$spec" "$loop" 1 >"$tmp/out" 2>"$tmp/err"
	status=$?
	check "$spec: status $status, want 1" [ "$status" -eq 1 ]
	check "$spec: message '$(cat "$tmp/err")'" grep -q "^strc: invalid .* argument '" "$tmp/err"
done

finish inject
