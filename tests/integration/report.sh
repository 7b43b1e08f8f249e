# report.sh STRC PROGS REPORTDIR FOLLOWPROJ: --report on three CI-like failing jobs (each
# hides the cause in its own output) and on a successful build. Within its first 40 lines
# the report must name the failing process, its command line, how it ended, the call,
# errno and path, and what it wrote to stderr.
strc=$1
progs=$2
jobs=$3
followproj=$4
. "$(dirname "$0")/lib.sh"
ulimit -c 0	# the segfaulting stage must not leave a core file

head40() { head -n 40 "$1"; }
has() {	# has FILE EXTENDED-REGEX: a line of the report's first 40 matches
	head40 "$1" | grep -Eq -- "$2"
}

# 1. make: the recipe's helper reads build-info/VERSION, which is not there.
cp -r "$jobs/makejob" "$tmp/make"
NO_COLOR= "$strc" --report="$tmp/make.txt" sh "$jobs/makejob/job.sh" "$tmp/make" > "$tmp/make.out"
check "make: the job hides the cause" grep -qx "build failed" "$tmp/make.out"
check "make: how the command ended" has "$tmp/make.txt" "^sh .*job\.sh.*: exited with 1"
check "make: the failing process and its command line" \
	has "$tmp/make.txt" '^  > pid [0-9]+  \./gen-version\.sh  \[cwd .*/make\]  exited with 2'
check "make: make is on the failure path" has "$tmp/make.txt" '^    <- pid [0-9]+  make  .*exited with 2'
check "make: the call, errno and path" \
	has "$tmp/make.txt" 'failed:.* openat\(AT_FDCWD, "build-info/VERSION", O_RDONLY\) += -1 ENOENT'
check "make: what it wrote to stderr" \
	has "$tmp/make.txt" 'stderr.*: ".*cannot open build-info/VERSION'
check "make: grouped failures put the cause first" \
	sh -c "grep -A1 '^Failed calls' '$tmp/make.txt' | grep -q 'openat ENOENT \"build-info/VERSION\"'"
check "make: not a terminal, no colour" sh -c "! grep -q \"$(printf '\033')\" '$tmp/make.txt'"

# 2. python: the test's script runs with FIXTURE_DIR unset, cat fails on /expected.out.
cp -r "$jobs/pyjob" "$tmp/py"
"$strc" --report="$tmp/py.txt" --report-lines=4 python3 "$tmp/py/runner.py" "$tmp/py" > "$tmp/py.out"
check "python: the job hides the cause" grep -qx "test failed" "$tmp/py.out"
check "python: how the command ended" has "$tmp/py.txt" '^[^ ]*python3[^ ]* .*runner\.py.*: exited with 1'
check "python: the failing process and its command line" \
	has "$tmp/py.txt" '^  > pid [0-9]+  cat /expected\.out  .*exited with 1'
check "python: the runner that ran it" has "$tmp/py.txt" '^    <- pid [0-9]+  .*runner\.py .*exited with 1'
check "python: the call, errno and path" \
	has "$tmp/py.txt" 'failed:.* openat\(AT_FDCWD, "/expected\.out", O_RDONLY\) += -1 ENOENT'
check "python: what it wrote to stderr" has "$tmp/py.txt" 'stderr.*: "cat: /expected\.out: No such file'
check "python: --report-lines" has "$tmp/py.txt" '^    last 4 calls:'
check "python: its module search is folded" \
	sh -c "sed -n '/^Failed calls/,/^[A-Z]/p' '$tmp/py.txt' | grep -q '(folded).*found in another'"

# 3. a pipeline whose middle stage dies of SIGSEGV after a failed open.
"$strc" --report="$tmp/pipe.txt" sh "$jobs/pipejob.sh" "$progs/crasher" > "$tmp/pipe.out"
check "pipe: the job hides the cause" grep -qx "no output produced" "$tmp/pipe.out"
check "pipe: the failing process, its command line, how it ended" \
	has "$tmp/pipe.txt" "^  > pid [0-9]+  $progs/crasher  .*killed by SIGSEGV"
