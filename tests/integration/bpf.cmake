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
# perf_event_open under -v: the whole struct perf_event_attr, as far as its size reaches.
compare(fam_perf_v OPTS -v CMD ${PROGS}/fam_perf)
compare(fam_perf_full CMD ${PROGS}/fam_perf full)
compare(fam_perf_full_v OPTS -v CMD ${PROGS}/fam_perf full)
compare(fam_perf_full_xverbose OPTS -v -X verbose -e trace=perf_event_open CMD ${PROGS}/fam_perf full)
# A size past the kernel's: it writes back its own, 136, which strace 6.1 prints as
# 0x88 /* PERF_ATTR_SIZE_??? */ and current strace (and strc) as PERF_ATTR_SIZE_VER8
# (Linux 6.3); compare.py's NEWER_NAMES reads strace 6.1's line as current strace's.
compare(fam_perf_e2big OPTS -v CMD ${PROGS}/fam_perf e2big)
# The struct's tail past what 6.1 read (aux bits, config3, config4): 6.1's reserved word and
# "..." translated by compare.py (tests/newer_families.py), config3/config4 checked with 7.x.
compare(fam_perf_tail_v OPTS -v -e trace=perf_event_open CMD ${PROGS}/fam_perf tail)
compare(fam_perf_tail_xraw OPTS -v -X raw -e trace=perf_event_open CMD ${PROGS}/fam_perf tail)
compare(fam_perf_tail_xverbose OPTS -v -X verbose -e trace=perf_event_open CMD ${PROGS}/fam_perf tail)
# -v: BPF_PROG_LOAD's eBPF instructions, the map's info at exit, the bytes past the
# layout as extra_data.
compare(fam_bpf_v OPTS -v CMD ${PROGS}/fam_bpf)
compare(fam_bpf_v_xraw OPTS -v -X raw -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_v_xverbose OPTS -v -X verbose -e trace=bpf CMD ${PROGS}/fam_bpf)
compare(fam_bpf_v_y OPTS -v -y -e trace=bpf CMD ${PROGS}/fam_bpf)
# The attributes strace 6.1 does not decode at all (link_create's unions by attach type,
# ifindex and id targets, the commands from BPF_ENABLE_STATS on, fields past 6.1's layouts):
# the program prints what strace 7.2 prints (tests/expect.py), checked with 7.x where at hand.
expect(bpf72_unions OPTS -e trace=bpf CMD ${PROGS}/fam_bpf72 abbrev)
expect(bpf72_unions_raw OPTS -X raw -e trace=bpf CMD ${PROGS}/fam_bpf72 raw)
expect(bpf72_unions_verbose OPTS -X verbose -e trace=bpf CMD ${PROGS}/fam_bpf72 verbose)
