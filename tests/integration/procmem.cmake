# Memory and process families (fam_mem, fam_proc) compared with strace 6.1.
compare(fam_mem CMD ${PROGS}/fam_mem)
compare(fam_mem_v OPTS -v CMD ${PROGS}/fam_mem)
compare(fam_mem_s8 OPTS -s 8 CMD ${PROGS}/fam_mem)
compare(fam_proc CMD ${PROGS}/fam_proc)
compare(fam_proc_v OPTS -v CMD ${PROGS}/fam_proc)
compare(fam_proc_s8 OPTS -s 8 CMD ${PROGS}/fam_proc)
# mseal is newer than strace 6.1, which prints it as syscall_0x1ce(...) with six raw
# arguments; strc prints it as current strace does: mseal(0x..., 4096, 0). Those 2 of the
# 34 lines differ on purpose.
compare(fam_mem_mseal MIN 94 CMD ${PROGS}/fam_mem mseal)
# prctl: each option with the arguments it takes (issue 14). strace 6.1 names fewer options
# and decodes fewer arguments; compare.py reads its log as 7.2 prints it (NEWER_NAMES,
# prctl_newer).
compare(fam_prctl CMD ${PROGS}/fam_prctl)
compare(fam_prctl_xv OPTS -X verbose CMD ${PROGS}/fam_prctl)
compare(fam_prctl_xraw OPTS -X raw CMD ${PROGS}/fam_prctl)
