# Decoding parity, second part (issue 3): structured socket options, the new mount API and
# the newer descriptor-returning calls, each program compared line for line with strace 6.1.
compare(fam_sockopt CMD ${PROGS}/fam_sockopt)
# -v: strace 6.1 decodes the SO_ATTACH_FILTER program (BPF_STMT(...)); strc prints its address
compare(fam_sockopt_v MIN 99 OPTS -v CMD ${PROGS}/fam_sockopt)
compare(fam_sockopt_s8 OPTS -s 8 -e trace=%network CMD ${PROGS}/fam_sockopt)
compare(fam_sockopt_x OPTS -x -e trace=setsockopt,getsockopt CMD ${PROGS}/fam_sockopt)
