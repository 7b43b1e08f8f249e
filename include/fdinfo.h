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
	DECODE_FD_ALL = DECODE_FD_PATH | DECODE_FD_SOCKET | DECODE_FD_DEV | DECODE_FD_PIDFD,
};

/* src/fdinfo.c */
void fdinfo_decorate(struct tracee *t, int fd);	/* "<...>" after the number */
void fdinfo_decorate_cwd(struct tracee *t);		/* "<...>" after AT_FDCWD */
int fdinfo_qualify(const char *list);			/* decode-fds=LIST; -1 on error */

#endif
