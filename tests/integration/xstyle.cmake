# -X raw, -X verbose and -e verbose=none in every decoder family, compared with strace 6.1:
# the constants decoders name (flags, commands, return value comments, socket addresses,
# capability masks, device numbers...) go through the shared printers, so -X applies to all.
# (fam_signal, fam_time, fam_mem and qual are in qualifiers.cmake.)

foreach(style raw verbose)
  compare(x${style}_file_basic OPTS -X ${style} CMD ${PROGS}/fam_file basic)
  compare(x${style}_file_stat OPTS -X ${style} -v CMD ${PROGS}/fam_file stat)
  compare(x${style}_proc OPTS -X ${style} CMD ${PROGS}/fam_proc)
  compare(x${style}_desc OPTS -X ${style} CMD ${PROGS}/fam_desc)
  compare(x${style}_ipc OPTS -X ${style} CMD ${PROGS}/fam_ipc)
  compare(x${style}_misc OPTS -X ${style} CMD ${PROGS}/fam_misc)
  compare(x${style}_sockopt OPTS -X ${style} CMD ${PROGS}/fam_sockopt)
  compare(x${style}_mount OPTS -X ${style} CMD ${PROGS}/fam_mount)
  compare(x${style}_mountapi OPTS -X ${style} CMD ${PROGS}/fam_mountapi)
  compare(x${style}_perf OPTS -X ${style} CMD ${PROGS}/fam_perf)
endforeach()
# fam_net's TCP ports: a base of its own per case, as the cases run in parallel
compare(xraw_net OPTS -X raw CMD ${PROGS}/fam_net 47600)
compare(xverbose_net OPTS -X verbose CMD ${PROGS}/fam_net 47700)
compare(xraw_newfd OPTS -X raw CMD ${PROGS}/fam_newfd)
compare(xverbose_newfd OPTS -X verbose CMD ${PROGS}/fam_newfd)

# -e verbose=none: structures and arrays as addresses, but select's returned sets printed
# and sendfile's offset shown once.
compare(verbose_none_desc OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_desc)
compare(verbose_none_net OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_net 47800)
compare(verbose_none_sockopt OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_sockopt)
compare(verbose_none_misc OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_misc)
# 1 of 137: prctl(PR_GET_SECCOMP) returns 2 under strc's in-kernel filter (on whenever
# -e trace= leaves calls out), which strace 6.1 does not install by default
compare(verbose_none_proc MIN 99 OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_proc)

# The values fam_xstyle makes decoders name by hand: futex operations and FUTEX_OP()
# fields, personality(2), PR_SET_PTRACER_ANY, a stopped child's wait status.
compare(fam_xstyle CMD ${PROGS}/fam_xstyle)
compare(xraw_xstyle OPTS -X raw CMD ${PROGS}/fam_xstyle)
compare(xverbose_xstyle OPTS -X verbose CMD ${PROGS}/fam_xstyle)
# Flags and commands read at the width the kernel reads them (int or long)
compare(argwidth OPTS -e trace=!execve CMD ${PROGS}/argwidth)
compare(xraw_argwidth OPTS -X raw -e trace=!execve CMD ${PROGS}/argwidth)
compare(xverbose_argwidth OPTS -X verbose -e trace=!execve CMD ${PROGS}/argwidth)
