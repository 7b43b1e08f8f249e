# Signal, time and IPC families (src/decode/signal.c, time.c, ipc.c, src/signals.c),
# compared with strace, every line, with -v too (compare.py masks the first execve's
# environment, which is the caller's).
compare(fam_signal CMD ${PROGS}/fam_signal)
compare(fam_signal_v OPTS -v CMD ${PROGS}/fam_signal)
compare(fam_signal_s8 OPTS -s 8 CMD ${PROGS}/fam_signal)
compare(fam_time CMD ${PROGS}/fam_time)
compare(fam_time_v OPTS -v CMD ${PROGS}/fam_time)
compare(fam_time_s8 OPTS -s 8 CMD ${PROGS}/fam_time)
compare(fam_ipc CMD ${PROGS}/fam_ipc)
compare(fam_ipc_v OPTS -v CMD ${PROGS}/fam_ipc)
compare(fam_ipc_s8 OPTS -s 8 CMD ${PROGS}/fam_ipc)
# SysV IPC's system-wide structures and shmget's huge page sizes (issue 14); the usage
# counts in them are masked by compare.py.
compare(fam_ipcinfo CMD ${PROGS}/fam_ipcinfo)
compare(fam_ipcinfo_xv OPTS -X verbose CMD ${PROGS}/fam_ipcinfo)
compare(fam_ipcinfo_xraw OPTS -X raw CMD ${PROGS}/fam_ipcinfo)
