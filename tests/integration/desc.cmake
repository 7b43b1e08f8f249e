# Descriptors and I/O (issue 3): tests/progs/fam_desc makes the family's calls with varied
# arguments and errors; the other cases are real programs. -yy only where the output holds
# no inode numbers (pipes and sockets print theirs, which change from run to run).
compare(fam_desc CMD ${PROGS}/fam_desc)
# pipes print their inode numbers, which change from run to run: compare.py masks them
compare(fam_desc_y OPTS -y CMD ${PROGS}/fam_desc)
compare(fam_desc_yy OPTS -yy CMD ${PROGS}/fam_desc)
compare(fam_sockopt_yy OPTS -yy CMD ${PROGS}/fam_sockopt)
# -v: the first execve prints its whole environment, which process.c still cuts at -s
compare(fam_desc_v OPTS -v CMD ${PROGS}/fam_desc)
compare(fam_desc_s4 OPTS -s 4 CMD ${PROGS}/fam_desc)
compare(fam_desc_s0 OPTS -s 0 CMD ${PROGS}/fam_desc)
compare(fam_desc_xx OPTS -xx -e trace=%desc CMD ${PROGS}/fam_desc)
compare(fam_desc_dump OPTS -e read=3 -e write=3,5 CMD ${PROGS}/fam_desc)
compare(fam_desc_dev OPTS -e decode-fds=dev -e trace=openat,ioctl,close CMD ${PROGS}/fam_desc)
compare(desc_yy_cat OPTS -yy -e trace=openat,read,fstat CMD cat /etc/os-release /dev/null)
compare(desc_dd OPTS -y -e trace=openat,dup2,lseek,read,write,fstat CMD dd if=/dev/zero of=/dev/null bs=1k count=10 status=none)
compare(desc_tail CMD tail -n 3 /etc/os-release)
compare(desc_sort_dump OPTS -e trace=%desc -e read=3 -e write=1 CMD sort /etc/os-release)
# --decode-fds's set as strace 7.2 reads it, and its eventfd and signalfd details
add_test(NAME decode_fds COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/decode_fds.sh
  $<TARGET_FILE:strc> ${PROGS})
set_tests_properties(decode_fds PROPERTIES TIMEOUT 60)
# What strace 6.1 cannot print: the program says what 7.2 prints (tests/expect.py)
expect(fdinfo72_yy OPTS -yy -e trace=eventfd2,signalfd4,readv,writev,fcntl CMD ${PROGS}/fdinfo72)
expect(fdinfo72_kinds OPTS --decode-fds=eventfd,signalfd -e trace=eventfd2,signalfd4,readv,writev,fcntl
  CMD ${PROGS}/fdinfo72)
