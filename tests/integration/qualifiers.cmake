# Qualifiers acted on at print time (src/status.c, src/pathtrace.c, src/qualify.c),
# compared with strace. Each case gives tests/progs/qual its own scratch directory.
set(QUAL ${PROGS}/qual)

# -e status=, -z, -Z: a call's line is held until its exit decides
compare(status_z OPTS -z CMD ${QUAL} /tmp/strc-qual-z)
compare(status_Z OPTS -Z CMD ${QUAL} /tmp/strc-qual-Z)
compare(status_zZ OPTS -z -Z CMD ${QUAL} /tmp/strc-qual-zZ)
compare(status_unfinished OPTS -e status=unfinished CMD ${QUAL} /tmp/strc-qual-unf)
compare(status_not_ok OPTS -e status=!successful CMD ${QUAL} /tmp/strc-qual-nok)
# threadexec waits for its leader's pause() by reading /proc (openat/pread64/close, left out)
set(TEXEC_QUIET -e "trace=!openat,pread64,close")
compare(status_f_z OPTS -f -z ${TEXEC_QUIET} CMD ${PROGS}/threadexec)
compare(status_f_Z OPTS -f -Z ${TEXEC_QUIET} CMD ${PROGS}/threadexec)

# -e signal=: which "--- SIG... ---" lines are printed
compare(signal_none OPTS -e signal=none CMD ${QUAL} /tmp/strc-qual-sn)
compare(signal_usr1 OPTS -e signal=SIGUSR1 CMD ${QUAL} /tmp/strc-qual-s1)
compare(signal_not OPTS -e signals=!usr1,12 CMD ${QUAL} /tmp/strc-qual-s2)
compare(signal_f_chld OPTS -f -e signal=chld CMD ${PROGS}/stopself)

# -e quiet= alone and as -q, -qq, -qqq
compare(quiet_exit OPTS -f -e quiet=exit CMD ${PROGS}/fam_proc)
compare(quiet_qq OPTS -f -qq CMD ${PROGS}/fam_proc)
compare(quiet_all OPTS -f --quiet=all CMD ${PROGS}/fam_proc)
compare(quiet_superseded OPTS -f -e quiet=superseded ${TEXEC_QUIET} CMD ${PROGS}/threadexec)
compare(quiet_qqq OPTS -f -qqq ${TEXEC_QUIET} CMD ${PROGS}/threadexec)
add_test(NAME qualifiers_cli COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/qualifiers.sh
  $<TARGET_FILE:strc> ${PROGS})
set_tests_properties(qualifiers_cli PROPERTIES TIMEOUT 120)

# -P: calls that name the path, or use a descriptor open on it; a symlink's target too
compare(path_file OPTS -P /tmp/strc-qual-P1/file CMD ${QUAL} /tmp/strc-qual-P1)
compare(path_link OPTS -P /tmp/strc-qual-P2/link CMD ${QUAL} /tmp/strc-qual-P2)
compare(path_dir OPTS -P /tmp/strc-qual-P3 CMD ${QUAL} /tmp/strc-qual-P3)
compare(path_two OPTS -P /tmp/strc-qual-P4/file -P /nonexistent/x CMD ${QUAL} /tmp/strc-qual-P4)
compare(path_libc OPTS -f -P /etc/ld.so.cache CMD ${PROGS}/fam_proc)
# strace 6.1 does not know fchmodat2, a file call, and cannot match it
compare(path_fam_file OPTS -P /tmp/strc-fam-file/c CMD ${PROGS}/fam_file)
compare(path_status OPTS -z -P /tmp/strc-qual-P5/link CMD ${QUAL} /tmp/strc-qual-P5)

# -e raw=: arguments undecoded, in hex, and the return value in hex. The first execve's
# arguments are addresses on each tracer's own stack, so it is left out.
compare(raw_all OPTS -e trace=!execve -e raw=all CMD ${QUAL} /tmp/strc-qual-r1)
compare(raw_some OPTS -e x=openat,read,rt_sigaction,mmap,close,kill,newfstatat CMD ${QUAL} /tmp/strc-qual-r2)
compare(raw_not OPTS -e trace=!execve -e raw=!%memory CMD ${QUAL} /tmp/strc-qual-r3)
compare(raw_signal OPTS -e trace=!execve -e raw=all CMD ${PROGS}/fam_signal)

# -e abbrev=: the calls printed abbreviated; -v is abbrev=none, and the later one counts.
# (fam_file: strace 6.1 does not know fchmodat2)
compare(abbrev_none MIN 99 OPTS -e abbrev=none CMD ${PROGS}/fam_file)
compare(abbrev_execve MIN 99 OPTS -e abbrev=execve CMD ${PROGS}/fam_file)
compare(abbrev_not_stat MIN 99 OPTS -e a=!newfstatat,statx CMD ${PROGS}/fam_file)
compare(abbrev_v_then_all OPTS -v -e abbrev=all CMD ${QUAL} /tmp/strc-qual-a1)
compare(abbrev_all_then_v OPTS -e abbrev=all -v CMD ${PROGS}/fam_proc)

# -X verbose and -X raw: the shared printers, open's, mmap's and st_mode's flags follow
# (the other families: xstyle.cmake).
compare(xverbose_qual OPTS -X verbose CMD ${QUAL} /tmp/strc-qual-xv)
compare(xraw_qual OPTS -X raw CMD ${QUAL} /tmp/strc-qual-xr)
compare(xverbose_mem OPTS -X verbose CMD ${PROGS}/fam_mem)
compare(xraw_mem OPTS -X raw CMD ${PROGS}/fam_mem)
# Signal sets, handlers, si_code, rlimits and clocks under -X: all of it as strace
compare(xverbose_signal OPTS -X verbose CMD ${PROGS}/fam_signal)
compare(xraw_signal OPTS -X raw CMD ${PROGS}/fam_signal)
compare(xverbose_time OPTS -X verbose CMD ${PROGS}/fam_time)
compare(xraw_time OPTS -X raw CMD ${PROGS}/fam_time)

# -e verbose=: the calls outside the set print their structures and arrays as addresses
# (strings still read). fam_file's 2 other lines are fchmodat2, which strace 6.1 prints as
# a number.
compare(verbose_none_time OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_time)
compare(verbose_none_mem OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_mem)
compare(verbose_none_ipc OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_ipc)
compare(verbose_none_file MIN 99 OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_file)
compare(verbose_none_signal OPTS -e trace=!execve -e verbose=none CMD ${PROGS}/fam_signal)
compare(verbose_some_ls OPTS -e trace=!execve -e verbose=!stat,newfstatat,fstat CMD ls -l /)
