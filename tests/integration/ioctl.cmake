# The NUMA memory-policy calls (fam_numa) and ioctl requests (fam_ioctl) compared with
# strace 6.1, plain and under the options that change their shape.
compare(fam_numa CMD ${PROGS}/fam_numa)
compare(fam_numa_v OPTS -v CMD ${PROGS}/fam_numa)
compare(fam_numa_s2 OPTS -s 2 CMD ${PROGS}/fam_numa)
compare(fam_numa_raw OPTS -X raw CMD ${PROGS}/fam_numa)
compare(fam_numa_xverbose OPTS -X verbose CMD ${PROGS}/fam_numa)
# MPOL_WEIGHTED_INTERLEAVE is newer than strace 6.1, which prints 0x6 /* MPOL_??? */; strc
# names it as current strace does: 1 of the 33 lines differs on purpose.
compare(fam_numa_weighted MIN 96 CMD ${PROGS}/fam_numa weighted)
