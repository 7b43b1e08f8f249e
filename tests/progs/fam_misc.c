/*
 * fam_misc.c: calls of no family, traced in tests/integration/net.cmake: futex in each of
 * its operations (none of them blocks: the values never match), uname, getrandom.
 */
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <sys/ptrace.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

static long futex(uint32_t *a, int op, uint32_t val, const void *ts, uint32_t *a2, uint32_t v3)
{
	return syscall(SYS_futex, a, op, val, ts, a2, v3);
}

int main(void)
{
	static uint32_t f = 1, g = 2;
	struct timespec ts = { 0, 1000 };
	struct utsname u;
	struct sock_fprog prog = { 0, NULL };
	uint32_t act = SECCOMP_RET_KILL_PROCESS;

	futex(&f, FUTEX_WAIT, 0, NULL, NULL, 0);
	futex(&f, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	futex(&f, FUTEX_WAKE, 1, NULL, NULL, 0);
	futex(&f, FUTEX_WAKE_PRIVATE, 0x7fffffff, NULL, NULL, 0);
	futex(&f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, NULL, NULL, FUTEX_BITSET_MATCH_ANY);
	futex(&f, FUTEX_WAIT_BITSET_PRIVATE, 0, &ts, NULL, 0x5);
	futex(&f, FUTEX_WAKE_BITSET, 1, NULL, NULL, 0x3);
	futex(&f, FUTEX_REQUEUE, 1, (void *)2, &g, 0);
	futex(&f, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)2, &g, 7);
	futex(&f, FUTEX_WAKE_OP, 1, (void *)1, &g, FUTEX_OP(FUTEX_OP_SET, 0, FUTEX_OP_CMP_GT, 1));
	futex(&f, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &g,
	      (FUTEX_OP_ADD << 28) | (FUTEX_OP_OPARG_SHIFT << 28) | (3 << 12));
	futex(&f, FUTEX_WAKE_OP, 1, (void *)1, &g, 0xfff);
	futex(&f, FUTEX_TRYLOCK_PI, 0, NULL, NULL, 0);
	futex(&f, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	futex(&f, FUTEX_WAIT_REQUEUE_PI, 0, &ts, &g, 0);
	futex(&f, FUTEX_CMP_REQUEUE_PI, 1, (void *)1, &g, 0);
	futex(&f, 99, 1, NULL, NULL, 0);
	futex((void *)0x10, FUTEX_WAIT, 1, NULL, NULL, 0);
	uname(&u);
	uname((void *)0x10);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, (void *)0x10);
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
	syscall(SYS_seccomp, 77, 0, NULL);
	syscall(SYS_ptrace, PTRACE_PEEKDATA, 99999, (void *)0x1000, NULL);
	syscall(SYS_ptrace, PTRACE_CONT, 99999, NULL, 0);
	syscall(SYS_ptrace, 0x4444, 99999, NULL, 0);
	return 0;
}
