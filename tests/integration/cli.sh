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

# expect_only NAME LINE ARGS...: status 1 and exactly LINE (then strace's "Try" line, if any)
expect_only() {
	what=$1 line=$2
	shift 2
	"$strc" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
	check "$what: status $status, want 1" [ "$status" -eq 1 ]
	check "$what: got '$(head -n 1 "$tmp/err")', want '$line'" \
		sh -c "head -n 1 '$tmp/err' | grep -qxF \"\$1\"" - "strc: $line"
	check "$what: one message" sh -c "sed '/^Try /d' '$tmp/err' | wc -l | grep -qx 1"
}

# strace's (glibc's) words for a long option given an argument it does not take
expect_only "--seccomp-bpf=yes" "option '--seccomp-bpf' doesn't allow an argument" --seccomp-bpf=yes true
expect_only "--follow-forks=1" "option '--follow-forks' doesn't allow an argument" --follow-forks=1 true
expect_only "--foll=1, abbreviated" "option '--follow-forks' doesn't allow an argument" --foll=1 true
expect_only "bad -s, colon" "invalid -s argument: 'x'" -s x true
expect_only "bad -a, colon" "invalid -a argument: 'x'" -a x true
expect_only "bad -I" "invalid -I argument: '5'" -I 5 true
expect_only "bad -I name" "invalid -I argument: 'sometimes'" -I sometimes true
expect_only "-D four times" "Too many -D's (4), maximum supported -D count is 3" -D -D -D -D true
expect_only "-DDDDD" "Too many -D's (5), maximum supported -D count is 3" -DDDDD true
expect_only "bad --daemonize" "invalid --daemonize argument: 'x'" --daemonize=x true
expect_only "-D and --daemonize" "-D and --daemonize cannot be provided simultaneously" \
	-D --daemonize=session true
# the whole -p list is checked before anything is attached: no attach message first
expect_only "-p PID,garbage" "Invalid process id: 'garbage'" -p 2147483646,garbage
expect_only "-p 0" "Invalid process id: '0'" -p 0

# -c's warnings about options it ignores: each once, in strace's order
"$strc" -c -i -k -n -r -t -T -y -o /dev/null true 2>"$tmp/err"
printf 'strc: %s has no effect with -c/--summary-only\n' -i/--instruction-pointer \
	-k/--stack-trace -n/--syscall-number -r/--relative-timestamps \
	-t/--absolute-timestamps -T/--syscall-times -y/--decode-fds >"$tmp/want"
check "-c warnings once each" cmp -s "$tmp/err" "$tmp/want"

# a command that cannot be executed: strace's message, and nothing of strc's own child
"$strc" /etc >"$tmp/out" 2>"$tmp/err"
status=$?
check "exec failure: status $status, want 1" [ "$status" -eq 1 ]
check "exec failure: the failed execve" grep -q '^execve("/etc", \["/etc"\], .* = -1 EACCES' "$tmp/err"
check "exec failure: strace's message" grep -qx 'strc: exec: Permission denied' "$tmp/err"
check "exec failure: no write or exit_group of strc's child" sh -c "! grep -Eq '^(write|exit_group)\(' '$tmp/err'"
check "exec failure: exit line last" sh -c "tail -n 1 '$tmp/err' | grep -qx '+++ exited with 1 +++'"

# -I: by number or name; 3 (never) and 4 (never_tstp) ignore the fatal signals, and 3 is
# strace's default with -o for a command it starts
for i in 3 never 4 never_tstp; do
	rm -f "$tmp/ran"
	"$strc" -I $i -e trace=none sh -c "kill -TERM \$PPID; echo ran >'$tmp/ran'" 2>/dev/null
	status=$?
	check "-I $i: SIGTERM ignored, status $status" [ "$status" -eq 0 -a -s "$tmp/ran" ]
