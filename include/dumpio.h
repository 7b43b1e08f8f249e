/*
 * dumpio.h: -e read= and -e write= (src/dumpio.c): the hex dumps printed below a call.
 */
#ifndef STRC_DUMPIO_H
#define STRC_DUMPIO_H

#include <stddef.h>

struct tracee;

int dumpio_qualify(int write, const char *list);	/* read=/write=LIST; -1 on error */
void dumpio(struct tracee *t);				/* after a call's line */
int dumpio_enabled(void);	/* read= or write= given: dumps may follow a line */
/* The hex dump of one buffer, as strace prints it below the call. */
void dump_bytes(const unsigned char *buf, size_t len);

#endif
