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
# -y/-yy on sockets: protocol and endpoints (kept from the first sighting, as strace keeps
# them), unix paths and peers, netlink protocol and port id, descriptors passed by
# SCM_RIGHTS; compare.py masks the inode numbers
compare(fam_net_y OPTS -y CMD ${PROGS}/fam_net 47900)
compare(fam_net_yy OPTS -yy CMD ${PROGS}/fam_net 48000)
compare(fam_netlink_yy OPTS -yy CMD ${PROGS}/fam_netlink 47560)
compare(real_python_socket_yy OPTS -yy CMD python3 -c "import socket; a, b = socket.socketpair(); a.close(); b.close()")
# Socket options as strace 7.2 prints them and 6.1 did not (tests/expect.py): option names
# of more levels, netfilter's get/set names, ICMP_FILTER, IP_LOCAL_PORT_RANGE, SO_TXREHASH,
# TIPC, packet_mreq/tpacket_req at their exact sizes, SO_PEERCRED's unset ids.
expect(sockopt72 OPTS -e trace=setsockopt,getsockopt CMD ${PROGS}/fam_sockopt72)
