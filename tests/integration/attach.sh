#!/bin/sh
# attach.sh STRC: -p attaches, SIGINT to strc detaches, and the tracee then runs to its
# normal end: a busy one, one blocked in read(), one in a group-stop (which stays stopped
# until SIGCONT). Also the error for a pid that does not exist.
strc=$1
. "$(dirname "$0")/lib.sh"

# wait_for WHAT CONDITION...: poll until CONDITION holds (20 s at most: a loaded machine
# is slow, but a hang must still end the test), never a fixed sleep that a slow run outlasts
wait_for() {
	what=$1
	shift
	n=0
	until "$@"; do
		n=$((n + 1))
		if [ $n -ge 2000 ]; then
			echo "FAIL: timed out waiting for $what"
			return 1
		fi
		sleep 0.01
	done
}

# trace_then_interrupt PID: attach, SIGINT strc once it says it attached, wait for it
trace_then_interrupt() {
	: >"$tmp/err"
	"$strc" -o "$tmp/trace" -p "$1" 2>"$tmp/err" &
	s=$!
	wait_for "strc to attach to $1" grep -q "attached" "$tmp/err"
	kill -INT "$s"
	wait "$s"
}

# state PID: its one-letter state in /proc (R, S, T, ...)
state() {
	awk '/^State:/ { print $2 }' /proc/$1/status
}

# a running process: it runs until told to stop, so it is alive whenever strc gets there
sh -c 'while [ ! -e "$1.stop" ]; do sleep 0.05; done; echo done >"$1"' sh "$tmp/busy" &
p=$!
trace_then_interrupt $p
: >"$tmp/busy.stop"
check "busy: attached message" grep -q "^strc: Process $p attached$" "$tmp/err"
check "busy: detached message" grep -q "^strc: Process $p detached$" "$tmp/err"
wait $p
check "busy: exit status $?" [ $? -eq 0 ]
check "busy: ran to its end" grep -qx done "$tmp/busy"

# blocked in read()
mkfifo "$tmp/fifo"
sh -c 'read x <"$1"; echo "got $x" >"$2"' sh "$tmp/fifo" "$tmp/read" &
p=$!
trace_then_interrupt $p
echo hello >"$tmp/fifo"
wait $p
check "read: ran to its end" grep -qx "got hello" "$tmp/read"

# in a group-stop: stays stopped after the detach, ends after SIGCONT
sh -c 'sleep 0.2; echo done >"$1"' sh "$tmp/stopped" &
p=$!
kill -STOP $p
wait_for "$p to stop" sh -c '[ "$(awk "/^State:/ { print \$2 }" /proc/$1/status)" = T ]' sh $p
trace_then_interrupt $p
# the detached tracee passes through R on its way back into the group-stop: wait until it
# is there again, or gone (then it was wrongly resumed and the check below fails)
wait_for "$p to settle" sh -c 's=$(awk "/^State:/ { print \$2 }" /proc/$1/status 2>/dev/null)
	[ "$s" = T ] || [ "$s" = Z ] || [ -z "$s" ]' sh $p
state=$(state $p)
check "group-stop: still stopped after detach (state $state)" [ "$state" = T ]
kill -CONT $p
wait $p
check "group-stop: ran to its end" grep -qx done "$tmp/stopped"

# a pid that does not exist
"$strc" -p 999999 2>"$tmp/err"
status=$?
check "missing pid: status $status" [ $status -eq 1 ]
check "missing pid: message" grep -qx "strc: attach: ptrace(PTRACE_SEIZE, 999999): No such process" "$tmp/err"

# -D: the command stays the shell's child (it keeps strc's pid); strc runs detached
out=$(sh -c '"$1" -D -o "$2/d" sh -c "echo \$PPID"; echo $$' sh "$strc" "$tmp")
check "-D: command's parent is the shell ($out)" [ "$(echo "$out" | sort -u | wc -l)" -eq 1 ]

# -ff: one file per process, PREFIX.PID, no pid prefix inside
"$strc" -ff -o "$tmp/ff" sh -c 'echo a | cat' >/dev/null 2>&1
check "-ff: three files" [ "$(ls "$tmp"/ff.* | wc -l)" -eq 3 ]
check "-ff: no pid prefix" sh -c "! grep -qE '^[0-9]+ ' '$tmp'/ff.*"

finish attach
