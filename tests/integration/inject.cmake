# -e inject= and -e fault= (src/inject.c), compared with strace: the injected lines, the
# invocations chosen by when=, the signals delivered, the exit statuses that follow.
set(INJ_FILE ${CMAKE_CURRENT_SOURCE_DIR}/progs/inject_loop.c)
compare(inject_error_when OPTS -e inject=openat:error=ENOENT:when=3 CMD cat ${INJ_FILE})
compare(inject_error_all OPTS -e trace=openat,close -e inject=openat:error=EACCES:when=4+
  CMD cat ${INJ_FILE})
compare(inject_retval OPTS -e inject=umask:retval=42:when=2..9+3 CMD ${PROGS}/inject_loop 12)
compare(inject_retval_negative OPTS -e trace=umask -e inject=umask:retval=-1:when=2
  CMD ${PROGS}/inject_loop 3)
compare(inject_retval_fd OPTS -e trace=openat,read,close -e inject=openat:retval=0:when=4
  CMD cat ${INJ_FILE})
compare(inject_signal OPTS -e inject=umask:signal=SIGUSR1:when=3 CMD ${PROGS}/inject_loop 5)
compare(inject_signal_error OPTS -e trace=umask
  -e inject=umask:error=EPERM:signal=SIGCHLD:when=2 CMD ${PROGS}/inject_loop 3)
compare(inject_when_forms OPTS -e trace=umask -e inject=umask:retval=1:when=3+
  CMD ${PROGS}/inject_loop 6)
compare(inject_when_range OPTS -e trace=umask -e inject=umask:error=EINVAL:when=2..4
  CMD ${PROGS}/inject_loop 6)
compare(inject_last_rule_wins OPTS -e trace=umask -e inject=umask:retval=1:when=2
  -e inject=umask,getpid:error=EPERM:when=3 CMD ${PROGS}/inject_loop 4)
compare(inject_across_execve OPTS -e trace=umask -e inject=umask:retval=7:when=2+3
  CMD ${PROGS}/inject_loop 4 again)
compare(inject_substitute OPTS -e trace=umask -e inject=umask:syscall=getuid:retval=5:when=2
  CMD ${PROGS}/inject_loop 3)
compare(inject_follow OPTS -f -e trace=umask -e inject=umask:retval=3:when=2
  CMD sh -c "${PROGS}/inject_loop 3; ${PROGS}/inject_loop 3")
compare(inject_untraced OPTS -e trace=none -e inject=openat:error=ENOENT:when=3
  CMD cat ${INJ_FILE})
compare(fault_default OPTS -e trace=umask -e fault=umask:when=2+ CMD ${PROGS}/inject_loop 4)
compare(fault_error OPTS -e fault=openat:error=EACCES:when=3 CMD cat ${INJ_FILE})
compare(inject_delay_output OPTS -e trace=umask -e inject=umask:delay_enter=1ms:delay_exit=2ms
  CMD ${PROGS}/inject_loop 3)
compare(inject_delay_error OPTS -e trace=umask -e inject=umask:error=EPERM:delay_exit=1ms:when=2
  CMD ${PROGS}/inject_loop 3)

# What compare() cannot see: -c's counts, delays, bad specifications.
add_test(NAME inject COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/inject.sh
  $<TARGET_FILE:strc> ${PROGS}/inject_loop)
set_tests_properties(inject PROPERTIES TIMEOUT 120)
# The first execve (strc's own start of the command) is not counted, as in strace.
compare(inject_execve OPTS -e trace=execve,umask -e inject=execve:error=ENOENT:when=1
  CMD ${PROGS}/inject_loop 1 again)
