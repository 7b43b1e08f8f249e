/*
 * fdinfo72.c: -yy (or --decode-fds=eventfd,signalfd) on eventfd and signalfd descriptors,
 * which strace 7.2 follows with what /proc/PID/fdinfo says and 6.1 with the link's text:
 * 3<{eventfd-count=0x5, eventfd-id=2, eventfd-semaphore=1}>, 4<signalfd:[USR1 CHLD]>.
 * The program prints the lines it expects (tests/expect.py). An eventfd's id is the
 * system's next free one: the program reads it from its own fdinfo, as the tracer does.
 * Traced with -e trace=eventfd2,signalfd4,readv,writev,fcntl: calls the loader before main
 * does not make.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/uio.h>

#include "expect.h"

/* One "key: value" line of this process's fdinfo for fd, or NULL. */
static const char *fdinfo(int fd, const char *key)
{
	static char value[64];
	char path[64], line[256];
	size_t n = strlen(key);
	FILE *f;
	const char *found = NULL;

	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	f = fopen(path, "re");
	if (!f)
		return NULL;
	while (!found && fgets(line, sizeof(line), f)) {
		if (strncmp(line, key, n) || line[n] != ':')
			continue;
		snprintf(value, sizeof(value), "%s", line + n + 1 + strspn(line + n + 1, " \t"));
		value[strcspn(value, "\n")] = 0;
		found = value;
	}
	fclose(f);
	return found;
}

/* A call whose result is printed as the text result: the descriptor and its details. */
__attribute__((format(printf, 2, 3)))
static void expect_as(const char *result, const char *fmt, ...)
{
	char call[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(call, sizeof(call), fmt, ap);
	va_end(ap);
	printf("%-*s = %s\n", EXPECT_COLUMN, call, result);
}

/* 3<{eventfd-count=0x5, eventfd-id=2, eventfd-semaphore=1}> as it is now */
static const char *eventfd_text(int fd)
{
	static char ring[4][160];
	static unsigned next;
	char *out = ring[next++ % 4];
	unsigned long long count = strtoull(fdinfo(fd, "eventfd-count"), NULL, 16);
	char id[32];
	const char *sem;
	int n;

	snprintf(id, sizeof(id), "%s", fdinfo(fd, "eventfd-id"));
	n = snprintf(out, sizeof(ring[0]), count ? "%d<{eventfd-count=%#llx, eventfd-id=%s" :
		     "%d<{eventfd-count=%llu, eventfd-id=%s", fd, count, id);
	sem = fdinfo(fd, "eventfd-semaphore");
	if (sem)
		n += snprintf(out + n, sizeof(ring[0]) - n, ", eventfd-semaphore=%s", sem);
	snprintf(out + n, sizeof(ring[0]) - n, "}>");
	return out;
}

static void eventfds(void)
{
	uint64_t v = 0;
	struct iovec iov = { &v, sizeof(v) };
	char before[160];
	int fd = eventfd(5, EFD_SEMAPHORE);
	long rc;

	if (fd < 0 || !fdinfo(fd, "eventfd-id"))	/* a kernel without the id: skipped */
		exit(77);
	expect_as(eventfd_text(fd), "eventfd2(5, EFD_SEMAPHORE)");
	/* a semaphore's read takes one; the descriptor is shown as it was at the call's entry */
	snprintf(before, sizeof(before), "%s", eventfd_text(fd));
	rc = readv(fd, &iov, 1);
	expect(rc, "readv(%s, [{iov_base=%s, iov_len=8}], 1)", before,
	       expect_str(&v, sizeof(v), 32));
	v = 0x100000001ULL;
	snprintf(before, sizeof(before), "%s", eventfd_text(fd));
	rc = writev(fd, &iov, 1);
	expect(rc, "writev(%s, [{iov_base=%s, iov_len=8}], 1)", before,
	       expect_str(&v, sizeof(v), 32));
	expect(fcntl(fd, F_GETFD), "fcntl(%s, F_GETFD)", eventfd_text(fd));
	close(fd);
}

static void signalfds(void)
{
	sigset_t set;
	int fd, fd2;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGCHLD);
	char result[64];

	fd = syscall(SYS_signalfd4, -1, &set, 8, SFD_NONBLOCK);
	snprintf(result, sizeof(result), "%d<signalfd:[USR1 CHLD]>", fd);
	expect_as(result, "signalfd4(-1, [USR1 CHLD], 8, SFD_NONBLOCK)");
	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGKILL);	/* the kernel leaves KILL and STOP out of the mask */
	snprintf(result, sizeof(result), "%d<signalfd:[HUP]>",
		 (int)syscall(SYS_signalfd4, fd, &set, 8, 0));
	expect_as(result, "signalfd4(%d<signalfd:[USR1 CHLD]>, [HUP KILL], 8, 0)", fd);
	sigfillset(&set);
	fd2 = syscall(SYS_signalfd4, -1, &set, 8, 0);
	snprintf(result, sizeof(result), "%d<signalfd:~[KILL STOP RTMIN RT_1]>", fd2);
	expect_as(result, "signalfd4(-1, ~[RTMIN RT_1], 8, 0)");
	expect(fcntl(fd, F_GETFD), "fcntl(%d<signalfd:[HUP]>, F_GETFD)", fd);
	close(fd);
	close(fd2);
}

int main(int argc, char **argv)
{
	expect_args(argc, argv);
	eventfds();
	signalfds();
	return expect_done();
}
