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
