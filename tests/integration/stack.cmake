# -k: stack traces (src/stack.c, src/symbols.c). The chain program is built so that every
# frame has its own function: no inlining, frame pointers, symbols.
target_compile_options(prog_stackchain PRIVATE -O0 -fno-omit-frame-pointer -fno-inline -g)

# strc names every frame of the known chains, in order.
add_test(NAME stack.chain COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/stack.sh
  $<TARGET_FILE:strc> ${PROGS}/stackchain ${CMAKE_CURRENT_SOURCE_DIR}/progs/stackchain.c)
set_tests_properties(stack.chain PROPERTIES TIMEOUT 120)
set_tests_properties(stack.chain PROPERTIES SKIP_RETURN_CODE 77)

# The same modules and offsets as strace -k. Function names are compared against strace
# 7.x only: strc names frames as strace 7.2's libdw does (src/symbols.c), which 6.1's
# libunwind does not (with libc6-dbg installed, 6.1 misnames libc's static functions after
# the nearest exported one; 7.2 prints "raise" where 6.1 printed "gsignal").
compare(stackchain_k OPTS --frames addresses -k CMD ${PROGS}/stackchain)
compare(echo_k OPTS --frames addresses -k CMD /bin/echo hi)
compare(stackchain_deep_k OPTS --frames addresses -k CMD ${PROGS}/stackchain deep)
# a signal handler's calls and rt_sigreturn (taken in the trampoline: 7.2 only, against
# 6.1 its frames are left out)
compare(stackchain_signal_k OPTS --frames addresses -k CMD ${PROGS}/stackchain signal)
compare(stackchain_signal_kk OPTS --frames addresses -kk CMD ${PROGS}/stackchain signal)
# -kk: the same with each frame's source line (strace 7.2; Debian's 6.1 prints none, so
# against it they are left out and stack.chain checks them)
compare(stackchain_kk OPTS --frames addresses -kk CMD ${PROGS}/stackchain)
compare(echo_kk OPTS --frames addresses -kk CMD /bin/echo hi)

# -k -f: frames for every process, each after its own process's line. Below 100%: lines
# of calls decoded elsewhere (rt_sigaction, wait4, ...) may still differ from strace.
compare(sh_k_f OPTS --frames addresses -f -k
  CMD sh -c "${PROGS}/stackchain; ${PROGS}/stackchain deep")

# Threads whose reads their process's end cuts short: the stack taken at the entry of
# each, after the thread's "+++ exited" line (strace 7.2; 6.1 prints none).
compare(follow_death_k OPTS --frames addresses -f -k -e "trace=!clone3,openat,pread64,close"
  CMD ${PROGS}/threaddeath)

# Benchmark, by hand: cmake --build build --target bench_k
add_custom_target(bench_k
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/bench/stack_k.sh $<TARGET_FILE:strc>
          $<TARGET_FILE:syscall_loop>
  DEPENDS strc syscall_loop USES_TERMINAL)
