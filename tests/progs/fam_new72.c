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
#include <time.h>

/* the numbers every architecture shares (the C library's headers may predate them) */
#ifndef __NR_futex_waitv
#define __NR_futex_waitv 449
#endif
#ifndef __NR_futex_wake
#define __NR_futex_wake 454
#define __NR_futex_wait 455
#define __NR_futex_requeue 456
#endif
#ifndef __NR_mseal
#define __NR_mseal 462
#endif

/* garbage for the upper half of an argument the kernel reads as an int */
#define HIGH 0xdeadbeef00000000UL

/* struct futex_waitv as the kernel has it */
struct waitv {
	uint64_t val;
	uint64_t uaddr;
	uint32_t flags;
	uint32_t reserved;
};

static uint32_t futex_word = 5;

/* A struct futex_waitv as strace prints it; flags are given as printed. */
static const char *waitv_text(const struct waitv *w, const char *flags)
{
	static char ring[4][256];
	static unsigned next;
	char *out = ring[next++ % 4];
	int n;

	n = snprintf(out, sizeof(ring[0]), w->val ? "{val=%#llx" : "{val=%llu",
		     (unsigned long long)w->val);
	n += snprintf(out + n, sizeof(ring[0]) - n, ", uaddr=%s, flags=%s",
		      expect_ptr((void *)(uintptr_t)w->uaddr), flags);
	if (w->reserved)
		n += snprintf(out + n, sizeof(ring[0]) - n, ", __reserved=%#x", w->reserved);
	snprintf(out + n, sizeof(ring[0]) - n, "}");
	return out;
}

static void futex_wake_calls(void)
{
	void *f = &futex_word;
	long rc;

	rc = syscall(__NR_futex_wake, f, 0xffffffffUL, HIGH | 3, HIGH | 2);
	expect(rc, "futex_wake(%p, %s, 3, %s)", f,
	       expect_named("0xffffffff", "FUTEX_BITSET_MATCH_ANY"),
	       expect_named("0x2", "FUTEX2_SIZE_U32"));
	rc = syscall(__NR_futex_wake, f, -1UL, -1UL, -1UL);
	expect(rc, "futex_wake(%p, 0xffffffffffffffff, -1, %s)", f,
	       expect_named("0xffffffff", "FUTEX2_SIZE_U64|FUTEX2_NUMA|FUTEX2_MPOL|"
			    "FUTEX2_PRIVATE|0xffffff70"));
	rc = syscall(__NR_futex_wake, f, 0x12345678UL, 5, 0);
	expect(rc, "futex_wake(%p, 0x12345678, 5, %s)", f, expect_named("0", "FUTEX2_SIZE_U8"));
	rc = syscall(__NR_futex_wake, f, HIGH | 1, 1, 0x82);
	expect(rc, "futex_wake(%p, %#lx, 1, %s)", f, HIGH | 1,
	       expect_named("0x82", "FUTEX2_SIZE_U32|FUTEX2_PRIVATE"));
	rc = syscall(__NR_futex_wake, NULL, 0, 0, 0x7f41);
	expect(rc, "futex_wake(NULL, 0, 0, %s)", expect_named("0x7f41", "FUTEX2_SIZE_U16|0x7f40"));
}

static void futex_wait_calls(void *guard)
{
	struct timespec ts = { 1, 2 };
	void *f = &futex_word;
	void *tail = expect_tail(guard, 8);
	long rc;

	/* the word is 5: waiting for another value returns at once */
	rc = syscall(__NR_futex_wait, f, HIGH | 7, 0xffffffffUL, HIGH | 2, &ts, HIGH | 1);
	expect(rc, "futex_wait(%p, %lu, %s, %s, {tv_sec=1, tv_nsec=2}, %s)", f, HIGH | 7,
	       expect_named("0xffffffff", "FUTEX_BITSET_MATCH_ANY"),
	       expect_named("0x2", "FUTEX2_SIZE_U32"), expect_named("0x1", "CLOCK_MONOTONIC"));
	rc = syscall(__NR_futex_wait, f, 4, 0xffffffffUL, 0x82, NULL, 0);
	expect(rc, "futex_wait(%p, 4, %s, %s, NULL, %s)", f,
	       expect_named("0xffffffff", "FUTEX_BITSET_MATCH_ANY"),
	       expect_named("0x82", "FUTEX2_SIZE_U32|FUTEX2_PRIVATE"),
	       expect_named("0", "CLOCK_REALTIME"));
	rc = syscall(__NR_futex_wait, f, -1UL, 0, 2, tail, 7);
	expect(rc, "futex_wait(%p, 18446744073709551615, 0, %s, %p, %s)", f,
	       expect_named("0x2", "FUTEX2_SIZE_U32"), tail, expect_named("0x7", "CLOCK_BOOTTIME"));
	rc = syscall(__NR_futex_wait, f, 1, 0, 2, guard, 77);
	expect(rc, "futex_wait(%p, 1, 0, %s, %p, %s)", f, expect_named("0x2", "FUTEX2_SIZE_U32"),
	       guard, expect_unknown("0x4d", "CLOCK_???"));
}

