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
colour_compare(fam_ioctl3 OPTS -e trace=ioctl CMD ${PROGS}/fam_ioctl3)
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
