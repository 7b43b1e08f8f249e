#!/bin/sh
# robust.sh STRC: what a CI job that hangs and gets killed needs from its tracer (issue 15).
# The trace reaches the file before strc waits (a SIGKILLed strc leaves the blocked call's
# "read(0"), signals to strc leave the command alive as strace does, strc lets go of the
# command's children, its stdin and stdout, reports write errors, and ends with ASan
# programs. Every wait is for a condition (a fifo, a line in a file), never a fixed time.
strc=$1
. "$(dirname "$0")/lib.sh"

wait_for() {	# wait_for COMMAND...: polls until COMMAND succeeds, 20 s at most
	n=0
	while ! "$@"; do
		n=$((n + 1))
		[ "$n" -gt 400 ] && return 1
		sleep 0.05
	done
}

release() {	# release FIFO: a line for the reader blocked on FIFO; gives up if none comes
	timeout 10 sh -c 'echo > "$0"' "$1"
}

ends_with_read() {	# ends_with_read FILE: its last line is the open "read(0" (strace 7.2's
	# entry half: the ", " before the buffer comes with the exit's arguments)
	[ -s "$1" ] && [ "$(tail -c 6 "$1")" = "read(0" ]
}

lines_whole() {	# lines_whole FILE: every line but the open last one is a whole call
	sed '$d' "$1" | grep -v -e ' = ' -e '^+++' -e '^---' -e 'resumed>' -e 'unfinished' \
		-e 'attached$' | grep -q . && return 1
	return 0
}

# ---- 1, 2: a blocked call is written at its entry, in every mode; a killed strc keeps it
blocked_case() {	# blocked_case NAME FILE-OF-TRACE STRC-OPTIONS...
	case_name=$1 file=$2
	shift 2
	rm -f "$tmp/in" "$tmp/t" "$tmp/t".* "$tmp/err"
	mkfifo "$tmp/in"
	exec 3<>"$tmp/in"	# held open: cat blocks in read(0, ...) until fd 3 is closed
	"$strc" "$@" cat <"$tmp/in" 2>"$tmp/err" 3>&- &
	pid=$!
	file=$(eval echo "$file")
	check "$case_name: read(0 at entry while blocked" wait_for ends_with_read_glob "$file"
	kill -KILL "$pid"
	wait "$pid" 2>/dev/null
	check "$case_name: SIGKILLed strc left read(0" ends_with_read_glob "$file"
	for f in $file; do
		check "$case_name: lines whole" lines_whole "$f"
	done
	exec 3>&-	# cat, let go by its dead tracer, reads end-of-file
}

ends_with_read_glob() {
	for f in $1; do
		ends_with_read "$f" && return 0
	done
	return 1
}

blocked_case "-o" '$tmp/t' -o "$tmp/t"
blocked_case "-f -o" '$tmp/t' -f -o "$tmp/t"
blocked_case "-ff -o" '$tmp/t.*' -ff -o "$tmp/t"
blocked_case "stderr" '$tmp/err'
blocked_case "filtered -f" '$tmp/t' -f -e trace=read -o "$tmp/t"

# the line is completed when the call returns
rm -f "$tmp/in" "$tmp/t"
mkfifo "$tmp/in"
exec 3<>"$tmp/in"
"$strc" -o "$tmp/t" -e trace=read cat <"$tmp/in" >/dev/null 3>&- &
pid=$!
wait_for ends_with_read "$tmp/t"
echo x >&3
exec 3>&-
wait "$pid"
check "the blocked read completed" grep -q '^read(0, "x\\n", [0-9]*) *= 2$' "$tmp/t"

# ---- 3: signals to strc
# without -o: strc lets the command go (detached, not killed) and dies by the signal
sig_case() {	# sig_case SIGNAL STATUS STRC-OPTIONS...
	sig=$1 want=$2
	shift 2
	rm -f "$tmp/ready" "$tmp/go" "$tmp/ran" "$tmp/t"
	mkfifo "$tmp/go"
	"$strc" "$@" -e trace=none bash -c \
		'trap "echo ran >> $0/ran" EXIT; echo > $0/ready; read x < $0/go' "$tmp" \
		2>"$tmp/err" &
	pid=$!
	wait_for test -e "$tmp/ready"
	kill -"$sig" "$pid"
	if [ "$want" = 0 ]; then
		release "$tmp/go"	# strc traces on; the command ends
		wait "$pid"
		got=$?
	else
		wait "$pid"
		got=$?
		release "$tmp/go"	# the command, let go, ends
	fi
	check "$* $sig: exit status $got, want $want" [ "$got" = "$want" ]
	check "$* $sig: the command's EXIT trap ran" wait_for test -s "$tmp/ran"
}
sig_case TERM 143
check "TERM: says it detached" grep -q '^strc: Process [0-9]* detached$' "$tmp/err"
sig_case HUP 129
sig_case INT 130
# with -o: ignored, the trace goes on until the command ends, with its status
sig_case TERM 0 -o "$tmp/t"
check "-o TERM: traced to the end" grep -q '^+++ exited with 0 +++$' "$tmp/t"
sig_case HUP 0 -o "$tmp/t"
sig_case QUIT 0 -o "$tmp/t"
# -I sets it: 3 ignores them without -o too, 2 lets them interrupt with -o
sig_case TERM 0 -I 3
sig_case TERM 143 -I 2 -o "$tmp/t"
# under -f's seccomp filter the command cannot be let go: traced to its end, not killed
sig_case TERM 0 -f -e trace=openat

