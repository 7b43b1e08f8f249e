/*
 * fdinfo.h: descriptor decoration (-y, -yy, -e decode-fds=) and I/O dumps (-e read=,
 * -e write=). See src/fdinfo.c and src/dumpio.c.
 */
#ifndef STRC_FDINFO_H
#define STRC_FDINFO_H

#include "strc.h"

/* opt.decode_fds bits */
enum {
	DECODE_FD_PATH = 1 << 0,
	DECODE_FD_SOCKET = 1 << 1,
	DECODE_FD_DEV = 1 << 2,
	DECODE_FD_PIDFD = 1 << 3,
	DECODE_FD_EVENTFD = 1 << 4,
	DECODE_FD_SIGNALFD = 1 << 5,
	DECODE_FD_ALL = DECODE_FD_PATH | DECODE_FD_SOCKET | DECODE_FD_DEV | DECODE_FD_PIDFD |
			DECODE_FD_EVENTFD | DECODE_FD_SIGNALFD,
};

/* src/fdinfo.c */
void fdinfo_decorate(struct tracee *t, int fd);	/* "<...>" after the number */
void fdinfo_decorate_cwd(struct tracee *t);		/* "<...>" after AT_FDCWD */
int fdinfo_qualify(const char *list);			/* decode-fds=LIST; -1 on error */

/* What a descriptor of process pid is, as /proc/PID says; the one place that asks. */
int fd_socket_inode(pid_t pid, int fd, unsigned long *ino);	/* -1: not a socket */
/* the socket's protocol name ("TCP", "NETLINK", ...) into name; -1 when unknown */
int fd_socket_protocol(pid_t pid, int fd, char *name, size_t size);
/* a netlink socket's protocol and port id (0 until bound), looked up in strc's own network
 * namespace as strace does; -1 when the inode is not listed there */
int netlink_socket_info(unsigned long ino, unsigned *proto, unsigned *portid);
/* the NETLINK_* protocol of a listed netlink socket, else -1 */
int fd_netlink_protocol(pid_t pid, int fd);

#endif
