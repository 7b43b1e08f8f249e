# Decoding parity, second part (issue 3): structured socket options, the new mount API and
# the newer descriptor-returning calls, each program compared line for line with strace 6.1.
compare(fam_sockopt CMD ${PROGS}/fam_sockopt)
# -v: the SO_ATTACH_FILTER program shows as BPF_STMT(...) instructions (src/decode/cbpf.c)
compare(fam_sockopt_v OPTS -v CMD ${PROGS}/fam_sockopt)
compare(fam_sockopt_s8 OPTS -s 8 -e trace=%network CMD ${PROGS}/fam_sockopt)
compare(fam_sockopt_x OPTS -x -e trace=setsockopt,getsockopt CMD ${PROGS}/fam_sockopt)
# The new mount API in a mount namespace of its own (as root most calls succeed; the error
# lines cover EINVAL, EBADF, EFAULT, ENOENT and unknown flags and commands).
compare(fam_mountapi CMD ${PROGS}/fam_mountapi)
compare(fam_mountapi_v OPTS -v CMD ${PROGS}/fam_mountapi)
compare(fam_mountapi_s8 OPTS -s 8 CMD ${PROGS}/fam_mountapi)
# io_uring_setup and landlock. The kernel reports io_uring features newer than strace 6.1,
# which prints them as 0x3e000; strc names them as current strace does, and compare.py reads
# strace's log with those names (NEWER_FLAGS).
compare(fam_newfd CMD ${PROGS}/fam_newfd)
compare(fam_newfd_y OPTS -y CMD ${PROGS}/fam_newfd)
compare(fam_newfd_landlock OPTS -y -e trace=/^landlock CMD ${PROGS}/fam_newfd)
# perf_event_open: the short form of struct perf_event_attr (-v, the full form, not yet).
compare(fam_perf CMD ${PROGS}/fam_perf)
compare(fam_perf_s8 OPTS -s 8 -e trace=perf_event_open CMD ${PROGS}/fam_perf)
# The socket options that describe the peer or the socket (issue 14): SO_PEERCRED cut short,
# SO_PEERPIDFD and IP_PROTOCOL, which strace 6.1 does not name (compare.py: sockopt_newer).
compare(fam_peercred CMD ${PROGS}/fam_peercred)
compare(fam_peercred_xv OPTS -X verbose CMD ${PROGS}/fam_peercred)
