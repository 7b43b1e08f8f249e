# --report: three CI-like failing jobs (tests/report/), a successful build, an interrupt.
# One case per section of report.sh, each with its own timeout, so that they run in parallel.
foreach(section make python pipe success interrupt badinput errno summaryby creport attach colour)
  add_test(NAME report.${section} COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/report.sh
    $<TARGET_FILE:strc> ${PROGS} ${CMAKE_CURRENT_SOURCE_DIR}/report
    ${CMAKE_CURRENT_SOURCE_DIR}/followproj ${section})
  set_tests_properties(report.${section} PROPERTIES TIMEOUT 60)
endforeach()

# --report's object in the JSON stream: the same facts, on the same jobs (report_json.py).
foreach(case make python pipe success filejson tails targets threads)
  add_test(NAME report.json_${case} COMMAND ${Python3_EXECUTABLE}
    ${CMAKE_CURRENT_SOURCE_DIR}/integration/report_json.py --strc $<TARGET_FILE:strc>
    --progs ${PROGS} --jobs ${CMAKE_CURRENT_SOURCE_DIR}/report
    --schema ${CMAKE_SOURCE_DIR}/man/strc-json.schema.json
    --followproj ${CMAKE_CURRENT_SOURCE_DIR}/followproj ${case})
  set_tests_properties(report.json_${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
