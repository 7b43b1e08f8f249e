# --decode-pids=pidns (--pidns-translation): the command runs in a pid namespace of its own
# (compare.py runs both tracers in a fresh one as well, so the outer numbers repeat too).
# strace 6.1 has only the --pidns-translation spelling; 7.2 both.
compare(pidns OPTS -f --pidns-translation CMD unshare -pf --mount-proc ${PROGS}/pidns)
compare(pidns_comm OPTS -f --decode-pids=comm,pidns CMD unshare -pf --mount-proc ${PROGS}/pidns)
