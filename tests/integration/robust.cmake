# Issue 15's tracer-core items: the trace reaches the file before strc waits, signals and
# strc's exit status, children, stdin/stdout and write errors, ASan programs (robust.sh).
add_test(NAME robust COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/robust.sh $<TARGET_FILE:strc>)
set_tests_properties(robust PROPERTIES TIMEOUT 300)
