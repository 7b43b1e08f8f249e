# The seccomp filter (on by default when -e trace= selects fewer than all calls): each case
# runs strc with it against strace without it, then against strc --no-seccomp-bpf, which
# must print byte for byte the same.
function(seccomp_case name)
  cmake_parse_arguments(PARSE_ARGV 1 C "" "MIN" "OPTS;CMD")
  compare(seccomp_${name} MIN ${C_MIN} OPTS ${C_OPTS} CMD ${C_CMD})
  add_test(NAME seccomp.same_${name}
    COMMAND ${COMPARE} --min ${C_MIN} --strace ${CMAKE_CURRENT_SOURCE_DIR}/integration/noseccomp.py
            ${C_OPTS} -- ${C_CMD})
  set_tests_properties(seccomp.same_${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
    ENVIRONMENT STRC=$<TARGET_FILE:strc>)
endfunction()

seccomp_case(openat MIN 100 OPTS -e trace=openat CMD cat /etc/hostname)
# Where a SIGCHLD lands, and whether its si_utime/si_stime get a "/* 0.01 s */" comment
# (compare.py masks the numbers, not the comment), depend on scheduling, in either tracer:
# MIN below 100 where a SIGCHLD is printed.
seccomp_case(children MIN 75 OPTS -e trace=openat,wait4 CMD sh -c "cat /etc/hostname | wc -c")
seccomp_case(follow MIN 95 OPTS -f -e trace=openat,clone,execve
  CMD sh -c "cat /etc/hostname; ls / >/dev/null")
seccomp_case(process MIN 75 OPTS -f -e trace=%process CMD sh -c "true | cat")
seccomp_case(negated MIN 100 OPTS -e trace=!write,read CMD cat /etc/hostname)
seccomp_case(execve MIN 100 OPTS -e trace=execve,exit_group CMD true)
seccomp_case(signals MIN 100 OPTS -e trace=kill,tgkill,rt_sigreturn CMD ${PROGS}/fam_signal)
# stopself takes each SIGCHLD in rt_sigsuspend: none lands where scheduling puts it.
seccomp_case(stopself MIN 100 OPTS -f -e trace=kill,wait4 CMD ${PROGS}/stopself)
seccomp_case(threads MIN 100 OPTS -f -e trace=write,exit CMD ${PROGS}/threads)
seccomp_case(segv MIN 100 OPTS -f -e trace=write,exit_group CMD ${PROGS}/segvchild)
seccomp_case(vfork MIN 100 OPTS -f -e trace=execve,vfork CMD ${PROGS}/vforkexec)
seccomp_case(threadexec MIN 100 OPTS -e trace=execve,write CMD ${PROGS}/threadexec)

# The filter is really in place (and not with --no-seccomp-bpf, nor under -p), children
# without -f still run, -c counts the same, --seccomp-bpf's messages.
add_test(NAME seccomp COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/seccomp.sh $<TARGET_FILE:strc>)
set_tests_properties(seccomp PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60)

# -k: the filter also stops at the calls that change the executable mappings, so the stacks
# are the same as without it.
add_test(NAME seccomp.same_stack
  COMMAND ${COMPARE} --strace ${CMAKE_CURRENT_SOURCE_DIR}/integration/noseccomp.py
          -k -e trace=openat,write -- cat /etc/hostname)
set_tests_properties(seccomp.same_stack PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
  ENVIRONMENT STRC=$<TARGET_FILE:strc>)
