/*
 * mem.c: reading tracee memory, the memory floor (above the ABI, below output). process_vm_readv moves a whole buffer in one syscall;
 * PTRACE_PEEKDATA, a word at a time, is the fallback where it is refused (old kernels,
 * some security modules).
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <unistd.h>

#include "mem.h"
#include "strc.h"

static int vm_readv_broken;

static int peek_read(pid_t pid, uint64_t addr, size_t len, char *out)
{
	const size_t w = sizeof(long);
	uint64_t start = addr & ~(uint64_t)(w - 1);

	while (len > 0) {
		size_t off = addr - start;
		size_t k = w - off < len ? w - off : len;
		long word;

		errno = 0;
		word = ptrace(PTRACE_PEEKDATA, pid, (void *)(uintptr_t)start, 0);
		if (errno)
			return -1;
		memcpy(out, (char *)&word + off, k);
		out += k;
		addr += k;
		len -= k;
		start += w;
	}
	return 0;
}

/* Reads len bytes; they may cross into an unmapped page only at the caller's risk. */
static ssize_t vm_read(pid_t pid, uint64_t addr, size_t len, void *buf)
{
	struct iovec local = { buf, len };
	struct iovec remote = { (void *)(uintptr_t)addr, len };

	return process_vm_readv(pid, &local, 1, &remote, 1, 0);
}

/* Reads len bytes; note: say on stderr, as strace does, when only a first part could be. */
static int read_mem(struct tracee *t, uint64_t addr, size_t len, void *buf, int note)
{
	if (!addr && len)
		return -1;
	if (len == 0)
		return 0;
	if (!vm_readv_broken) {
		ssize_t n = vm_read(t->pid, addr, len, buf);

		if (n == (ssize_t)len)
			return 0;
		if (n > 0) {
			if (note)
				warnx_("umoven: short read (%zd < %zu) @0x%" PRIx64, n, len, addr);
			return -1;
		}
		if (n >= 0 || errno == EFAULT || errno == ESRCH)
			return -1;
		if (errno == ENOSYS || errno == EPERM)
			vm_readv_broken = 1;
	}
	return peek_read(t->pid, addr, len, buf);
}

/* What umoven does, but also for a call outside -e verbose=: strings and buffers. */
int umoven_data(struct tracee *t, uint64_t addr, size_t len, void *buf)
{
	return read_mem(t, addr, len, buf, 1);
}

int umoven_silent(struct tracee *t, uint64_t addr, size_t len, void *buf)
{
	return read_mem(t, addr, len, buf, 0);
}

/*
 * Structures and arrays. For a call outside -e verbose= nothing is read, so every decoder
 * prints the address instead, as strace does; strings are still read (umoven_data).
 */
int umoven(struct tracee *t, uint64_t addr, size_t len, void *buf)
{
	if (print_style()->terse && len)
		return -1;
	return umoven_data(t, addr, len, buf);
}

/*
 * Strings are read a page at a time so that a string ending just before an unmapped page
 * is still read whole: one read across the boundary would fail for all of it.
 */
static long read_str(struct tracee *t, uint64_t addr, size_t len, char *buf, int note)
{
	const uint64_t page = 4096;
	size_t got = 0;

	if (!addr)
		return -1;
	while (got < len) {
		uint64_t a = addr + got;
		size_t chunk = page - (a & (page - 1));

		if (chunk > len - got)
			chunk = len - got;
		if (read_mem(t, a, chunk, buf + got, note) < 0) {
			/* strace reads the whole length at once: a first part read and no NUL
			 * in it is its short read */
			if (note && got)
				warnx_("umovestr: short read (%zu < %zu) @0x%" PRIx64 ": %s", got,
				       len, addr, strerror(EFAULT));
			return -1;
		}
		char *z = memchr(buf + got, '\0', chunk);
		if (z)
			return z - buf;
		got += chunk;
	}
	return len;
}

long umovestr(struct tracee *t, uint64_t addr, size_t len, char *buf)
{
	return read_str(t, addr, len, buf, 1);
}

long umovestr_silent(struct tracee *t, uint64_t addr, size_t len, char *buf)
{
	return read_str(t, addr, len, buf, 0);
}
