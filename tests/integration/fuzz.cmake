# Random system calls (tests/progs/fuzzsys.c) traced under every decoding option: strc must
# keep the driver's exit status, say nothing of its own (but strace's short-read notes) and
# print only well-formed lines
# (tests/fuzz/fuzz.py). Fixed seeds, so a failure here fails every run; more seeds by hand:
# tests/fuzz/replay.sh BUILD-DIR SEED... or fuzz.py --seeds 1-10000.
add_test(NAME fuzz COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz.py
  --strc $<TARGET_FILE:strc> --prog ${PROGS}/fuzzsys --tables ${CMAKE_SOURCE_DIR}/syscalltab
  --seeds 1-8 --count 3000)
set_tests_properties(fuzz PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
