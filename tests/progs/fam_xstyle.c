/*
 * fam_xstyle.c: values decoders name by hand, for the -X raw and -X verbose cases of
 * tests/integration/xstyle.cmake: every futex operation with the private and clock bits,
 * FUTEX_OP() fields with and without names, personality(2) types and flags, the pid
 * PR_SET_PTRACER names, and a stopped child's wait status. No call blocks: the futex
 * values never match, the addresses of the others are invalid.
 */
#include <linux/futex.h>
#include <signal.h>
#include <stdint.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void futexes(void)
{
	static uint32_t f = 1, g = 2;

	/* NULL: every operation fails at once, so none blocks */
	for (int bits = 0; bits < 4; bits++)
		for (int op = 0; op < 15; op++)
			syscall(SYS_futex, NULL, op | (bits & 1 ? FUTEX_PRIVATE_FLAG : 0) |
				(bits & 2 ? FUTEX_CLOCK_REALTIME : 0), 1, NULL, NULL, 0);
	syscall(SYS_futex, &f, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 0, NULL, NULL,
		FUTEX_BITSET_MATCH_ANY);
	syscall(SYS_futex, &f, FUTEX_WAKE_BITSET, 1, NULL, NULL, 5);
	syscall(SYS_futex, &f, FUTEX_WAKE_OP, 1, 1, &g, FUTEX_OP(6, 1, 7, 2));
	syscall(SYS_futex, &f, FUTEX_WAKE_OP_PRIVATE, 1, 1, &g,
		FUTEX_OP((FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT), 1, FUTEX_OP_CMP_GE, 2));
}

static void personalities(void)
{
	int old = personality(0xffffffff);

	personality(PER_LINUX32);
	personality(PER_SVR4);
	personality(0x1 | ADDR_NO_RANDOMIZE | 0x10000000);
	personality(0x3f);
	personality(0x10000000);
	personality(0xffffffff);
	personality(old);
}

/* SIGCHLD blocked: its delivery would race with the wait calls in the two traces */
static void stopped_child(void)
{
	sigset_t chld;
	pid_t pid;
	int status;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid = fork();
	if (pid == 0) {
		raise(SIGSTOP);
		_exit(3);
	}
	waitpid(pid, &status, WUNTRACED);
	kill(pid, SIGCONT);
	waitpid(pid, &status, 0);
}

int main(void)
{
	futexes();
	personalities();
	prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
	prctl(PR_SET_PTRACER, 0, 0, 0, 0);
	stopped_child();
	return 0;
}
