# Network, container/mount and misc families: purpose-built programs, each compared with
# strace plainly, with -v and with -s 8. The argument picks the TCP/UDP port base, so
# cases running at once do not meet.
compare(fam_net CMD ${PROGS}/fam_net 47100)
# execve belongs to the process family; -v prints its environment.
compare(fam_net_v OPTS -v -e trace=!execve CMD ${PROGS}/fam_net 47200)
compare(fam_net_s8 OPTS -s 8 CMD ${PROGS}/fam_net 47300)
compare(fam_mount CMD ${PROGS}/fam_mount)
compare(fam_mount_v OPTS -v -e trace=!execve CMD ${PROGS}/fam_mount)
compare(fam_mount_s8 OPTS -s 8 CMD ${PROGS}/fam_mount)
compare(fam_misc CMD ${PROGS}/fam_misc)
compare(fam_misc_v OPTS -v -e trace=!execve CMD ${PROGS}/fam_misc)
compare(fam_misc_s8 OPTS -s 8 CMD ${PROGS}/fam_misc)
# -xx: the addresses in inet_addr("...") and inet_pton(...) are quoted strings, in hex too
compare(fam_net_xx OPTS -xx CMD ${PROGS}/fam_net 47400)
