# The NUMA memory-policy calls (fam_numa) and ioctl requests (fam_ioctl) compared with
# strace 6.1, plain and under the options that change their shape.
compare(fam_numa CMD ${PROGS}/fam_numa)
compare(fam_numa_v OPTS -v CMD ${PROGS}/fam_numa)
compare(fam_numa_s2 OPTS -s 2 CMD ${PROGS}/fam_numa)
compare(fam_numa_raw OPTS -X raw CMD ${PROGS}/fam_numa)
compare(fam_numa_xverbose OPTS -X verbose CMD ${PROGS}/fam_numa)
# MPOL_WEIGHTED_INTERLEAVE is newer than strace 6.1, which prints 0x6 /* MPOL_??? */; strc
# names it as current strace does, and compare.py reads strace's log so (NEWER_NAMES).
compare(fam_numa_weighted CMD ${PROGS}/fam_numa weighted)
compare(fam_ioctl CMD ${PROGS}/fam_ioctl)
compare(fam_ioctl_v OPTS -v CMD ${PROGS}/fam_ioctl)
compare(fam_ioctl_s4 OPTS -s 4 CMD ${PROGS}/fam_ioctl)
compare(fam_ioctl_raw_tty OPTS -X raw CMD ${PROGS}/fam_ioctl terminal)
compare(fam_ioctl_raw_files OPTS -X raw CMD ${PROGS}/fam_ioctl files)
compare(fam_ioctl_raw_misc OPTS -X raw CMD ${PROGS}/fam_ioctl misc)
compare(fam_ioctl_xverbose_tty OPTS -X verbose CMD ${PROGS}/fam_ioctl terminal)
compare(fam_ioctl_xverbose_files OPTS -X verbose CMD ${PROGS}/fam_ioctl files)
compare(fam_ioctl_xverbose_misc OPTS -X verbose CMD ${PROGS}/fam_ioctl misc)
# Under -X raw/verbose: the socket addresses inside struct ifreq and socket()'s type too.
compare(fam_ioctl_raw_sockets OPTS -X raw CMD ${PROGS}/fam_ioctl sockets)
compare(fam_ioctl_xverbose_sockets OPTS -X verbose CMD ${PROGS}/fam_ioctl sockets)
# Real programs' ioctls: inode flags, a fresh pseudo-terminal's settings, FIEMAP, and a
# block request on a file that is not a block device.
compare(ioctl_lsattr CMD lsattr /etc/hostname)
compare(ioctl_stty_ptmx CMD stty -a -F /dev/ptmx)
compare(ioctl_filefrag CMD filefrag /etc/hostname)
compare(ioctl_blockdev_file CMD blockdev --getsize64 /etc/hostname)
compare(fam_ioctl_sockets_s1 OPTS -s 1 CMD ${PROGS}/fam_ioctl sockets)
