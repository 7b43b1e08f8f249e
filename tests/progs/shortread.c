/*
 * shortread.c: arguments whose first part is readable and the rest not (they end in an
 * unmapped page), for the notes strace writes on stderr when it can read only a part of
 * what it asks for: "umoven: short read (10 < 20) @0x..." for a buffer or a structure,
 * "umovestr: short read (N < 4096) @0x...: Bad address" for a path with no NUL before
 * the page ends. It prints on standard output the notes it expects, without the tracer's
 * name; tests/integration/shortread.py compares.
 *
 *   shortread [inline]
 *
 * inline: only the write, for the note's place inside a trace written to stderr; it
 * prints the whole trace it expects (the tracer's name as @NAME@).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

static void note(const void *addr, size_t got, size_t want)
{
	printf("umoven: short read (%zu < %zu) @%p\n", got, want, addr);
}

/* g: the first byte of the unmapped page, after a readable one */
static void structures(char *g)
{
	struct iovec *iov;

	memset(g - 4096, 'a', 4096);
	syscall(SYS_write, -1, g - 10, 20);
	note(g - 10, 10, 20);
	syscall(SYS_write, -1, g - 10, 10);	/* all of it readable: no note */
	syscall(SYS_write, -1, g, 10);		/* none of it: no note */
	/* the first iovec whole, its buffer in part; the second iovec in part */
	iov = (struct iovec *)(g - 24);
	iov[0].iov_base = g - 5;
	iov[0].iov_len = 10;
	syscall(SYS_writev, -1, iov, 2);
	note(g - 5, 5, 10);
	note(g - 8, 8, 16);
	syscall(SYS_nanosleep, g - 8, NULL);
	note(g - 8, 8, 16);
	syscall(SYS_poll, g - 4, 1, 0);
	note(g - 4, 4, 8);
	syscall(SYS_sendmsg, -1, g - 20, 0);
	note(g - 20, 20, sizeof(struct msghdr));
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, g - 4, NULL, 8);
	note(g - 4, 4, 8);
	syscall(SYS_sendto, -1, g - 10, 20, 0, g - 8, 16);
	note(g - 10, 10, 20);
	note(g - 8, 8, 16);
}

static void strings(char *g)
{
	memset(g - 100, 'a', 100);
	syscall(SYS_chdir, g - 100);
	printf("umovestr: short read (100 < 4096) @%p: %s\n", (void *)(g - 100),
	       strerror(EFAULT));
	g[-1] = '\0';
	syscall(SYS_chdir, g - 100);	/* a NUL before the page ends: no note */
}

int main(int argc, char **argv)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);
	char *g = p + page;

	if (p == MAP_FAILED || munmap(g, page))
		return 2;
	setvbuf(stdout, NULL, _IONBF, 0);
	if (argc > 1 && !strcmp(argv[1], "inline")) {
		char call[64], text[512];
		struct iovec out;

		memset(p, 'a', page);
		syscall(SYS_write, -1, g - 10, 20);
		/* the line so far, the note on a line of its own, the rest of the line padded
		 * as if it were whole; written by writev, which the case does not trace */
		snprintf(call, sizeof(call), "write(-1, %p, 20)", (void *)(g - 10));
		out.iov_base = text;
		out.iov_len = snprintf(text, sizeof(text),
				       "write(-1, @NAME@: umoven: short read (10 < 20) @%p\n"
				       "%p, 20)%*s = -1 EBADF (Bad file descriptor)\n"
				       "+++ exited with 0 +++\n", (void *)(g - 10),
				       (void *)(g - 10), (int)(39 - strlen(call)), "");
		return writev(1, &out, 1) < 0;
	}
	structures(g);
	strings(g);
	return 0;
}