# ---- 4: without -f the command's children are free, and strc ends with the command
rm -f "$tmp/go"
mkfifo "$tmp/go"
timeout 20 "$strc" -e trace=openat -o /dev/null sh -c '(read x < "$0") & echo done' "$tmp/go" \
	>/dev/null
got=$?
check "-e trace=openat: returns while a background child runs ($got)" [ "$got" = 0 ]
release "$tmp/go"
# a child that uses ptrace itself (strc in strc) is not held by the outer strc
"$strc" -e trace=openat -o /dev/null sh -c "\"$strc\" -o /dev/null true" 2>"$tmp/err"
got=$?
check "a child may trace ($got: $(head -c 200 "$tmp/err"))" [ "$got" = 0 ]
"$strc" --seccomp-bpf -e trace=openat -o /dev/null true 2>"$tmp/err"
check "--seccomp-bpf without -f says it is off" grep -q \
	-- '--seccomp-bpf cannot be used without -f/--follow-forks, disabling' "$tmp/err"

# ---- 5: strc lets go of its standard output and input
rm -f "$tmp/go"
mkfifo "$tmp/go"
timeout 20 sh -c '"$1" -o /dev/null sh -c "exec >&-; read x < \"$2\"" |
	{ cat; echo > "$2"; }' sh "$strc" "$tmp/go"
check "stdout: the pipe sees end-of-file ($?)" [ $? = 0 ]
rm -f "$tmp/go"
mkfifo "$tmp/go"
timeout 20 sh -c '{ trap "" PIPE; while echo x 2>/dev/null; do :; done; echo > "$2"; } |
	"$1" -o /dev/null sh -c "exec <&-; read x < \"$2\""' sh "$strc" "$tmp/go"
check "stdin: the writer sees EPIPE ($?)" [ $? = 0 ]

# ---- 6: a failed write to the trace is said, and the status stays the command's
"$strc" -o /dev/full sh -c 'exit 3' 2>"$tmp/err"
got=$?
check "-o /dev/full: status ($got)" [ "$got" = 3 ]
check "-o /dev/full: said" grep -q '^strc: /dev/full: No space left on device$' "$tmp/err"

# ---- 8: -e signal= hides a death by a signal outside the set
"$strc" -e signal=SIGUSR1 -e trace=none sh -c 'kill -TERM $$' 2>"$tmp/err"
check "signal=SIGUSR1: no killed line" sh -c "! grep -q 'killed by' '$tmp/err'"
"$strc" -e trace=none sh -c 'kill -TERM $$' 2>"$tmp/err"
check "no signal=: killed line" grep -q '^+++ killed by SIGTERM +++$' "$tmp/err"

# ---- 9: -f -o: quiet about the children of a command strc started
"$strc" -f -o "$tmp/t" sh -c 'true | true' 2>"$tmp/err"
check "-f -o: no attached lines on stderr" sh -c "! grep -q attached '$tmp/err'"

# ---- 7: an AddressSanitizer program (LeakSanitizer stops the world with ptrace at exit)
cat >"$tmp/leak.c" <<'EOF'
#include <stdlib.h>
int main(void)
{
	volatile char *p = malloc(16);
	p = 0;
	return 0;
}
EOF
if ${CC:-cc} -fsanitize=address -o "$tmp/leak" "$tmp/leak.c" 2>/dev/null &&
   "$tmp/leak" 2>/dev/null; [ -x "$tmp/leak" ]; then
	for opts in "-e trace=%desc" "-f -e trace=%desc" "-f -e trace=clone" "-f"; do
		timeout 60 "$strc" $opts -o /dev/null "$tmp/leak" 2>/dev/null
		got=$?
		check "ASan program under $opts ends ($got)" [ "$got" != 124 ]
	done
else
	echo "robust.sh: no -fsanitize=address here; the ASan cases skipped"
fi

finish robust.sh
