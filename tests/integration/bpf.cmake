# BPF (issue 3): bpf(2) attributes, classic BPF programs (SO_ATTACH_FILTER, seccomp) and
# perf_event_open, each compared line for line with strace 6.1.
compare(fam_bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_y OPTS -y -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_s4 OPTS -s 4 -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_xraw OPTS -X raw -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_xverbose OPTS -X verbose -e trace=bpf CMD ${PROGS}/fam_bpf)
