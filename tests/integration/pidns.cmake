# --decode-pids=pidns (--pidns-translation): tests/progs/pidns.c forks into a pid namespace
# of its own (compare.py runs both tracers in a fresh one as well, so the outer numbers
# repeat too).
# strace 6.1 has these spellings too. Only the calls tests/progs/pidns.c makes are traced
# (not the start-up's set_tid_address, which 7.2 prints as a pid and 6.1 does not).
set(PIDNS_CALLS -e trace=getpid,getppid,gettid,kill,tgkill,setpgid,getpgid,getpgrp,getsid,clone,waitid,wait4,ioprio_get,ioprio_set)
compare(pidns OPTS -f --pidns-translation ${PIDNS_CALLS} CMD ${PROGS}/pidns)
compare(pidns_comm OPTS -f --decode-pids=comm,pidns ${PIDNS_CALLS} CMD ${PROGS}/pidns)
# -Y alone: the names are those of the processes the tracee means (strc's numbers for them
# found as pidns's are), without the comment
compare(pidns_y OPTS -f -Y ${PIDNS_CALLS} CMD ${PROGS}/pidns)
