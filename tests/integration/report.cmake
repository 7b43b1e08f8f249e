# --report: three CI-like failing jobs (tests/report/), a successful build, an interrupt.
add_test(NAME report.jobs COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/report.sh
  $<TARGET_FILE:strc> ${PROGS} ${CMAKE_CURRENT_SOURCE_DIR}/report
  ${CMAKE_CURRENT_SOURCE_DIR}/followproj)
set_tests_properties(report.jobs PROPERTIES TIMEOUT 120)
