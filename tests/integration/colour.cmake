# --color (strace 7.2's escapes, STRACE_COLORS, NO_COLOR, the terminal decision, the
# report's colour) and -N/--arg-names: expectations of the test's own, checked against
# strace 7.2; compared with STRC_REFERENCE_STRACE too when that strace has --color.
add_test(NAME colour COMMAND ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/colour.py $<TARGET_FILE:strc> ${PROGS}/colour)
set_tests_properties(colour PROPERTIES TIMEOUT 120)
