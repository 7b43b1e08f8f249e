# The edges every printer shares (issue 14, "Everywhere"): arrays running into an unmapped
# page, NULL elements, partly readable structures, negative tv_nsec, select's ready sets,
# unlimited rlimits, failed calls under -e read=/write=, long paths, a deleted file under
# -y, unknown syscall numbers. tests/progs/fam_edges.c makes them; compared with strace.
set(EDGES ${PROGS}/fam_edges)
compare(fam_edges CMD ${EDGES})
compare(fam_edges_v OPTS -v CMD ${EDGES})
compare(fam_edges_s3 OPTS -s 3 CMD ${EDGES})
compare(fam_edges_xraw OPTS -X raw CMD ${EDGES})
compare(fam_edges_xverbose OPTS -X verbose CMD ${EDGES})
compare(fam_edges_yy OPTS -yy CMD ${EDGES})
compare(fam_edges_dump OPTS -e read=all -e write=all CMD ${EDGES})
# -c counts the unknown numbers in rows of their own, syscall(-1) in the native table
# (strace 7.2; with 6.1, which leaves them out, the rest of the table is compared).
add_test(NAME summary.unknown COMMAND ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/summary.py $<TARGET_FILE:strc> table
  -c -- ${EDGES} unknown :: -c -S name -- ${EDGES} unknown
  :: -c -U name,calls,errors -- ${EDGES} unknown :: -c -U calls,name,errors -- ${EDGES} unknown)
set_tests_properties(summary.unknown PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
# ... and strc alone, as 7.2 prints them, where only 6.1 (or no strace) is at hand
add_test(NAME summary.unknown_rows COMMAND ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/summary.py $<TARGET_FILE:strc> unknown ${EDGES})
set_tests_properties(summary.unknown_rows PROPERTIES TIMEOUT 60)
