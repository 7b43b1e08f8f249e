#!/bin/sh
# timing.sh STRC PROGS: the timing prefixes and -T suffix in the formats strace 6.1 prints
# (checked with regular expressions, so without strace), their bad arguments, and -A.
strc=$1
progs=$2
. "$(dirname "$0")/lib.sh"

# expect_lines NAME REGEX OPTS...: every line of the trace of hello matches REGEX
expect_lines() {
	name=$1 regex=$2
	shift 2
	"$strc" -o "$tmp/log" "$@" "$progs/hello" >/dev/null 2>"$tmp/err"
	check "$name: no trace" [ -s "$tmp/log" ]
	bad=$(grep -Ecv "$regex" "$tmp/log")
	check "$name: $bad lines do not match: $(grep -Ev "$regex" "$tmp/log" | head -n 1)" \
		[ "$bad" -eq 0 ]
}

# expect_error NAME MESSAGE ARGS...: status 1 and MESSAGE on the first line of stderr
expect_error() {
	name=$1 message=$2
	shift 2
	"$strc" "$@" >/dev/null 2>"$tmp/err" </dev/null
	status=$?
	check "$name: status $status, want 1" [ "$status" -eq 1 ]
	check "$name: message '$(head -n 1 "$tmp/err")', want '$message'" \
		[ "$(head -n 1 "$tmp/err")" = "strc: $message" ]
}

T='[0-2][0-9]:[0-5][0-9]:[0-6][0-9]'
expect_lines "-t" "^$T [a-z+]" -t
expect_lines "-tt" "^$T\.[0-9]{6} [a-z+]" -tt
expect_lines "-ttt" "^[0-9]{10,}\.[0-9]{6} [a-z+]" -ttt
expect_lines "--timestamps" "^$T [a-z+]" --timestamps
expect_lines "--timestamps=unix" "^[0-9]{10,} [a-z+]" --timestamps=unix
expect_lines "--timestamps=time,ms" "^$T\.[0-9]{3} [a-z+]" --timestamps=time,ms
expect_lines "--timestamps=unix,ns" "^[0-9]{10,}\.[0-9]{9} [a-z+]" --timestamps=unix,ns
expect_lines "--timestamps=format:unix,precision:us" "^[0-9]{10,}\.[0-9]{6} [a-z+]" \
	--timestamps=format:unix,precision:us
expect_lines "--timestamps=none" "^[a-z+]" --timestamps=none
expect_lines "-r" "^ {5}[0-9]\.[0-9]{6} [a-z+]" -r
expect_lines "--relative-timestamps=s" "^ {5}[0-9] [a-z+]" --relative-timestamps=s
expect_lines "--relative-timestamps=ns" "^ {5}[0-9]\.[0-9]{9} [a-z+]" --relative-timestamps=ns
expect_lines "-t -r" "^$T \(\+ {5}[0-9]\.[0-9]{6}\) [a-z+]" -t -r
expect_lines "-n" "^\[ {0,3}[0-9]{1,4}\] [a-z+]" -n
expect_lines "-i" "^\[([0-9a-f]{16}|\?{16})\] [a-z+]" -i
expect_lines "-i on the exit line" "^(\[[0-9a-f]{16}\] [a-z]|\[\?{16}\] \+\+\+)" -i
expect_lines "-T" "(\) += [^<]* <[0-9]+\.[0-9]{6}>| = \?|^\+\+\+.*)$" -T
expect_lines "--syscall-times=ms" "(\) += [^<]* <[0-9]+\.[0-9]{3}>| = \?|^\+\+\+.*)$" \
	--syscall-times=ms
expect_lines "--syscall-times=s" "(\) += [^<]* <[0-9]+>| = \?|^\+\+\+.*)$" --syscall-times=s
expect_lines "the order of the prefixes" \
	"^[0-9]{10}\.[0-9]{6} \(\+ +[0-9]\.[0-9]{6}\) \[ *[0-9]+\] \[[0-9a-f?]{16}\] [a-z+]" \
	-ttt -r -n -i
# the last option of a kind wins: -r after --relative-timestamps=ms is microseconds again
expect_lines "-r after a precision" "^ {5}[0-9]\.[0-9]{6} [a-z+]" --relative-timestamps=ms -r

# -r counts from the previous line: the sum of the deltas is no more than the run took
"$strc" -o "$tmp/log" -r -ttt "$progs/hello" >/dev/null 2>&1
sum=$(sed -E 's/^([0-9.]+) \(\+ *([0-9.]+)\).*/\2/' "$tmp/log" | awk '{ s += $1 } END { print s }')
span=$(awk 'NR == 1 { a = $1 } { b = $1 } END { print b - a }' "$tmp/log")
check "-r: deltas add up to $sum, the -ttt span is $span" \
	awk -v s="$sum" -v d="$span" 'BEGIN { exit !(s <= d + 0.001 && s >= d - 0.001) }'

# -T measures the call: a 50 ms nanosleep takes at least 50 ms
"$strc" -o "$tmp/log" -T -e trace=nanosleep,clock_nanosleep sleep 0.05 >/dev/null 2>&1
took=$(grep -Eo '<[0-9.]+>$' "$tmp/log" | tr -d '<>' | head -n 1)
check "-T: sleep 0.05 took '$took'" awk -v t="$took" 'BEGIN { exit !(t >= 0.05 && t < 5) }'

expect_error "bad --timestamps" "invalid --timestamps argument: 'unix,foo'" \
	--timestamps=unix,foo true
expect_error "bad --absolute-timestamps" "invalid --absolute-timestamps argument: 'format:ms'" \
	--absolute-timestamps=format:ms true
expect_error "bad --relative-timestamps" "invalid --relative-timestamps argument: '3'" \
	--relative-timestamps=3 true
expect_error "bad --syscall-times" "invalid --syscall-times argument: ''" --syscall-times= true
expect_error "-t with --timestamps" \
	"-t and --absolute-timestamps cannot be provided simultaneously" -t --timestamps=unix true

"$strc" -c -t -T true 2>"$tmp/err" >/dev/null
check "-c -t warns" grep -q "^strc: -t/--absolute-timestamps has no effect with -c/--summary-only$" "$tmp/err"
check "-c -T warns" grep -q "^strc: -T/--syscall-times has no effect with -c/--summary-only$" "$tmp/err"
"$strc" -A -e trace=none true 2>"$tmp/err"
check "-A without -o warns" \
	grep -q "^strc: -A/--output-append-mode has no effect without -o/--output$" "$tmp/err"

# -A appends to the -o file; without it the file starts over
echo kept >"$tmp/app"
"$strc" -A -o "$tmp/app" true
check "-A keeps what was there" [ "$(head -n 1 "$tmp/app")" = kept ]
check "-A appends the trace" grep -q '^+++ exited with 0 +++$' "$tmp/app"
"$strc" -o "$tmp/app" true
check "-o truncates without -A" [ "$(head -n 1 "$tmp/app")" != kept ]

finish timing.sh
