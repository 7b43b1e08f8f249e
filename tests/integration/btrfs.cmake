# btrfs's ioctl requests (fam_btrfs): what the caller passes, refused by /dev/null, and
# under `-e inject=ioctl:retval=0` what strace reads back at exit, compared with strace
# plain and under the options that change their shape (-v: search results, arrays and
# paths; -X; -s, which the fixed-size names ignore). Names newer than strace 6.1 are read
# as 7.2 prints them by tests/newer_btrfs.py.
compare(fam_btrfs OPTS -e trace=ioctl CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_v OPTS -v -e trace=ioctl CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_raw OPTS -X raw -e trace=ioctl CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_xverbose OPTS -X verbose -e trace=ioctl CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_inject OPTS -e trace=ioctl -e inject=ioctl:retval=0 CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_inject_v OPTS -v -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_inject_raw OPTS -X raw -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_inject_xverbose OPTS -X verbose -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_btrfs)
compare(fam_btrfs_inject_s2 OPTS -s 2 -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_btrfs dev ino subvol)
# -yy: the descriptors inside the send and volume arguments are decorated as the call's own
compare(fam_btrfs_yy OPTS -yy -e trace=ioctl CMD ${PROGS}/fam_btrfs subvol volumes)
# A real btrfs on a loop device, btrfs-progs' commands that read it and `fam_btrfs real`
# (root only; skipped
# without btrfs-progs, a loop device or btrfs in the kernel).
add_test(NAME btrfs.real COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/btrfs_real.sh
  ${PROGS}/fam_btrfs ${COMPARE})
set_tests_properties(btrfs.real PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
