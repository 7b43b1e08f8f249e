# Files and directories (issue 3): every call of the family, with errors, as strace prints it.
compare(fam_file_basic CMD ${PROGS}/fam_file basic)
compare(fam_file_basic_v OPTS -v CMD ${PROGS}/fam_file basic)
compare(fam_file_basic_s8 OPTS -s 8 CMD ${PROGS}/fam_file basic)
compare(fam_file_stat CMD ${PROGS}/fam_file stat)
compare(fam_file_stat_v OPTS -v CMD ${PROGS}/fam_file stat)
compare(fam_file_stat_s8 OPTS -s 8 CMD ${PROGS}/fam_file stat)
# fchmodat2 (Linux 6.6) is newer than strace 6.1, which prints it as syscall_0x1c4(...):
# strc prints it as current strace does, so exactly those 2 of 88 lines differ.
compare(fam_file_fchmodat2 MIN 97 CMD ${PROGS}/fam_file fchmodat2)