check "pipe: the call, errno and path" \
	has "$tmp/pipe.txt" 'failed:.* open(at)?\(.*"/nonexistent-strc-test/crasher\.conf", O_RDONLY\) += -1 ENOENT'
check "pipe: what it wrote to stderr" has "$tmp/pipe.txt" 'stderr.*: "crasher: formatting records\\n"'
check "pipe: the signal's siginfo" has "$tmp/pipe.txt" 'signal: --- SIGSEGV \{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL\}'
check "pipe: fatal signals listed" grep -Eq "^  pid [0-9]+ .*crasher: killed by SIGSEGV" "$tmp/pipe.txt"

# 4. a successful real build: said in a few lines, no loader or locale probe shown.
cp -r "$followproj" "$tmp/fp"
"$strc" --report="$tmp/ok.txt" make -C "$tmp/fp" > /dev/null 2>&1
check "success: the build ran" test -x "$tmp/fp/prog"
check "success: said first" sh -c "head -n 4 '$tmp/ok.txt' | grep -q '^Succeeded: no process failed'"
check "success: exited with 0" sh -c "head -n 2 '$tmp/ok.txt' | grep -q ': exited with 0 after'"
sed -n '/^Failed calls/,/^[A-Z]/p' "$tmp/ok.txt" | grep -v '(folded)' > "$tmp/ok.shown"
check "success: no loader or locale probe among the failures shown" \
	sh -c "! grep -Eq '\\.so[.\"]|glibc-hwcaps|ld\\.so|/locale|gconv' '$tmp/ok.shown'"
check "success: probes are folded, not hidden" grep -q '(folded).*loader' "$tmp/ok.txt"
check "success: the tree has the compiler" grep -Eq '^ +[0-9]+ .*cc' "$tmp/ok.txt"

# 5. strc killed by SIGTERM: the report is still written, the command still running.
mkfifo "$tmp/fifo"
"$strc" --report="$tmp/term.txt" sh -c "echo ready > '$tmp/fifo'; exec cat '$tmp/fifo'" &
spid=$!
read -r _ < "$tmp/fifo"
kill -TERM "$spid"
wait "$spid"
check "interrupted: the report is written" grep -q '^=== strc report ===' "$tmp/term.txt"
check "interrupted: the command's end" grep -Eq '^(sh|cat) .*: (killed by SIGKILL|still running)' "$tmp/term.txt"

# 6. bad input: a clear message, exit 1.
"$strc" --report-lines=x true 2> "$tmp/err"
check "bad --report-lines: exit 1" test $? -eq 1
check "bad --report-lines: message" grep -q "^strc: invalid --report-lines argument: 'x'" "$tmp/err"
"$strc" --report=/nonexistent-dir/r.txt true 2> "$tmp/err"
check "unwritable --report file: exit 1" test $? -eq 1
# 7. -e errno=: only calls that failed with these errnos, in the trace, -c and the report.
"$strc" -e errno=ENOENT -e trace=openat -o "$tmp/e1" cat /nonexistent-strc-errno /etc/hostname > /dev/null 2>&1
check "errno=: the ENOENT openat shown" grep -q 'openat(AT_FDCWD, "/nonexistent-strc-errno", O_RDONLY) = -1 ENOENT' "$tmp/e1"
check "errno=: no successful call" sh -c "! grep -q 'hostname' '$tmp/e1'"
"$strc" -e 'errno=!ENOENT' -e trace=openat -o "$tmp/e2" cat /nonexistent-strc-errno > /dev/null 2>&1
check "errno=!ENOENT: nothing but the exit" sh -c "! grep -q openat '$tmp/e2'"
"$strc" -c -e errno=ENOENT -o "$tmp/e3" cat /nonexistent-strc-errno /etc/hostname > /dev/null 2>&1
check "errno= with -c: openat counted as failed only" grep -Eq '^ .* ([0-9]+) +\1 openat$' "$tmp/e3"
check "errno= with -c: no successful call counted" sh -c "! grep -q ' read$' '$tmp/e3'"
"$strc" -e errno=EBOGUS true 2> "$tmp/err"
check "errno=: a bad name, exit 1" test $? -eq 1
check "errno=: a bad name, message" grep -q "^strc: invalid errno 'EBOGUS'" "$tmp/err"
"$strc" --report="$tmp/e4" -e errno=EACCES cat /nonexistent-strc-errno > /dev/null 2>&1
check "errno= with --report: ENOENT not among the failed calls" \
	sh -c "! grep -E '^Failed calls|failed:|^  openat' '$tmp/e4' | grep -q nonexistent-strc-errno"
