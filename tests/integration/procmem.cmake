# Memory and process families (fam_mem, fam_proc) compared with strace 6.1.
compare(fam_mem CMD ${PROGS}/fam_mem)
compare(fam_mem_v OPTS -v CMD ${PROGS}/fam_mem)
compare(fam_mem_s8 OPTS -s 8 CMD ${PROGS}/fam_mem)
compare(fam_proc CMD ${PROGS}/fam_proc)
compare(fam_proc_v OPTS -v CMD ${PROGS}/fam_proc)
compare(fam_proc_s8 OPTS -s 8 CMD ${PROGS}/fam_proc)