done
rm -f "$tmp/ran"
"$strc" -o /dev/null -e trace=none sh -c "kill -TERM \$PPID; echo ran >'$tmp/ran'"
check "-o with a command: SIGTERM ignored by default" [ "$?" -eq 0 -a -s "$tmp/ran" ]
rm -f "$tmp/ran"
"$strc" -I never_tstp -e trace=none sh -c "kill -TSTP \$PPID; echo ran >'$tmp/ran'" 2>/dev/null
check "-I never_tstp: SIGTSTP ignored" [ "$?" -eq 0 -a -s "$tmp/ran" ]
# 1 and 2 let SIGTERM end the trace: the command's 30 s never run out
for i in 1 anywhere 2 waiting; do
	timeout 25 "$strc" -I $i -o /dev/null -e trace=none sh -c 'kill -TERM $PPID; exec sleep 30'
	status=$?
	check "-I $i: SIGTERM interrupts (status $status)" [ "$status" -ne 124 -a "$status" -ne 1 ]
done

# -d tells what strc does
"$strc" -d -o /dev/null true 2>"$tmp/err"
check "-d: debug lines" grep -Eq '^strc: new tracee for pid [0-9]+, active tracees: 1$' "$tmp/err"
"$strc" --debug -o /dev/null true 2>"$tmp/err"
check "--debug: debug lines" grep -q '^strc: in-kernel seccomp filter ' "$tmp/err"

# -D: strace says it attached to its parent; -o for a command is quiet about attaching
"$strc" -D -e trace=none true 2>"$tmp/err"
check "-D: attach line" grep -Eq '^strc: Process [0-9]+ attached$' "$tmp/err"
"$strc" -f -o /dev/null sh -c '/bin/true & wait' 2>"$tmp/err"
check "-f -o: no attach lines" sh -c "! grep -q attached '$tmp/err'"
"$strc" -f -o /dev/null -e quiet=exit sh -c '/bin/true & wait' 2>"$tmp/err"
check "-f -o -e quiet=exit: attach lines" grep -q attached "$tmp/err"

# a path longer than PATH_MAX: strace prints PATH_MAX - 1 bytes, then "..."
long=$(printf '%4096s' '' | tr ' ' a)
"$strc" -e trace=openat -o "$tmp/t" cat "$long" 2>/dev/null
check "long path cut at 4095 bytes" grep -q "\"$(printf '%4095s' '' | tr ' ' a)\"\.\.\., O_RDONLY" "$tmp/t"
"$strc" -e trace=openat -o "$tmp/t" cat "${long%a}" 2>/dev/null
check "4095-byte path whole" grep -q "\"${long%a}\", O_RDONLY" "$tmp/t"

# trace= by number (each personality's own table) and by personality, as strace 7.2
"$strc" -e trace=59 -o "$tmp/t" true
check "trace=59 is execve on x86_64" sh -c "grep -v '^+++' '$tmp/t' | grep -c . | grep -qx 1 && grep -q '^execve(' '$tmp/t'"
expect_only "trace=9999" "invalid system call '9999'" -e trace=9999 true
"$strc" -e 'trace=!59,exit_group' -o "$tmp/t" true
check "trace=!59: no execve" sh -c "! grep -q '^execve(' '$tmp/t'"
for w in execve@32 all@32 exit_group@x32; do
	"$strc" -e trace=$w -o "$tmp/t" true
	check "trace=$w: nothing of a 64-bit program" sh -c "grep -v '^+++' '$tmp/t' | grep -c . | grep -qx 0"
done
"$strc" -e trace=%process@64 -o "$tmp/t" true
check "trace=%process@64" grep -q '^exit_group(0)' "$tmp/t"

# strace 7.2's newer options and spellings
"$strc" -F -o /dev/null true 2>"$tmp/err"
check "-F deprecated" grep -qx 'strc: option -F is deprecated, please use -f/--follow-forks instead' "$tmp/err"
for o in --silent --silence=attach --failing-only --color=never --color=auto; do
	"$strc" $o -o /dev/null true 2>"$tmp/err"
	check "$o accepted: status $?, '$(head -n 1 "$tmp/err")'" [ ! -s "$tmp/err" ]
