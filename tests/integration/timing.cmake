# Timing and position prefixes (src/timing.c): -t/-tt/-ttt, --timestamps, -r, -T, -n, -i,
# compared with strace by their shape (compare.py --times shape: the digits are masked,
# widths, fraction lengths and the order of the prefixes must be the same).
compare(timing_t OPTS --times shape -t CMD ${PROGS}/hello)
compare(timing_tt OPTS --times shape -tt CMD ${PROGS}/hello)
compare(timing_r OPTS --times shape -r CMD ${PROGS}/hello)
compare(timing_T OPTS --times shape -T CMD ${PROGS}/hello)
compare(timing_i OPTS --times shape -i CMD ${PROGS}/hello)
compare(timing_all OPTS --times shape -ttt -r -n -i -T CMD ${PROGS}/fam_signal)
compare(timing_precisions OPTS --times shape --timestamps=unix,ns --relative-timestamps=ms
  --syscall-times=s CMD ${PROGS}/hello)
compare(timing_time_ms OPTS --times shape --timestamps=time,ms -r --syscall-times=ns
  CMD ${PROGS}/hello)
compare(timing_rel_s OPTS --times shape --relative-timestamps=s -T CMD ${PROGS}/hello)
# -f: pid prefixes before the times, unfinished and resumed lines, killed processes
compare(timing_follow MIN 90 OPTS --times shape -f -tt -T -n -i CMD ${PROGS}/segvchild)

# Formats checked with regular expressions, bad arguments, -A.
add_test(NAME timing COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/timing.sh $<TARGET_FILE:strc> ${PROGS})
set_tests_properties(timing PROPERTIES TIMEOUT 120)
