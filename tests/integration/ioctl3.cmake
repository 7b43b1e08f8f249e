# The device and file ioctl families of fam_ioctl3 (file ranges and labels, evdev, ...),
# compared with strace plain and under the options that change their shape; under
# `-e inject=ioctl:retval=0` the calls "succeed", so what strace reads back at exit shows.
compare(fam_ioctl3 OPTS -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
compare(fam_ioctl3_v OPTS -v -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
compare(fam_ioctl3_raw OPTS -X raw -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
compare(fam_ioctl3_xverbose OPTS -X verbose -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
compare(fam_ioctl3_s1 OPTS -s 1 -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
compare(fam_ioctl3_inject OPTS -e trace=ioctl -e inject=ioctl:retval=0 CMD ${PROGS}/fam_ioctl3)
compare(fam_ioctl3_inject_v OPTS -v -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_ioctl3)
# hdio's "nice" bits: 6.1 spelled 1 << IDE_NICE_..., compare.py reads it as 7.2's 1<<IDE_NICE_...
