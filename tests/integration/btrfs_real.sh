#!/bin/sh
# btrfs_real.sh: btrfs's ioctls on a real btrfs: a small file system made on a loop device
# (mkfs.btrfs from btrfs-progs), mounted, given a subvolume, a file and a read-only
# snapshot; then btrfs-progs' commands that only read it (search, space and device info,
# device stats, inode paths, balance and replace status) and `fam_btrfs real` (each reading
# request once, features and scrub progress too) run under strc and under strace
# (compare.py, its command given to this script), their ioctl lines compared, plain and with
# -v (and -X for fam_btrfs). Skipped (77) where the file system cannot be made: not root, no
# btrfs-progs, no loop device or no btrfs in the kernel.
#
#   btrfs_real.sh FAM_BTRFS COMPARE-COMMAND...
#   (build/tests/progs/fam_btrfs python3 tests/compare.py --strc build/strc)

skip() {
	echo "btrfs_real: skipped: $1"
	exit 77
}

fam_btrfs=$1
shift
[ "$(id -u)" = 0 ] || skip "not root"
for tool in mkfs.btrfs btrfs losetup mount umount; do
	command -v "$tool" >/dev/null 2>&1 || skip "no $tool"
done

. "$(dirname "$0")/lib.sh"
loop=
mnt=$tmp/mnt
cleanup() {
	umount "$mnt" 2>/dev/null
	[ -n "$loop" ] && losetup -d "$loop" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

truncate -s 256M "$tmp/img" || skip "no room for an image"
loop=$(losetup -f --show "$tmp/img" 2>/dev/null) || skip "no loop device"
# a fixed uuid and label: the same lines in every run of the test
mkfs.btrfs -q -f -U 6b1a7c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b -L strc-test "$loop" >/dev/null 2>&1 ||
	skip "mkfs.btrfs failed"
mkdir "$mnt"
mount -t btrfs "$loop" "$mnt" 2>/dev/null || skip "btrfs cannot be mounted here"
btrfs -q subvolume create "$mnt/sub" >/dev/null &&
	printf 'hello\n' > "$mnt/sub/file" &&
	btrfs -q subvolume snapshot -r "$mnt/sub" "$mnt/snap" >/dev/null &&
	sync || skip "the file system could not be filled"

same() {	# same OPTION... -- COMMAND...: every ioctl line as strace prints it
	"$@" >"$tmp/out" 2>&1
	status=$?
	[ $status -eq 77 ] && skip "$(tail -n 1 "$tmp/out")"	# no strace to compare with
	[ $status -ne 0 ] && cat "$tmp/out"
	return $status
}

for opts in "" "-v"; do
	for cmd in "btrfs filesystem df $mnt" "btrfs filesystem usage $mnt" \
		"btrfs device stats $mnt" "btrfs device usage $mnt" \
		"btrfs subvolume list $mnt" "btrfs subvolume show $mnt/sub" \
		"btrfs inspect-internal inode-resolve 257 $mnt/sub" \
		"btrfs inspect-internal rootid $mnt/snap" "btrfs balance status $mnt" \
		"btrfs replace status -1 $mnt" "btrfs filesystem label $mnt" \
		"btrfs property get $mnt/snap ro"; do
		# shellcheck disable=SC2086
		check "$cmd [$opts]" same "$@" $opts -e trace=ioctl -- $cmd
	done
done
for opts in "" "-v" "-X raw" "-X verbose"; do
	# shellcheck disable=SC2086
	check "fam_btrfs real [$opts]" same "$@" $opts -e trace=ioctl -- "$fam_btrfs" real "$mnt"
done
finish btrfs_real
