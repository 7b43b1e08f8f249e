# Every x86_64 syscall that is safe to call with bogus arguments (tests/progs/sweep.c), each
# with fixed argument patterns, compared line for line with strace 6.1.
#
# The MIN below 100 is strace 6.1 being older than the kernel: the 20 calls numbered 451 and
# up (cachestat, fchmodat2, map_shadow_stack, futex_wake, futex_wait, futex_requeue,
# statmount, listmount, lsm_get_self_attr, lsm_set_self_attr, lsm_list_modules, mseal,
# setxattrat, getxattrat, listxattrat, removexattrat, open_tree_attr, file_getattr,
# file_setattr, listns, rseq_slice_yield) print as syscall_0x1c3(...) there and by name in
# strc: 118 of the 2011 lines (5.9%). perf_event_open's PERF_ATTR_SIZE_VER8 (Linux 6.3) is
# one more. The rest of the gap is listed as work left in the report of the sweep (issue 3).
compare(sweep MIN 89 CMD ${PROGS}/sweep)
compare(sweep_v MIN 89 OPTS -v CMD ${PROGS}/sweep)
compare(sweep_xraw MIN 90 OPTS -X raw CMD ${PROGS}/sweep)