# 8. -c --summary-by=process: one table per process, headed by its pid and command.
"$strc" -f -c --summary-by=process -o "$tmp/s1" sh -c 'cat /etc/hostname > /dev/null; true'
check "summary-by: a table for the shell" grep -Eq '^System call usage summary for pid [0-9]+ \(sh\):$' "$tmp/s1"
check "summary-by: a table for cat" grep -Eq '^System call usage summary for pid [0-9]+ \(cat\):$' "$tmp/s1"
check "summary-by: two total rows" test "$(grep -c ' total$' "$tmp/s1")" -eq 2
"$strc" -ff -c --summary-by=process -o "$tmp/ff" sh -c 'cat /etc/hostname > /dev/null; true'
check "summary-by with -ff: one file per process" test "$(ls "$tmp"/ff.* | wc -l)" -eq 2
check "summary-by with -ff: cat's table in cat's file" \
	sh -c "grep -l '(cat):' '$tmp'/ff.* | grep -q \"ff\.\$(grep -l '(cat):' '$tmp'/ff.* | sed 's/.*ff\.//')\""
"$strc" -c --summary-by=thread true 2> "$tmp/err"
check "summary-by: a bad value, exit 1" test $? -eq 1
# 8b. -c with --report: the table on stderr, the report still sees every call.
"$strc" -c --report="$tmp/c.txt" cat /nonexistent-strc-c 2> "$tmp/c.err"
check "-c --report: the table" grep -Eq '^100\.00 .* total$' "$tmp/c.err"
check "-c --report: the failed call" grep -q 'failed: openat(AT_FDCWD, "/nonexistent-strc-c"' "$tmp/c.txt"

# 9. -p: attached to a running shell, interrupted by SIGINT; its child's failure reported.
mkfifo "$tmp/go" "$tmp/done" "$tmp/end"
sh -c "read -r x < '$tmp/go'; cat /nonexistent-strc-p 2> /dev/null; echo > '$tmp/done'; read -r y < '$tmp/end'" &
shpid=$!
"$strc" --report="$tmp/p.txt" -p "$shpid" &
spid=$!
n=0
while [ "$(awk '/^TracerPid:/ { print $2 }' "/proc/$shpid/status")" = 0 ] && [ $n -lt 1000 ]; do
	n=$((n + 1))
	sleep 0.01	# polls the condition "attached", bounded
done
echo > "$tmp/go"
read -r _ < "$tmp/done"
kill -INT "$spid"
wait "$spid"
echo > "$tmp/end"
wait "$shpid"
check "-p: the attached shell's command line" grep -Eq "^    <- pid $shpid  sh -c 'read -r x" "$tmp/p.txt"
check "-p: the child that failed" grep -Eq '^  > pid [0-9]+  cat /nonexistent-strc-p  .*exited with 1' "$tmp/p.txt"
check "-p: the shell still running" grep -q "still running when strc stopped" "$tmp/p.txt"

# 10. colour on a terminal (script(1) gives one), none with NO_COLOR.
if command -v script > /dev/null; then
	esc=$(printf '\033')
	script -qec "'$strc' --report false" /dev/null > "$tmp/tty.txt" 2>&1
	check "colour on a terminal" grep -q "$esc\[1;31mexited with 1" "$tmp/tty.txt"
	NO_COLOR=1 script -qec "'$strc' --report false" /dev/null > "$tmp/tty2.txt" 2>&1
	check "NO_COLOR: no colour" sh -c "! grep -q '$esc\[' '$tmp/tty2.txt'"
fi
finish report
