# BPF (issue 3): bpf(2) attributes, classic BPF programs (SO_ATTACH_FILTER, seccomp) and
# perf_event_open, each compared line for line with strace 6.1.
compare(fam_bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_y OPTS -y -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_s4 OPTS -s 4 -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_xraw OPTS -X raw -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_xverbose OPTS -X verbose -e trace=bpf CMD ${PROGS}/fam_bpf)
# Classic BPF: SO_ATTACH_FILTER's program and a seccomp filter that a forked child installs
# with seccomp(2) and prctl; the instructions show with -v and -e abbrev=none.
compare(fam_bpf_cbpf OPTS -f CMD ${PROGS}/fam_bpf cbpf)
compare(fam_bpf_cbpf_v OPTS -f -v CMD ${PROGS}/fam_bpf cbpf)
compare(fam_bpf_cbpf_abbrev OPTS -f -e abbrev=none -e trace=setsockopt,seccomp,prctl CMD ${PROGS}/fam_bpf cbpf)
compare(fam_bpf_cbpf_xraw OPTS -f -v -X raw -e trace=setsockopt,seccomp,prctl CMD ${PROGS}/fam_bpf cbpf)
compare(fam_bpf_cbpf_xverbose OPTS -f -v -X verbose -e trace=setsockopt,seccomp,prctl CMD ${PROGS}/fam_bpf cbpf)
