# --color (strace 7.2's escapes, STRACE_COLORS, NO_COLOR, the terminal decision, the
# report's colour) and -N/--arg-names: expectations of the test's own, checked against
# strace 7.2; compared with STRC_REFERENCE_STRACE too when that strace has --color.
add_test(NAME colour COMMAND ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/colour.py $<TARGET_FILE:strc> ${PROGS}/colour)
set_tests_properties(colour PROPERTIES TIMEOUT 120)
# -N compared with the reference strace (skipped with 6.1, which has no -N)
compare(argnames_file OPTS -N CMD ${PROGS}/fam_file basic)
compare(argnames_desc OPTS -N CMD ${PROGS}/fam_desc)
compare(argnames_time OPTS -N CMD ${PROGS}/fam_time)
compare(argnames_ipc OPTS -N CMD ${PROGS}/fam_ipc)
compare(argnames_signal OPTS -N CMD ${PROGS}/fam_signal)
# -N on every other family program: second-level names (prctl's sub-operations, ioctl's
# requests), the names strace 7.2 prints twice (times, get_thread_area)
compare(argnames_proc OPTS -N CMD ${PROGS}/fam_proc)
compare(argnames_mem OPTS -N CMD ${PROGS}/fam_mem)
compare(argnames_mem_mseal OPTS -N CMD ${PROGS}/fam_mem mseal)
compare(argnames_misc OPTS -N CMD ${PROGS}/fam_misc)
compare(argnames_prctl OPTS -N CMD ${PROGS}/fam_prctl)
compare(argnames_bpf OPTS -N CMD ${PROGS}/fam_bpf)
compare(argnames_cbpf OPTS -N CMD ${PROGS}/fam_bpf cbpf)
compare(argnames_perf OPTS -N CMD ${PROGS}/fam_perf)
compare(argnames_numa OPTS -N CMD ${PROGS}/fam_numa)
compare(argnames_sockopt OPTS -N CMD ${PROGS}/fam_sockopt)
compare(argnames_newfd OPTS -N CMD ${PROGS}/fam_newfd)
compare(argnames_mount OPTS -N CMD ${PROGS}/fam_mount)
compare(argnames_mountapi OPTS -N CMD ${PROGS}/fam_mountapi)
compare(argnames_ipcinfo OPTS -N CMD ${PROGS}/fam_ipcinfo)
compare(argnames_xstyle OPTS -N CMD ${PROGS}/fam_xstyle)
compare(argnames_peercred OPTS -N CMD ${PROGS}/fam_peercred)
compare(argnames_ioctl OPTS -N CMD ${PROGS}/fam_ioctl)
compare(argnames_ioctl3 OPTS -N -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
compare(argnames_ldt OPTS -N -e trace=modify_ldt,get_thread_area,set_thread_area,_sysctl
  CMD ${PROGS}/fam_ldt)
compare(argnames_ldt_ok OPTS -N -e trace=get_thread_area,set_thread_area
  -e inject=get_thread_area,set_thread_area:retval=0 CMD ${PROGS}/fam_ldt)
compare(argnames_net OPTS -N CMD ${PROGS}/fam_net 48620)
compare(argnames_netlink OPTS -N CMD ${PROGS}/fam_netlink 47630)
