/*
 * compat.c: structures whose 32-bit layout is more than narrower words, read from a 32-bit
 * tracee into the native form the printers take. siginfo_t: the kernel's 32-bit one keeps
 * the same three ints first, then its union at offset 12 (16 natively) with 32-bit
 * pointers, longs and clock_t; which member is in use follows from the signal and code.
 * On the value printers' floor (values.h), below the decoder families that use it.
 */
#include <signal.h>
#include <string.h>

#include "abi.h"
#include "mem.h"
#include "print.h"
#include "strc.h"
#include "values.h"

#define SI32_SIZE 128
#define SI32_UNION 12

static uint32_t word32(const unsigned char *b, unsigned off)
{
	return get32(b + SI32_UNION + off);
}

static int is_fault_signal(int sig)
{
	return sig == SIGILL || sig == SIGFPE || sig == SIGSEGV || sig == SIGBUS ||
	       sig == SIGTRAP;
}

/* x32's clock_t is 64 bits: its SIGCHLD times are two words each */
static int64_t clock32(const unsigned char *b, unsigned off, int x32)
{
	if (!x32)
		return (int32_t)word32(b, off);
	return (int64_t)((uint64_t)word32(b, off) | (uint64_t)word32(b, off + 4) << 32);
}

static void siginfo_from_32(const unsigned char *b, siginfo_t *si, int x32)
{
	int sig, code;

	memset(si, 0, sizeof(*si));
	memcpy(&si->si_signo, b, 4);
	memcpy(&si->si_errno, b + 4, 4);
	memcpy(&si->si_code, b + 8, 4);
	sig = si->si_signo;
	code = si->si_code;
	if (code > 0 && is_fault_signal(sig)) {
		si->si_addr = (void *)(uintptr_t)word32(b, 0);
		si->si_addr_lsb = (short)word32(b, 4);
		si->si_lower = (void *)(uintptr_t)word32(b, 8);
		si->si_upper = (void *)(uintptr_t)word32(b, 12);
		if (sig == SIGSEGV && code == SEGV_PKUERR)
			si->si_pkey = word32(b, 8);
	} else if (code > 0 && sig == SIGCHLD) {
		si->si_pid = (pid_t)word32(b, 0);
		si->si_uid = word32(b, 4);
		si->si_status = (int)word32(b, 8);
		si->si_utime = clock32(b, 12, x32);
		si->si_stime = clock32(b, x32 ? 20 : 16, x32);
	} else if (code > 0 && sig == SIGIO) {
		si->si_band = (int32_t)word32(b, 0);
		si->si_fd = (int)word32(b, 4);
	} else if (code > 0 && sig == SIGSYS) {
		si->si_call_addr = (void *)(uintptr_t)word32(b, 0);
		si->si_syscall = (int)word32(b, 4);
		si->si_arch = word32(b, 8);
	} else if (code == SI_TIMER) {
		si->si_timerid = (int)word32(b, 0);
		si->si_overrun = (int)word32(b, 4);
		si->si_ptr = (void *)(uintptr_t)word32(b, 8);
	} else {
		/* kill, tkill, sigqueue, mq_notify, and the rest: sender, then a value */
		si->si_pid = (pid_t)word32(b, 0);
		si->si_uid = word32(b, 4);
		si->si_ptr = (void *)(uintptr_t)word32(b, 8);
	}
}

int umove_siginfo(struct tracee *t, uint64_t addr, siginfo_t *si)
{
	unsigned char b[SI32_SIZE];

	if (tracee_word_bits(t) == 64)
		return umoven(t, addr, sizeof(*si), si);
	if (umoven(t, addr, sizeof(b), b) < 0)
		return -1;
	siginfo_from_32(b, si, t->arch && t->arch->nr_base);
	return 0;
}
