#!/bin/sh
# kvm_ff.sh STRC KVMEXITS: -e kvm=vcpu+ with -ff -o: strace 7.2 leaves the process's file
# as if a line were still open after the structure's two lines, so the next line of that
# process (the next call, the exit line) comes after " <unfinished ...>" on a line of its
# own. The log must be what tests/progs/kvmexits.c expects, with that line after each
# " VCPU:0> ..." line. Skipped (77) where /dev/kvm cannot be used.
strc=$1 prog=$2
[ -r /dev/kvm ] && [ -w /dev/kvm ] || exit 77
dir=$(mktemp -d) || exit 2
trap 'rm -rf "$dir"' EXIT
(cd "$dir" && "$strc" -ff -o log -e trace=ioctl -e kvm=vcpu+ "$prog" abbrev > expected)
status=$?
[ $status -eq 77 ] && exit 77
[ $status -eq 0 ] || { echo "kvmexits under strc exited with $status"; exit 1; }
set -- "$dir"/log.*
[ $# -eq 1 ] && [ -f "$1" ] || { echo "not one log file: $*"; exit 1; }
sed '/^ VCPU:0> /a\
 <unfinished ...>' "$dir/expected" > "$dir/want"
grep -q '^ <unfinished \.\.\.>$' "$dir/want" || { echo "no structure line expected"; exit 1; }
diff -u "$dir/want" "$1" || exit 1
echo "the -ff log has the structures and their open lines"
