# Decoders newer than strace 6.1 (issue 3): strace 6.1 prints these calls as
# syscall_0x1cf(...) with raw arguments; strc prints them as current strace does.
# The *xattrat calls (Linux 6.13): 14 of the 104 lines are theirs and differ on purpose.
compare(fam_file_xattrat MIN 86 CMD ${PROGS}/fam_file xattrat)
# ... so their lines are checked here against current strace's spelling.
add_test(NAME xattrat_names COMMAND $<TARGET_FILE:strc> -e trace=/xattrat ${PROGS}/fam_file xattrat)
set_tests_properties(xattrat_names PROPERTIES TIMEOUT 30)
set_tests_properties(xattrat_names PROPERTIES PASS_REGULAR_EXPRESSION
  "setxattrat\\(AT_FDCWD, \"/tmp/strc-fam-file/a\", AT_SYMLINK_NOFOLLOW, \"user.x\", {value=\"foo\\\\0bar\", size=7, flags=XATTR_CREATE}, 16\\) = -1 EEXIST.*setxattrat\\(AT_FDCWD, \"/tmp/strc-fam-file/a\", 0, \"user.y\", {value=\"foo\\\\0bar\", size=7, flags=0, /\\* bytes 16..23 \\*/ \"[^\"]*\"}, 24\\).*getxattrat\\(AT_FDCWD, \"/tmp/strc-fam-file/a\", 0, \"user.x\", {value=\"foo\\\\0bar\", size=64, flags=0}, 16\\) = 7.*getxattrat\\([0-9]+, NULL, AT_EMPTY_PATH, \"user.x\", {value=\"foo\\\\0bar\", size=64, flags=0}, 16\\) = 7.*listxattrat\\(AT_FDCWD, \"/tmp/strc-fam-file/a\", 0, \"user.x\\\\0\", 128\\) = 7.*removexattrat\\(AT_FDCWD, \"/tmp/strc-fam-file/a\", 0x7 /\\* AT_\\?\\?\\? \\*/, \"user.x\"\\) = -1 EINVAL")
# cachestat (Linux 6.5): 6 of the 39 lines are its calls and differ on purpose.
compare(fam_desc_cachestat MIN 84 CMD ${PROGS}/fam_desc cachestat)
add_test(NAME cachestat_names COMMAND $<TARGET_FILE:strc> -e trace=cachestat ${PROGS}/fam_desc cachestat)
set_tests_properties(cachestat_names PROPERTIES TIMEOUT 30)
set_tests_properties(cachestat_names PROPERTIES PASS_REGULAR_EXPRESSION
  "cachestat\\([0-9]+, {off=0, len=4096}, {nr_cache=[0-9]+, nr_dirty=[0-9]+, nr_writeback=[0-9]+, nr_evicted=[0-9]+, nr_recently_evicted=[0-9]+}, 0\\) += 0.*cachestat\\(-1, NULL, NULL, 0\\) += -1 EBADF.*cachestat\\([0-9]+, {off=0x1000, len=0}, 0x1, 0\\) += -1 EFAULT")
