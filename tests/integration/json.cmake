# JSON Lines output (issue 12). json_fidelity.py runs strc once with the text to -o and the
# JSON to --json-file, renders every syscall object back to text and compares, and checks
# every line against man/strc-json.schema.json (skipped, 77, without python3-jsonschema).
set(JSON_FIDELITY ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/integration/json_fidelity.py
  --strc $<TARGET_FILE:strc> --schema ${CMAKE_SOURCE_DIR}/man/strc-json.schema.json)

# json_case(NAME [OPTS opt...] CMD cmd...)
function(json_case name)
  cmake_parse_arguments(PARSE_ARGV 1 J "" "" "OPTS;CMD")
  add_test(NAME json.${name} COMMAND ${JSON_FIDELITY} ${J_OPTS} -- ${J_CMD})
  set_tests_properties(json.${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endfunction()

# every family program, plain and under each option the issue names
foreach(fam file desc net netlink sockopt signal proc mem misc time ioctl ipc mount mountapi
    newfd numa perf bpf xstyle)
  json_case(fam_${fam} CMD ${PROGS}/fam_${fam})
endforeach()
foreach(fam file desc net signal proc)
  json_case(fam_${fam}_v OPTS -v CMD ${PROGS}/fam_${fam})
  json_case(fam_${fam}_s8 OPTS -s 8 CMD ${PROGS}/fam_${fam})
  json_case(fam_${fam}_xx OPTS -xx CMD ${PROGS}/fam_${fam})
  json_case(fam_${fam}_yy OPTS -yy CMD ${PROGS}/fam_${fam})
  json_case(fam_${fam}_raw OPTS -X raw CMD ${PROGS}/fam_${fam})
endforeach()
json_case(threads_f OPTS -f CMD ${PROGS}/threads)
json_case(threaddeath_f OPTS -f CMD ${PROGS}/threaddeath)
json_case(vforkexec_f OPTS -f CMD ${PROGS}/vforkexec)
json_case(bytes_x OPTS -x CMD ${PROGS}/json_bytes)
# btrfs's ioctls, with what strace reads back at exit (search items, arrays, paths)
json_case(fam_btrfs CMD ${PROGS}/fam_btrfs)
json_case(fam_btrfs_inject_v OPTS -v -e inject=ioctl:retval=0 CMD ${PROGS}/fam_btrfs)

# real commands
json_case(real_sh_f OPTS -f CMD sh -c "ls -l /etc/apt; cat /etc/hostname /nonexistent; true")
json_case(real_grep_yy OPTS -yy CMD grep root /etc/passwd)
json_case(real_tar_v OPTS -v CMD tar -cf /dev/null /etc/hostname)
json_case(real_python_xx OPTS -xx CMD python3 -c "import socket; socket.socket().close()")
json_case(real_find_s8 OPTS -s 8 CMD find /etc/apt -maxdepth 1)
json_case(real_date_raw OPTS -X raw CMD date -u -d @0)

add_test(NAME json.bytes COMMAND ${Python3_EXECUTABLE}
  ${CMAKE_CURRENT_SOURCE_DIR}/integration/json_bytes.py $<TARGET_FILE:strc> ${PROGS}/json_bytes)
set_tests_properties(json.bytes PROPERTIES TIMEOUT 60)
add_test(NAME json.cli COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/json_cli.sh
  $<TARGET_FILE:strc> ${PROGS} ${CMAKE_SOURCE_DIR}/man/strc-json.schema.json)
set_tests_properties(json.cli PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

# with the options that shape the line around the call: timestamps, -T, -k, -e status=,
# -e inject=, -P
json_case(fam_file_tt_T OPTS -tt -T CMD ${PROGS}/fam_file)
json_case(fam_file_f_r OPTS -f -r CMD ${PROGS}/fam_file)
json_case(fam_file_z OPTS -z CMD ${PROGS}/fam_file)
json_case(fam_file_Z OPTS -Z CMD ${PROGS}/fam_file)
json_case(fam_file_k OPTS -k CMD ${PROGS}/fam_file)
# -k: a signal's frames are its object's "frames", as a call's are (handlers, sigreturn)
json_case(fam_signal_k OPTS -k CMD ${PROGS}/fam_signal)
json_case(fam_signal_f_k OPTS -f -k CMD ${PROGS}/fam_signal)
# ... and the stack of a call the process's end cut short (printed below the exit line) is
# the exit object's
json_case(threaddeath_f_k OPTS -f -k CMD ${PROGS}/threaddeath)
json_case(fam_file_inject OPTS -e inject=openat:error=ENOENT:when=2+ CMD ${PROGS}/fam_file)
json_case(real_cat_P OPTS -P /etc/hostname CMD cat /etc/hostname)

# -e read=/write=: each call's hex dump is its object's "dump" (json_fidelity.py compares
# the bytes), with a buffer, an iovec array and the -f prefix
json_case(dumpio_sh_f OPTS -f -e write=1,2 -e read=all CMD sh -c "printf 'a\\001b\\n'; cat /etc/hostname; echo x >&2")
json_case(dumpio_python OPTS -e write=1 -e read=0 CMD python3 -c "import os; os.writev(1, [b'ab', b'\\xff\\xfe', b'']); os.write(1, bytes(range(40)))")
