# Smaller decoders of strace 7.2 that 6.1 lacks or prints shorter (issue 14): the program
# owns its expectations (tests/expect.py), verified against strace 7.x wherever one is at hand.
# landlock: the ruleset attribute's newer fields (net, scoped, quiet_*), net port rules
expect(misc72_landlock OPTS -e trace=/^landlock_ CMD ${PROGS}/fam_misc72 abbrev landlock)
expect(misc72_landlock_raw OPTS -X raw -e trace=/^landlock_ CMD ${PROGS}/fam_misc72 raw landlock)
expect(misc72_landlock_verbose OPTS -X verbose -e trace=/^landlock_ CMD ${PROGS}/fam_misc72 verbose landlock)
# modify_ldt, get/set_thread_area (struct user_desc), _sysctl (struct __sysctl_args): 6.1
# and 7.2 print them alike; inject= gives the successes the kernel refuses
compare(fam_ldt OPTS -e trace=modify_ldt,get_thread_area,set_thread_area,_sysctl
  CMD ${PROGS}/fam_ldt)
compare(fam_ldt_ok OPTS -e trace=modify_ldt,get_thread_area,set_thread_area,_sysctl
  -e inject=get_thread_area,set_thread_area,_sysctl:retval=0
  -e inject=modify_ldt:retval=16:when=2+ CMD ${PROGS}/fam_ldt)
compare(fam_ldt_fail OPTS -e trace=modify_ldt,get_thread_area,set_thread_area
  -e inject=modify_ldt,set_thread_area:error=EPERM CMD ${PROGS}/fam_ldt)
compare(fam_ldt_verbose OPTS -X verbose -e trace=modify_ldt,get_thread_area,set_thread_area,_sysctl
  CMD ${PROGS}/fam_ldt)
# strace's "umoven: short read" / "umovestr: short read" notes on stderr, and where such a
# note lands in a trace written to stderr (checked against strace too where one is at hand)
add_test(NAME shortread COMMAND ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/shortread.py $<TARGET_FILE:strc> ${PROGS}/shortread)
set_tests_properties(shortread PROPERTIES TIMEOUT 60)
# how much strace reads of a partly readable or overlong argument (rt_sigaction, CPU masks,
# group lists, host names, empty socket options)
compare(fam_partial OPTS -e trace=rt_sigaction,sched_setaffinity,setgroups,sethostname,setdomainname,setsockopt
  CMD ${PROGS}/fam_partial)
# prctl options and sub-operations 6.1 does not decode (SVE/SME lengths, tagged addresses,
# speculation, PAC keys, RISC-V, PowerPC DEXCR, ...), the calls injected to fail or succeed
expect(misc72_prctl OPTS -e trace=prctl -e inject=prctl:error=ENOSYS
  CMD ${PROGS}/fam_misc72 abbrev prctl)
expect(misc72_prctl_ok OPTS -e trace=prctl -e inject=prctl:retval=0
  CMD ${PROGS}/fam_misc72 abbrev prctl_ok)
# keyctl: each operation's own arguments (6.1 and 7.2 alike), every call's result injected
compare(fam_keyctl OPTS -e trace=keyctl -e inject=keyctl:error=ENOSYS CMD ${PROGS}/fam_keyctl)
compare(fam_keyctl_ok OPTS -e trace=keyctl -e inject=keyctl:retval=5 CMD ${PROGS}/fam_keyctl)
compare(fam_keyctl_verbose OPTS -X verbose -e trace=keyctl -e inject=keyctl:retval=0
  CMD ${PROGS}/fam_keyctl)
compare(argnames_keyctl OPTS -N -e trace=keyctl -e inject=keyctl:retval=2 CMD ${PROGS}/fam_keyctl)
