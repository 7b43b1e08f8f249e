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
# evdev's bit sets: strace shows as many bytes of a set as the call returned
compare(fam_ioctl3_evbits OPTS -e trace=ioctl -e inject=ioctl:retval=8 CMD ${PROGS}/fam_ioctl3 evbits)
compare(fam_ioctl3_evbits_v OPTS -v -e trace=ioctl -e inject=ioctl:retval=16
  CMD ${PROGS}/fam_ioctl3 evbits)
compare(fam_ioctl3_evbits_raw OPTS -X raw -e trace=ioctl -e inject=ioctl:retval=12
  CMD ${PROGS}/fam_ioctl3 evbits)
compare(fam_ioctl3_evbits_xverbose OPTS -X verbose -e trace=ioctl -e inject=ioctl:retval=1
  CMD ${PROGS}/fam_ioctl3 evbits)
# hdio's "nice" bits: 6.1 spelled 1 << IDE_NICE_..., compare.py reads it as 7.2's 1<<IDE_NICE_...
# What strace 6.1 cannot decode at all (pidfd, seccomp notification): fam_ioctl72 prints the
# lines strace 7.2 prints (tests/expect.py), plain and with the calls injected to succeed.
expect(ioctl72 OPTS -e trace=ioctl CMD ${PROGS}/fam_ioctl72 abbrev)
expect(ioctl72_raw OPTS -X raw -e trace=ioctl CMD ${PROGS}/fam_ioctl72 raw)
expect(ioctl72_verbose OPTS -X verbose -e trace=ioctl CMD ${PROGS}/fam_ioctl72 verbose)
expect(ioctl72_inject OPTS -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_ioctl72 abbrev inject)
expect(ioctl72_inject_raw OPTS -X raw -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_ioctl72 raw inject)
expect(ioctl72_inject_verbose OPTS -X verbose -e trace=ioctl -e inject=ioctl:retval=0
  CMD ${PROGS}/fam_ioctl72 verbose inject)
