/*
 * signals.c: signal names and siginfo, as strace prints them in "--- SIGCHLD {...} ---",
 * "+++ killed by SIGTERM +++" and in the arguments of kill() and friends.
 */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "print.h"
#include "strc.h"
#include "tables.h"

/* strace counts real-time signals from the kernel's SIGRTMIN, 32, not glibc's. */
#define KERNEL_SIGRTMIN 32
#define KERNEL_SIGRTMAX 64

const char *signal_name(int sig)
{
	static char buf[16];
	const char *name = xlat_name(&xlat_signals, sig);

	if (name)
		return name;
	if (sig == KERNEL_SIGRTMIN)
		return "SIGRTMIN";
	if (sig > KERNEL_SIGRTMIN && sig <= KERNEL_SIGRTMAX) {
		snprintf(buf, sizeof(buf), "SIGRT_%d", sig - KERNEL_SIGRTMIN);
		return buf;
	}
	return NULL;
}

void print_signal(int sig)
{
	const char *name = signal_name(sig);

	if (name)
		tputs(name);
	else
		tprintf("%d", sig);
}

static const struct xlat *si_code_set(int sig, int code)
{
	if (code <= 0 || code == SI_KERNEL)
		return &xlat_si_codes;
	switch (sig) {
	case SIGILL: return &xlat_si_codes_sigill;
	case SIGFPE: return &xlat_si_codes_sigfpe;
	case SIGSEGV: return &xlat_si_codes_sigsegv;
	case SIGBUS: return &xlat_si_codes_sigbus;
	case SIGTRAP: return &xlat_si_codes_sigtrap;
	case SIGCHLD: return &xlat_si_codes_sigchld;
	case SIGIO: return &xlat_si_codes_sigpoll;
	case SIGSYS: return &xlat_si_codes_sigsys;
	}
	return &xlat_si_codes;
}

static void print_si_code(int sig, int code)
{
	const char *name = xlat_name(si_code_set(sig, code), (uint64_t)(int64_t)code);

	if (!name)
		name = xlat_name(&xlat_si_codes, (uint64_t)(int64_t)code);
	if (name)
		tputs(name);
	else
		tprintf("%#x", (unsigned)code);
}

static void print_sigval(const siginfo_t *si)
{
	tprintf(", si_int=%d, si_ptr=%p", si->si_int, si->si_ptr);
}

/* The fields after "{": si_signo, si_code, then what that code carries. */
void print_siginfo_fields(struct tracee *t, const void *p)
{
	const siginfo_t *si = p;
	int sig = si->si_signo;
	int code = si->si_code;

	(void)t;
	tputs("si_signo=");
	print_signal(sig);
	tputs(", si_code=");
	print_si_code(sig, code);
	if (si->si_errno) {
		tputs(", si_errno=");
		const char *e = errno_name(si->si_errno);
		if (e)
			tputs(e);
		else
			tprintf("%d", si->si_errno);
	}
	if (code == SI_USER || code == SI_TKILL) {
		tprintf(", si_pid=%d, si_uid=%u", si->si_pid, si->si_uid);
		return;
	}
	if (code == SI_QUEUE || code == SI_MESGQ) {
		tprintf(", si_pid=%d, si_uid=%u", si->si_pid, si->si_uid);
		print_sigval(si);
		return;
	}
	if (code == SI_TIMER) {
		tprintf(", si_timerid=%#x, si_overrun=%d", si->si_timerid, si->si_overrun);
		print_sigval(si);
		return;
	}
	if (code <= 0 || code == SI_KERNEL)
		return;
	switch (sig) {
	case SIGCHLD:
		tprintf(", si_pid=%d, si_uid=%u, si_status=", si->si_pid, si->si_uid);
		if (code == CLD_EXITED)
			tprintf("%d", si->si_status);
		else
			print_signal(si->si_status);
		tprintf(", si_utime=%ld, si_stime=%ld", (long)si->si_utime, (long)si->si_stime);
		break;
	case SIGILL:
	case SIGFPE:
	case SIGSEGV:
	case SIGBUS:
		tputs(", si_addr=");
		printaddr((uint64_t)(uintptr_t)si->si_addr);
		break;
	case SIGIO:
		tprintf(", si_band=%ld, si_fd=%d", si->si_band, si->si_fd);
		break;
	case SIGSYS:
		tputs(", si_call_addr=");
		printaddr((uint64_t)(uintptr_t)si->si_call_addr);
		tprintf(", si_syscall=%d, si_arch=%#x", si->si_syscall, si->si_arch);
		break;
	}
}