static void futex_waitv_calls(void *guard)
{
	static struct waitv zeros[40];
	struct waitv w[3] = {
		{ 6, (uintptr_t)&futex_word, 0x82, 0 },
		{ HIGH | 3, 0, 0x40, 7 },
		{ 1, 2, 3, 0 },
	};
	const char *w0 = waitv_text(&w[0], expect_named("0x82", "FUTEX2_SIZE_U32|FUTEX2_PRIVATE"));
	const char *w1 = waitv_text(&w[1], expect_named("0x40", "FUTEX2_SIZE_U8|0x40"));
	const char *w2 = waitv_text(&w[2], expect_named("0x3", "FUTEX2_SIZE_U64"));
	const char *z = waitv_text(&zeros[0], expect_named("0", "FUTEX2_SIZE_U8"));
	struct waitv *tail = expect_tail(guard, sizeof(struct waitv));
	struct timespec ts = { 1, 2 };
	char all[4096];
	long rc;
	int i, n;

	rc = syscall(__NR_futex_requeue, w, 0, 1, 2);
	expect(rc, "futex_requeue([%s, %s], 0, 1, 2)", w0, w1);
	rc = syscall(__NR_futex_requeue, w, HIGH | 1, HIGH | 1, HIGH | 2);
	expect(rc, "futex_requeue([%s, %s], 0x1, 1, 2)", w0, w1);
	rc = syscall(__NR_futex_requeue, tail, 0, 1, 2);
	expect(rc, "futex_requeue([%s, ... /* %p */], 0, 1, 2)", z, guard);
	rc = syscall(__NR_futex_requeue, guard, 0, 1, 2);
	expect(rc, "futex_requeue(%p, 0, 1, 2)", guard);
	rc = syscall(__NR_futex_requeue, NULL, 0, -1, 0);
	expect(rc, "futex_requeue(NULL, 0, -1, 0)");

	/* the first waiter's value is not the word's: no waiting */
	rc = syscall(__NR_futex_waitv, w, 3, 0, &ts, 1);
	expect(rc, "futex_waitv([%s, %s, %s], 3, 0, {tv_sec=1, tv_nsec=2}, %s)", w0, w1, w2,
	       expect_named("0x1", "CLOCK_MONOTONIC"));
	rc = syscall(__NR_futex_waitv, w, 1, 0, NULL, 0);
	expect(rc, "futex_waitv([%s], 1, 0, NULL, %s)", w0, expect_named("0", "CLOCK_REALTIME"));
	rc = syscall(__NR_futex_waitv, w, 0, HIGH | 1, NULL, HIGH | 1);
	expect(rc, "futex_waitv([], 0, 0x1, NULL, %s)", expect_named("0x1", "CLOCK_MONOTONIC"));
	rc = syscall(__NR_futex_waitv, tail, 2, 0, NULL, 1);
	expect(rc, "futex_waitv([%s, ... /* %p */], 2, 0, NULL, %s)", z, guard,
	       expect_named("0x1", "CLOCK_MONOTONIC"));
	rc = syscall(__NR_futex_waitv, NULL, 1, 0, guard, 99);
	expect(rc, "futex_waitv(NULL, 1, 0, %p, %s)", guard, expect_unknown("0x63", "CLOCK_???"));
	/* more waiters than -s shows (32): the rest is "..." */
	n = snprintf(all, sizeof(all), "[");
	for (i = 0; i < 32; i++)
		n += snprintf(all + n, sizeof(all) - n, "%s%s", i ? ", " : "", z);
	snprintf(all + n, sizeof(all) - n, ", ...]");
	rc = syscall(__NR_futex_waitv, zeros, 40, 0, NULL, 1);
	expect(rc, "futex_waitv(%s, 40, 0, NULL, %s)", all, expect_named("0x1", "CLOCK_MONOTONIC"));
}

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

	void *guard = expect_guard_page();

	if (expect_group(argc, argv, first, "futex"))
		futex_wake_calls();
	if (expect_group(argc, argv, first, "futex"))
		futex_wait_calls(guard);
	if (expect_group(argc, argv, first, "futex"))
		futex_waitv_calls(guard);
	if (expect_group(argc, argv, first, "mseal"))
		mseal_calls();
	return expect_done();
}
