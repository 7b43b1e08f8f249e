#!/bin/sh
# cli.sh STRC: the command line's promises: one clear line and status 1 for bad input,
# the traced command's exit status passed on, -c's table.
strc=$1
. "$(dirname "$0")/lib.sh"

# expect_error NAME PATTERN ARGS...: status 1, one line on stderr naming the problem
expect_error() {
	name=$1 pattern=$2
	shift 2
	"$strc" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
	check "$name: status $status, want 1" [ "$status" -eq 1 ]
	check "$name: message '$(head -n 1 "$tmp/err")' does not match '$pattern'" \
		grep -q "^strc: .*$pattern" "$tmp/err"
}

expect_error "no command" "must have PROG"
expect_error "missing program" "Can't stat 'no-such-program-here'" no-such-program-here
expect_error "unknown option" "unrecognized option '--bogus'" --bogus true
expect_error "unknown short option" "invalid option -- 'Q'" -Q true
expect_error "unwritable -o" "Can't fopen '/nonexistent/dir/x'" -o /nonexistent/dir/x true
expect_error "bad -s" "invalid -s argument" -s xyz true
expect_error "bad syscall name" "invalid system call 'bogus'" -e trace=bogus true

"$strc" -o /dev/null sh -c 'exit 3'
status=$?
check "exit status passed on: got $status, want 3" [ "$status" -eq 3 ]

sh -c "\"$strc\" -o /dev/null sh -c 'kill -TERM \$\$'; echo \$? >$tmp/status"
check "killed by SIGTERM: got $(cat "$tmp/status"), want 143" [ "$(cat "$tmp/status")" = 143 ]

"$strc" -c -o "$tmp/c.txt" /bin/echo hi >/dev/null
check "-c header" grep -q '^% time     seconds  usecs/call     calls    errors syscall$' "$tmp/c.txt"
check "-c counts write once" grep -Eq '^ +[0-9.]+ +[0-9.]+ +[0-9]+ +1 +write$' "$tmp/c.txt"
check "-c total line" grep -Eq '^100\.00 +[0-9.]+ +[0-9]+ +[0-9]+ +[0-9]+ total$' "$tmp/c.txt"
check "-c prints no call lines" sh -c "! grep -q 'execve(' '$tmp/c.txt'"

"$strc" -o "$tmp/t.txt" /bin/echo hi >/dev/null
check "trace ends with exit line" sh -c "tail -n 1 '$tmp/t.txt' | grep -qx '+++ exited with 0 +++'"
check "execve first" sh -c "head -n 1 '$tmp/t.txt' | grep -q '^execve(\"/bin/echo\", \\[\"/bin/echo\", \"hi\"\\], 0x'"

finish cli