done
expect_only "bad --color" "invalid --color argument: 'bad'" --color=bad true
expect_only "bad --syscall-limit" "invalid --syscall-limit argument: '0'" --syscall-limit=0 true
expect_only "bad --stack-trace" "invalid --stack-trace argument: 'x'" --stack-trace=x true
expect_only "--namespace=bad" "invalid -e namespace= argument: 'bad'" --namespace=bad true
expect_only "namespace=new,new" "invalid -e namespace= argument: 'new,new'" -e namespace=new,new true
expect_only "bad kvm=" "invalid -e kvm= argument: 'VCPU'" -e kvm=VCPU true
expect_only "--kvm needs a value" "invalid -e kvm= argument: 'true'" --kvm true
for o in "-e namespace=new" --namespace=new --namespace "-e kvm=vcpu" --kvm=vcpu; do
	"$strc" $o -o /dev/null true 2>"$tmp/err"
	check "$o accepted: '$(head -n 1 "$tmp/err")'" [ ! -s "$tmp/err" ]
done
# --decode-pids= is a word list as strace 7.2 reads it; all and none only alone
expect_only "decode-pids bad word" "invalid decode-pids 'foo'" --decode-pids=comm,foo true
expect_only "decode-pids all in a list" "invalid decode-pids 'all'" --decode-pids=pidns,all true
expect_only "quiet none in a list" "invalid quiet 'none'" -e quiet=none,exit true
for v in all none '!comm' COMM comm,pidns; do
	"$strc" --decode-pids=$v -o /dev/null true 2>"$tmp/err"
	check "--decode-pids=$v accepted: '$(head -n 1 "$tmp/err")'" [ ! -s "$tmp/err" ]
done
# each of -Y, --pidns-translation, --decode-pids= replaces the set: the last one counts
"$strc" --decode-pids=comm,pidns --pidns-translation -e trace=getppid -o "$tmp/t" sh -c 'exit 0' 2>/dev/null
check "--pidns-translation after comm: no names ($(head -n 1 "$tmp/t"))" \
	grep -q '^getppid() *= [0-9]*$' "$tmp/t"
"$strc" --pidns-translation -Y -e trace=getppid -o "$tmp/t" sh -c 'exit 0' 2>/dev/null
check "-Y last: names ($(head -n 1 "$tmp/t"))" grep -q '^getppid() *= [0-9]*<' "$tmp/t"
expect_only "-kkk" "Too many -k options" -kkk true
expect_only "--stack-trace=source -k" "Too many -k options" --stack-trace=source -k true
"$strc" -kk --stack-trace=symbol -k -o /dev/null true 2>"$tmp/err"
check "--stack-trace=symbol sets -k's count back to one: '$(head -n 1 "$tmp/err")'" [ ! -s "$tmp/err" ]
expect_only "bad --strings-in-hex" "invalid --strings-in-hex argument: 'x'" --strings-in-hex=x true
expect_only "-x with --strings-in-hex" "-x and --strings-in-hex cannot be provided simultaneously" \
	-x --strings-in-hex true
"$strc" --argv0=renamed -e trace=execve -o "$tmp/t" true
check "--argv0" grep -q '^execve("/usr/bin/true", \["renamed"\]' "$tmp/t"
"$strc" --always-show-pid -e trace=exit_group -o "$tmp/t" true
check "--always-show-pid" grep -Eq '^[0-9]+ +exit_group\(0\)' "$tmp/t"
# the limit lets everything go on untraced, the command finishes, strc exits 0
"$strc" --syscall-limit=2 -e trace=write -o "$tmp/t" sh -c 'echo a; echo b; echo c; exit 3' >"$tmp/out" 2>"$tmp/err"
status=$?
check "--syscall-limit: status $status, want 0" [ "$status" -eq 0 ]
check "--syscall-limit: two calls" sh -c "grep -c '^write(' '$tmp/t' | grep -qx 2"
check "--syscall-limit: message" grep -qx 'strc: System call limit has been reached, detaching tracees' "$tmp/err"
printf 'hi\001\n' >"$tmp/bin"
for x in "--strings-in-hex=non-ascii-chars:hi\\x01\\n" "--strings-in-hex=none:hi\\1\\n" \
	"--strings-in-hex:\\x68\\x69\\x01\\x0a" "-xxx:\\x68\\x69\\x01\\x0a"; do
	"$strc" ${x%%:*} -e trace=read -e signal=none -o "$tmp/t" cat "$tmp/bin" >/dev/null
	check "${x%%:*}" grep -qF ", \"${x#*:}\", " "$tmp/t"
