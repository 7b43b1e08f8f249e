/*
 * fam_new72.c: the syscalls strace 7.2 decodes and 6.1 does not (futex2, mseal, ...), each
 * called with valid and invalid arguments, printing the line strace 7.2 prints for it
 * (tests/expect.py compares; tests/progs/expect.h has the helpers). Calls this kernel
 * lacks fail with ENOSYS and are decoded all the same.
 *
 *   fam_new72 [abbrev|raw|verbose] [GROUP...]   (no group: every group)
 */
#include "expect.h"

#include <stdint.h>
#include <sys/syscall.h>

/* the numbers every architecture shares (the C library's headers may predate them) */
#ifndef __NR_mseal
#define __NR_mseal 462
#endif

/* garbage for the upper half of an argument the kernel reads as an int */
#define HIGH 0xdeadbeef00000000UL

static void mseal_calls(void)
{
	long page = sysconf(_SC_PAGESIZE);
	void *p = mmap(NULL, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long rc;

	rc = syscall(__NR_mseal, p, page, 0);
	expect(rc, "mseal(%p, %ld, 0)", p, page);
	rc = syscall(__NR_mseal, p, page, HIGH | 1);
	expect(rc, "mseal(%p, %ld, %#lx)", p, page, HIGH | 1);
	rc = syscall(__NR_mseal, NULL, 0, 0);
	expect(rc, "mseal(NULL, 0, 0)");
}

int main(int argc, char **argv)
{
	int first = expect_args(argc, argv);

	if (expect_group(argc, argv, first, "mseal"))
		mseal_calls();
	return expect_done();
}
