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
