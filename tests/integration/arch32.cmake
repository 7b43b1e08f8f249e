# i386 tracees on x86_64 (issue 14): tests/progs32/fam32.c, built freestanding with -m32 (no
# 32-bit C library here, nor in CI), compared with strace group by group. Where the compiler
# cannot build it, or the kernel cannot run it, tests/integration/arch32.py skips the cases.
# x32 tracees are not tested: this kernel has no CONFIG_X86_X32_ABI.
set(PROGS32 ${CMAKE_CURRENT_BINARY_DIR}/progs32)
set(FAM32_SRC ${CMAKE_CURRENT_SOURCE_DIR}/progs32/fam32.c)
set(M32_FLAGS -m32 -O1 -nostdlib -static -ffreestanding -fno-pic -fno-stack-protector
  -fno-asynchronous-unwind-tables -fno-builtin -Wall)
# the kernel's headers (asm/unistd_32.h) live in the multiarch directory gcc's -m32 skips
execute_process(COMMAND ${CMAKE_C_COMPILER} -print-multiarch OUTPUT_VARIABLE M32_MULTIARCH
  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(M32_MULTIARCH)
  list(APPEND M32_FLAGS -I/usr/include/${M32_MULTIARCH})
endif()
file(MAKE_DIRECTORY ${PROGS32})
execute_process(COMMAND ${CMAKE_C_COMPILER} ${M32_FLAGS} -o ${PROGS32}/m32probe ${FAM32_SRC}
  RESULT_VARIABLE M32_RESULT OUTPUT_QUIET ERROR_QUIET)
if(M32_RESULT EQUAL 0)
  add_custom_command(OUTPUT ${PROGS32}/fam32
    COMMAND ${CMAKE_C_COMPILER} ${M32_FLAGS} -o ${PROGS32}/fam32 ${FAM32_SRC}
    DEPENDS ${FAM32_SRC} ${CMAKE_CURRENT_SOURCE_DIR}/progs32/sys32.h
    COMMENT "Building the i386 test program fam32" VERBATIM)
  add_custom_target(progs32 ALL DEPENDS ${PROGS32}/fam32)
else()
  message(STATUS "i386 test programs: ${CMAKE_C_COMPILER} cannot build them; their cases skip")
endif()

set(ARCH32 ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/integration/arch32.py ${PROGS32}/fam32 --)
# compare32(NAME GROUP group [LAYOUTS] [OPTS opt...]): strc and strace on one group of fam32.
# LAYOUTS: its lines hold 32-bit structures, which a strace built without mpers (7.2 here)
# reads with 64-bit layouts: that reference says so, and the case is skipped against it.
function(compare32 name)
  cmake_parse_arguments(PARSE_ARGV 1 C "LAYOUTS" "GROUP" "OPTS")
  set(flag)
  if(C_LAYOUTS)
    set(flag --layouts)
  endif()
  add_test(NAME cmp.arch32_${name} COMMAND ${ARCH32} ${COMPARE} ${flag} ${C_OPTS}
    -- ${PROGS32}/fam32 ${C_GROUP})
  set_tests_properties(cmp.arch32_${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endfunction()

compare32(files GROUP files LAYOUTS)
compare32(files_v GROUP files LAYOUTS OPTS -v)
compare32(offsets GROUP offsets LAYOUTS)
compare32(times GROUP times)
compare32(times_raw GROUP times OPTS -X raw)
compare32(selects GROUP selects)
compare32(memory GROUP memory)
compare32(memory_verbose GROUP memory OPTS -X verbose)
compare32(signals GROUP signals)
compare32(signals_raw GROUP signals OPTS -X raw)
compare32(signals_verbose GROUP signals OPTS -X verbose)
compare32(signals_terse GROUP signals OPTS -e verbose=none -e trace=!execve)
compare32(sockets GROUP sockets LAYOUTS)
compare32(sockets_v GROUP sockets LAYOUTS OPTS -v)
compare32(sockets_raw GROUP sockets LAYOUTS OPTS -X raw)
compare32(sockets_verbose GROUP sockets LAYOUTS OPTS -X verbose)
# what socketcall prints when its arguments cannot be read: no structure in it
compare32(socketcall_verbose GROUP sockets OPTS -X verbose -e trace=socketcall)
compare32(ipc GROUP ipc LAYOUTS)
compare32(ipc_raw GROUP ipc LAYOUTS OPTS -X raw)
compare32(ipc_verbose GROUP ipc LAYOUTS OPTS -X verbose)
compare32(process GROUP process)
compare32(process_v GROUP process OPTS -v)
compare32(process_f GROUP process OPTS -f)
# -i: 32-bit instruction pointers; -n: i386's syscall numbers; -yy: paths of descriptors
compare32(memory_i GROUP memory OPTS -i -e trace=!execve)
compare32(signals_n GROUP signals OPTS -n -e trace=!execve)
compare32(offsets_yy GROUP offsets LAYOUTS OPTS -yy)
compare32(more GROUP more LAYOUTS)
compare32(more_raw GROUP more LAYOUTS OPTS -X raw)
compare32(more_terse GROUP more LAYOUTS OPTS -e verbose=none -e trace=!execve)
compare32(more_dumps GROUP more LAYOUTS OPTS -e read=all -e write=all)
compare32(structs GROUP structs LAYOUTS)
compare32(structs_v GROUP structs LAYOUTS OPTS -v)
compare32(newer GROUP newer)
compare32(exec GROUP exec)
compare32(exec_f GROUP exec OPTS -f)

# the personality notes on stderr (not in a -o file, not with -q) and as JSON objects;
# checked against strace too where one is installed
find_program(STRACE_FOR_NOTES strace)
set(notes_ref)
if(STRACE_FOR_NOTES)
  set(notes_ref ${STRACE_FOR_NOTES})
endif()
add_test(NAME arch32_notes COMMAND ${ARCH32} ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/arch32_notes.py $<TARGET_FILE:strc> ${PROGS32}/fam32
  ${notes_ref})
set_tests_properties(arch32_notes PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

# the calls 6.1 cannot decode (futex2, cachestat, mseal, listmount, clone3) from an i386
# tracee: fam32 prints the lines it expects (tests/expect.py), checked against strace 7.2
foreach(style abbrev raw verbose)
  add_test(NAME expect.arch32_new72_${style} COMMAND ${ARCH32} ${EXPECT} -X ${style}
    -e trace=/^futex_|cachestat|mseal|listmount|clone3 -- ${PROGS32}/fam32 new72 ${style})
  set_tests_properties(expect.arch32_new72_${style} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60)
endforeach()

# -c/-C: strc's own personality's table, then "System call usage summary for 32 bit mode:"
add_test(NAME summary.arch32 COMMAND ${ARCH32} ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/summary.py $<TARGET_FILE:strc> table
  -c -S calls -- ${PROGS32}/fam32 exec :: -C -U name,calls -- ${PROGS32}/fam32 process
  :: -c -f -e trace=%file,%desc,execve -- ${PROGS32}/fam32 exec)
set_tests_properties(summary.arch32 PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

# JSON of i386 calls: every syscall object renders back to its text line, every line (the
# personality objects too) valid against the schema
foreach(group signals ipc more exec)
  add_test(NAME json.arch32_${group} COMMAND ${ARCH32} ${Python3_EXECUTABLE}
    ${CMAKE_CURRENT_SOURCE_DIR}/integration/json_fidelity.py --strc $<TARGET_FILE:strc>
    --schema ${CMAKE_SOURCE_DIR}/man/strc-json.schema.json -f -- ${PROGS32}/fam32 ${group})
  set_tests_properties(json.arch32_${group} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endforeach()
