#!/bin/sh
# stack.sh STRC STACKCHAIN STACKCHAIN.C: -k names every frame of stackchain's known chains in
# order (a signal handler's and rt_sigreturn's too), keeps to --stack-trace-frame-limit,
# and with -f prints frames for every process;
# -kk ends each of the program's frames with its source file and line, as strace 7.2 does.
strc=$1
prog=$2
src=$3
. "$(dirname "$0")/lib.sh"

# frames_after CALL FILE: the function names of the frames after the first line of CALL
frames_after() {
	awk -v call="$1" '
		!seen && index($0, call "(") == 1 { seen = 1; next }
		seen && /^ > / { s = $0; sub(/^[^(]*\(/, "", s); sub(/[+)].*/, "", s); print s; next }
		seen { exit }' "$2" | tr '\n' ' '
}

"$strc" -k -o "$tmp/k" "$prog" >/dev/null || { echo "FAIL: strc -k exited $?"; exit 1; }

got=$(frames_after write "$tmp/k")
case "$got" in
"__write inner middle outer main "*) ;;
*) check "write's frames: '$got'" false ;;
esac
got=$(frames_after getppid "$tmp/k")
case "$got" in
"getppid by_value "*" main "*) ;;
*) check "the comparator's frames: '$got'" false ;;
esac
check "qsort is between the comparator and main: '$got'" \
	sh -c "echo '$got' | grep -q 'by_value .*qsort.* main'"
check "frames print the module and the file offset" \
	grep -Eq "^ > $prog\\(inner\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]\$" "$tmp/k"
check "exit_group's frames come after the exit line" \
	sh -c "grep -A1 '^+++ exited with 0 +++' '$tmp/k' | grep -q '^ > .*(_exit+'"

# -kk and --stack-trace=source: the line of each call in the chain, from the program's
# line tables (the line numbers are looked up in the source, not written here)
line_of() { grep -n -F "$1" "$src" | head -n 1 | cut -d: -f1; }
for kk in -kk --stack-trace=source; do
	"$strc" $kk -e trace=write -o "$tmp/kk" "$prog" >/dev/null ||
		{ echo "FAIL: strc $kk exited $?"; exit 1; }
	for f in "inner:write(1," "middle:inner();" "outer:middle();" "main:outer();"; do
		fn=${f%%:*}
		n=$(line_of "${f#*:}")
		check "$kk: $fn's frame ends with $src:$n" \
			grep -Eq "^ > $prog\\($fn\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\] $src:$n\$" "$tmp/kk"
	done
	# _start is assembler without line tables: the frame ends at its offset
	check "$kk: _start without a source line" \
		grep -Eq "^ > $prog\\(_start\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]\$" "$tmp/kk"
done
"$strc" -k -e trace=write -o "$tmp/k1" "$prog" >/dev/null
check "-k alone prints no source line" sh -c "! grep -q 'stackchain\.c:' '$tmp/k1'"

# --stack-trace-frame-limit: N frames, then a line saying there were more
"$strc" -k --stack-trace-frame-limit=3 -o "$tmp/l" "$prog" >/dev/null
n=$(sed -n '/^write(/,/^[a-z]/p' "$tmp/l" | grep -c '^ > ')
check "limit 3: $n frame lines after write, want 4" [ "$n" -eq 4 ]
check "limit 3: too many stack frames" \
	sh -c "sed -n '/^write(/,/^[a-z]/p' '$tmp/l' | grep -q '^ > too many stack frames\$'"
"$strc" -k -o "$tmp/d" "$prog" deep >/dev/null
n=$(sed -n '/^getppid(/,/^[a-z]/p' "$tmp/d" | grep -c '^ > ')
check "300 deep: $n frame lines, want 256 and the limit's" [ "$n" -eq 257 ]

# A signal's handler and its return, as strace 7.2 (libdw) shows them: the handler's
# write goes through the trampoline (at its first byte, "+0x0") to the interrupted kill and
# its callers; rt_sigreturn's stack starts in the trampoline, which has no unwind
# information there, so the caller is found by the frame pointer: the interrupted kill's
# rbp is raise_here's frame, whose return address is in signal_chain.
"$strc" -k -e trace=write,rt_sigreturn -o "$tmp/s" "$prog" signal >/dev/null ||
	{ echo "FAIL: strc -k on the signal chain exited $?"; exit 1; }
got=$(frames_after write "$tmp/s")
case "$got" in
"__write on_usr1 __restore_rt kill raise_here signal_chain main "*) ;;
*) check "the handler's frames: '$got'" false ;;
esac
check "the handler returns to the trampoline's first byte" \
	grep -Eq "^ > [^ ]*\(__restore_rt\+0x0\) \[0x[0-9a-f]+\]\$" "$tmp/s"
got=$(frames_after rt_sigreturn "$tmp/s")
case "$got" in
"__restore_rt signal_chain main "*) ;;
*) check "rt_sigreturn's frames: '$got'" false ;;
esac
check "rt_sigreturn's stack starts after the trampoline's syscall" \
	sh -c "sed -n '/^rt_sigreturn(/{n;p;}' '$tmp/s' | grep -q '(__restore_rt+0x9) '"
# the second signal interrupts kill called from main itself: main's frame pointer leads to
# its caller in libc, whose unwind information goes on to _start (the stack is not read
# from the signal frame's saved registers: no kill, no main)
got=$(awk '/^rt_sigreturn\(/ { n++; got = "" ; next }
	n == 2 && /^ > / { s = $0; sub(/^ > /, "", s); got = got s "\n" }
	n == 2 && !/^ > / { n++ }
	END { printf "%s", got }' "$tmp/s")
check "the second rt_sigreturn: the trampoline, then libc, down to _start: '$got'" sh -c '
	printf "%s" "$1" | head -n 1 | grep -q "(__restore_rt+0x9) " &&
	printf "%s" "$1" | sed -n 2p | grep -q "libc" &&
	printf "%s" "$1" | tail -n 1 | grep -q "(_start+" &&
	! printf "%s" "$1" | grep -q "(main+\|(kill+\|no matching"' sh "$got"

# -k -f on a shell script: every process's calls have frames
cat >"$tmp/script.sh" <<EOS
$prog
$prog
EOS
if "$strc" -f -k -o "$tmp/f" sh "$tmp/script.sh" >/dev/null 2>"$tmp/ferr"; then
	pids=$(grep -o '^[0-9]\+' "$tmp/f" | sort -u | wc -l)
	check "-f: $pids processes, want 3" [ "$pids" -eq 3 ]
	for pid in $(grep -o '^[0-9]\+' "$tmp/f" | sort -u); do
		# every finished call line of this process is followed by frames
		bad=$(awk -v pid="$pid" '
			want && !/^ > / { bad++ }
			{ want = 0 }
			$1 == pid && / = [^?]/ && !/resumed>/ && !/unfinished/ { want = 1 }
			$1 == pid && /resumed>/ && / = / { want = 1 }
			END { print bad + 0 }' "$tmp/f")
		check "-f: pid $pid: $bad call lines without frames" [ "$bad" -eq 0 ]
	done
	check "-f: the children's inner() frames" [ "$(grep -c "^ > $prog(inner+" "$tmp/f")" -eq 2 ]
else
	echo "SKIP: -f does not work yet: $(head -n 1 "$tmp/ferr")"
	[ "$fail" -eq 0 ] && exit 77
fi

finish stack.sh
