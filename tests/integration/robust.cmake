# Issue 15's tracer-core items: the trace reaches the file before strc waits, signals and
# strc's exit status, children, stdin/stdout and write errors, ASan programs (robust.sh).
add_test(NAME robust COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/robust.sh $<TARGET_FILE:strc>)
set_tests_properties(robust PROPERTIES TIMEOUT 300)

# A CLONE_UNTRACED child under -f's filter: served (its getppid works), and not shown, as
# strace -f (which does not trace it) shows nothing of it.
add_test(NAME robust.untraced_clone COMMAND sh -c
  "\"$1\" -f -e trace=getppid -o \"$2.trace\" \"$3\" && ! grep -q getppid \"$2.trace\""
  sh $<TARGET_FILE:strc> ${CMAKE_CURRENT_BINARY_DIR}/robust_untraced ${PROGS}/untraced)
set_tests_properties(robust.untraced_clone PROPERTIES TIMEOUT 60)
