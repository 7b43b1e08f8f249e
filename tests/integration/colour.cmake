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

# --color=always compared with the reference strace byte for byte, escapes and all
# (tests/colour_cmp.py): every family program, some with the options that change the
# escapes most, and real commands. Skipped (77) when the reference has no --color (Debian's
# 6.1, what CI has): there colour.py's own expectations above check the colour. MIN: where
# strc still differs from 7.2 (the differences are listed in the README's note on colour).
set(COLOUR_CMP ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/colour_cmp.py --strc $<TARGET_FILE:strc>)
function(colour_compare name)
  cmake_parse_arguments(PARSE_ARGV 1 C "" "MIN" "OPTS;CMD")
  if(NOT C_MIN)
    set(C_MIN 100)
  endif()
  add_test(NAME colour_cmp.${name} COMMAND ${COLOUR_CMP} --min ${C_MIN} ${C_OPTS} -- ${C_CMD})
  set_tests_properties(colour_cmp.${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endfunction()
foreach(fam desc edges ipc ipcinfo mem misc mount mountapi newfd numa peercred perf prctl proc
    signal sockopt time xstyle)
  colour_compare(fam_${fam} CMD ${PROGS}/fam_${fam})
endforeach()
# bpf: where its attr structures split between entry and exit; ioctl: SIOCGIFCONF's
# ifc_len and RTC_IRQP_SET; netlink: nested attributes
colour_compare(fam_bpf MIN 93 CMD ${PROGS}/fam_bpf)
colour_compare(fam_ioctl MIN 99 CMD ${PROGS}/fam_ioctl)
colour_compare(fam_file CMD ${PROGS}/fam_file basic)
# ioctl3: v4l2's VIDIOC_S_FMT/TRY_FMT and the OPAL requests (type 'p', RTC's too) split elsewhere
colour_compare(fam_ioctl3 MIN 93 OPTS -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
colour_compare(fam_net CMD ${PROGS}/fam_net 48100)
colour_compare(fam_netlink MIN 96 CMD ${PROGS}/fam_netlink 48500)
colour_compare(fam_desc_yy OPTS -yy CMD ${PROGS}/fam_desc)
colour_compare(fam_desc_dump OPTS -e read=3 -e write=3,5 CMD ${PROGS}/fam_desc)
colour_compare(fam_edges_xverbose OPTS -X verbose CMD ${PROGS}/fam_edges)
colour_compare(fam_ioctl_xverbose MIN 98 OPTS -X verbose -e trace=ioctl CMD ${PROGS}/fam_ioctl)
colour_compare(fam_bpf_v MIN 93 OPTS -v CMD ${PROGS}/fam_bpf)
colour_compare(argnames_signal OPTS -N CMD ${PROGS}/fam_signal)
colour_compare(decode_pids_f OPTS -f -Y CMD ${PROGS}/pidcalls)
colour_compare(timing_all OPTS --times shape -ttt -r -T -i -n CMD ${PROGS}/fam_signal)
colour_compare(real_sh OPTS -f CMD sh -c "echo hi; true")
colour_compare(real_ls_l CMD ls -l /etc/apt)
colour_compare(real_python_socket CMD python3 -c "import socket; socket.socket().close()")
colour_compare(real_date CMD date -u -d @0)
colour_compare(real_stat CMD stat /etc/hostname)