done

# -u UID:GID: those ids, no supplementary groups, no name looked up (needs root)
expect_only "bad -u pair" "Invalid UID:GID pair '1:x'" -u 1:x true
if [ "$(id -u)" = 0 ]; then
	"$strc" -u 65534:65534 -o /dev/null id >"$tmp/out"
	check "-u 65534:65534: '$(cat "$tmp/out")'" grep -q '^uid=65534.* gid=65534' "$tmp/out"
	check "-u UID:GID: no other groups" grep -Eq 'groups=65534(\([a-z]*\))?$' "$tmp/out"
fi

# in a fresh pid namespace the command gets pid 3, as under strace 7.2 (strc is 1, its one
# probe child 2); only where unshare may make one
if unshare -pf --mount-proc true 2>/dev/null; then
	unshare -pf --mount-proc "$strc" -e trace=getpid -o "$tmp/t" sh -c 'echo $$' >"$tmp/out"
	check "pid in a new namespace: '$(cat "$tmp/out")', want 3" grep -qx 3 "$tmp/out"
	check "pid in a new namespace: getpid" grep -q '^getpid() *= 3$' "$tmp/t"
fi

# -o '|CMD' and '!CMD': the trace goes through CMD, which has finished when strc exits
"$strc" -o "|tr a-z A-Z >'$tmp/piped'" -e trace=exit_group true
check "-o '|cmd'" grep -qx 'EXIT_GROUP(0) *= ?' "$tmp/piped"
"$strc" -o "!sed s/^/x/ >'$tmp/piped'" -e trace=exit_group true
check "-o '!cmd'" grep -q '^xexit_group(0)' "$tmp/piped"
check "-o '|cmd': no file of that name" [ ! -e "|tr a-z A-Z >'$tmp/piped'" ]
expect_only "-ff with a pipe" "piping the output and -ff/--output-separately are mutually exclusive" \
	-ff -o '|cat' true

# -U/-S wall-total|wall-min|wall-max|wall-avg (strace 7.2): wall-clock time whatever -w says
"$strc" -c -U name,wall-total,wall-min,wall-max,wall-avg,calls -S wall-max -e trace=write \
	-o "$tmp/c.txt" sh -c 'echo a; echo b' >/dev/null
check "-U wall-*: header" grep -qx 'syscall           wall-total wall-min wall-max    wall-avg     calls' "$tmp/c.txt"
check "-U wall-*: row" grep -Eq '^write +[0-9]+\.[0-9]{6} [0-9]\.[0-9]{6} [0-9]\.[0-9]{6} +[0-9]+ +2$' "$tmp/c.txt"

# --tips: a tip on stderr at the end, chosen by id (counted round), none with format:none
"$strc" --tips=id:1 -o /dev/null true 2>"$tmp/err"
check "--tips=id:1: a boxed tip" grep -Eq '^  \| -y .* \|$' "$tmp/err"
"$strc" --tips=id:9,format:full -o /dev/null true 2>"$tmp/err"
check "--tips=id:9 is tip 1, full" grep -q '^  strc tip 1 of 8;' "$tmp/err"
"$strc" --tips=format:none -o /dev/null true 2>"$tmp/err"
check "--tips=format:none: nothing" [ ! -s "$tmp/err" ]
expect_only "bad --tips" "invalid --tips argument: 'id:-1'" --tips=id:-1 true

"$strc" -N -e trace=exit_group -o "$tmp/t" true
check "-N names the arguments" grep -q '^exit_group(status=0)' "$tmp/t"
"$strc" -e kvm=vcpu+ -e trace=exit_group -o "$tmp/t" true
check "-e kvm=vcpu+ accepted" grep -q '^exit_group(0)' "$tmp/t"
expect_only "bad -e kvm=" "invalid -e kvm= argument: 'vcpu++'" -e kvm=vcpu++ true

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
