#!/bin/sh
# decode_fds.sh STRC PROGS: --decode-fds (and -e decode-fds=) read as strace 7.2 reads the
# set, with its message for a bad one, and what eventfd and signalfd print (strace 6.1,
# what CI has, knows neither, so the comparison cases check them against 7.2 only).
strc=$1 progs=$2
. "$(dirname "$0")/lib.sh"

# bad VALUE WORD: status 1 and strace's one line naming WORD
bad() {
	"$strc" --decode-fds="$1" -o /dev/null true 2>"$tmp/err"
	status=$?
	check "--decode-fds='$1': status $status, want 1" [ "$status" -eq 1 ]
	check "--decode-fds='$1': got '$(cat "$tmp/err")'" \
		sh -c "grep -qxF \"strc: invalid decode-fds '\$1'\" '$tmp/err' && [ \$(wc -l <'$tmp/err') -eq 1 ]" - "$2"
}

# good VALUE: accepted, the command runs
good() {
	"$strc" -e decode-fds="$1" -o /dev/null true 2>"$tmp/err"
	status=$?
	check "-e decode-fds='$1': status $status, want 0 ($(cat "$tmp/err"))" [ "$status" -eq 0 ]
}

for v in eventfd signalfd path,eventfd,signalfd '!eventfd' '!!signalfd' PATH EventFD \
	'!,path' 'path,' ',path,,dev' all '!all' none '!none'; do
	good "$v"
done
bad bogus bogus
bad '' ''
bad , ,
bad ! !
bad 'path,all' all
bad 'none,path' none
bad '!ALL' ALL
bad 'path,!dev' '!dev'
bad ' path' ' path'

# what each kind prints: fam_desc makes an eventfd of count 5 and a signalfd of USR1 CHLD
# (their numbers depend on the descriptors the test runner left open)
trace() {
	"$strc" -o "$tmp/t" "$@" -e trace=eventfd2,signalfd4,read "$progs/fam_desc" >/dev/null
}
ev='= [0-9]+<{eventfd-count=0x5, eventfd-id=[0-9]+(, eventfd-semaphore=0)?}>$'
sig='= [0-9]+<signalfd:\[USR1 CHLD\]>$'
trace -yy
check "-yy: eventfd" grep -Eq "^eventfd2\(5, EFD_CLOEXEC\|EFD_NONBLOCK\) +$ev" "$tmp/t"
check "-yy: the count read at entry" grep -Eq '^read\([0-9]+<\{eventfd-count=0x5, ' "$tmp/t"
check "-yy: signalfd" grep -Eq "^signalfd4\(-1, \[USR1 CHLD\], 8, SFD_NONBLOCK\) +$sig" "$tmp/t"
trace --decode-fds=eventfd
check "eventfd alone: eventfd" grep -Eq "$ev" "$tmp/t"
check "eventfd alone: no signalfd" grep -Eq '^signalfd4\(-1, \[USR1 CHLD\], 8, SFD_NONBLOCK\) += [0-9]+$' "$tmp/t"
trace --decode-fds=signalfd
check "signalfd alone: signalfd" grep -Eq "$sig" "$tmp/t"
check "signalfd alone: no eventfd" grep -Eq '^eventfd2\(5, .*= [0-9]+$' "$tmp/t"
trace --decode-fds='!eventfd,signalfd'
check "!eventfd,signalfd: the path of an eventfd" grep -Eq '^eventfd2\(5, .*= [0-9]+<anon_inode:\[eventfd\]>$' "$tmp/t"
check "!eventfd,signalfd: the path of a signalfd" grep -Eq 'SFD_NONBLOCK\) += [0-9]+<anon_inode:\[signalfd\]>$' "$tmp/t"
trace -y
check "-y: the path" grep -Eq 'SFD_NONBLOCK\) += [0-9]+<anon_inode:\[signalfd\]>$' "$tmp/t"

finish decode_fds
