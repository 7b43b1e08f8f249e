# --report: three CI-like failing jobs (tests/report/), a successful build, an interrupt.
# One case per section of report.sh, each with its own timeout, so that they run in parallel.
foreach(section make python pipe success interrupt badinput errno summaryby creport attach colour)
  add_test(NAME report.${section} COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/report.sh
    $<TARGET_FILE:strc> ${PROGS} ${CMAKE_CURRENT_SOURCE_DIR}/report
    ${CMAKE_CURRENT_SOURCE_DIR}/followproj ${section})
  set_tests_properties(report.${section} PROPERTIES TIMEOUT 60)
endforeach()
