# -c/-C's table (src/summary.c) against strace's: the same calls and errors per syscall,
# the same header, rules and column positions, the same row order for the keys that are
# not times; strace's messages for bad -S/-U/-O values; what -w and -O measure.
# Several cases share one test (`::` between them): each Python start is slow.
set(SUMMARY ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/integration/summary.py $<TARGET_FILE:strc>)

function(summary name)
  cmake_parse_arguments(PARSE_ARGV 1 S "" "" "")  # keeps sh -c "a; b" one argument
  add_test(NAME summary.${name} COMMAND ${SUMMARY} ${S_UNPARSED_ARGUMENTS})
  set_tests_properties(summary.${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endfunction()

set(FILE ${PROGS}/fam_file)
summary(c_C table -c -- ${FILE} :: -C -- ${FILE} :: -c -w -- ${FILE} :: -c -O 1ms -- ${FILE}
  :: -c -e trace=%file -- ${FILE} :: -c -e trace=none -- /bin/true)
summary(sort table -c -S calls -- ${FILE} :: -c -S errors -- ${FILE} :: -c -S name -- ${FILE}
  :: -c -S nothing -- ${FILE} :: -c -S min-time -- ${FILE} :: -c -S max_time -- ${FILE}
  :: -c -S avg-time -- ${FILE} :: -C -w -S count -- ${FILE})
summary(columns table
  -c -U name,calls,errors,max-time,min-time,avg-time,total-time,time-percent -- ${FILE}
  :: -c -U shortest,longest -- ${FILE} :: -c -U errors -- ${FILE}
  :: --summary-only --summary-sort-by=syscall --summary-columns=calls,errors -- ${FILE}
  :: -c -U name,calls -- ${PROGS}/fam_desc :: -c -e trace=close,inotify_rm_watch -- ${PROGS}/fam_desc)
# With -f, only calls whose counts do not depend on when a SIGCHLD lands (rt_sigreturn,
# wait4 and the futexes of threads do, under strace as under strc).
set(STEADY -e trace=%file,%desc,%memory,execve,clone,clone3,vfork)
summary(follow table -c -f ${STEADY} -- sh -c "ls /nonexistent; /bin/true; echo x | cat"
  :: -C -f -S calls ${STEADY} -- sh -c "ls /nonexistent; /bin/true"
  :: -c -f -S name -U calls,errors,name ${STEADY} -- ${PROGS}/threads)
# -z / -Z: strace 7 counts only the calls they show (6.1 every call: its table is
# translated, each row's successful or failed calls)
summary(status table -c -z -- ${FILE} :: -c -Z -- ${FILE} :: -C -Z -S calls -- ${FILE}
  :: -c -f -Z ${STEADY} -- sh -c "ls /nonexistent; /bin/true")
summary(personalities table -c -S calls -- ${PROGS}/x32call :: -C -U name,calls -- ${PROGS}/x32call)
summary(errors errors)
summary(wall wall)

# -O larger than any call makes every time 0: then the whole table is deterministic and
# must be strace's byte for byte (ties in number order, 0.00 percents, 100.00 total, the
# name column as wide as the longest name + 1).
compare(summary_zero OPTS -c -O 1s CMD ${PROGS}/fam_desc)
compare(summary_zero_w_U OPTS -c -w -O 100s -U name,calls,errors,min-time,max-time,avg-time,total-time,time-percent CMD ls -l /nonexistent /)
compare(summary_zero_f OPTS -c -f -O 1s -S errors ${STEADY} CMD sh -c "ls /nonexistent; /bin/true")
