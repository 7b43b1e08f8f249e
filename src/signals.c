/*
 * signals.c: signal names and siginfo, as strace prints them in "--- SIGCHLD {...} ---",
 * "+++ killed by SIGTERM +++" and in the arguments of kill() and friends. A value printer
 * (signals.h).
 */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"
#include "signals.h"
#include "strc.h"
#include "xlats.h"

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

void print_signal_name(int sig)
{
	const char *name = signal_name(sig);

	if (name)
		tputs(name);
	else
		tprintf("%d", sig);
}

void print_signal(int sig)
{
	const char *name = signal_name(sig);

	if (name && xlat_verbose() && !xlat_raw())
		tprintf("%d /* %s */", sig, name);
	else if (name && !xlat_raw())
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
	if (name && !xlat_raw() && !xlat_verbose()) {
		print_const_name(name);
		return;
	}
	tprintf(code ? "%#x" : "%x", (unsigned)code);
	if (name && xlat_verbose())	/* -X verbose */
		tprintf(" /* %s */", name);
}

/* strace shows si_value only when it holds something, except for timers. */
static void print_sigval(const siginfo_t *si, int always)
{
	if (!always && !si->si_ptr)
		return;
	tprintf(", si_int=%d, si_ptr=", si->si_int);
	printaddr((uint64_t)(uintptr_t)si->si_ptr);
}

static void print_pid_uid(const siginfo_t *si)
{
	tputs(", si_pid=");
	print_pid(si->si_pid);
	tprintf(", si_uid=%u", si->si_uid);
}

/* CPU time in clock ticks; strace adds the seconds in a comment when it is not 0. */
void print_clock_t(const char *field, long v)
{
	tprintf(", %s=%ld", field, v);
	if (v)
		tprintf(" /* %ld.%02ld s */", v / 100, labs(v % 100));
}

static void print_si_syscall(const siginfo_t *si)
{
	const struct arch_table *a = arch_by_audit(si->si_arch, (unsigned)si->si_syscall);
	const struct sysent *se = a ? syscall_lookup(a, (unsigned)si->si_syscall) : NULL;

	if (se)
		tprintf(", si_syscall=__NR_%s", se->name);
	else
		tprintf(", si_syscall=%d", si->si_syscall);
	tputs(", si_arch=");
	printxval(&xlat_audit_arches, (uint32_t)si->si_arch, "AUDIT_ARCH_???");
}

/* The fields a code the kernel (si_code > 0) gives this signal carry. */
static void print_kernel_fields(const siginfo_t *si, int sig, int code)
{
	switch (sig) {
	case SIGCHLD:
		print_pid_uid(si);
		tputs(", si_status=");
		if (code == CLD_EXITED)
			tprintf("%d", si->si_status);
		else
			print_signal(si->si_status);
		print_clock_t("si_utime", (long)si->si_utime);
		print_clock_t("si_stime", (long)si->si_stime);
		return;
	case SIGILL:
	case SIGFPE:
	case SIGSEGV:
	case SIGBUS:
	case SIGTRAP:
		tputs(", si_addr=");
		printaddr((uint64_t)(uintptr_t)si->si_addr);
		if (sig == SIGSEGV && code == SEGV_BNDERR) {
			tputs(", si_lower=");
			printaddr((uint64_t)(uintptr_t)si->si_lower);
			tputs(", si_upper=");
			printaddr((uint64_t)(uintptr_t)si->si_upper);
		} else if (sig == SIGSEGV && code == SEGV_PKUERR) {
			tprintf(", si_pkey=%u", (unsigned)si->si_pkey);
		} else if (sig == SIGBUS && (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)) {
			tprintf(", si_addr_lsb=%#x", (unsigned)si->si_addr_lsb);
		}
		return;
	case SIGIO:
		if (code >= POLL_IN && code <= POLL_HUP)
			tprintf(", si_band=%ld, si_fd=%d", si->si_band, si->si_fd);
		return;
	case SIGSYS:
		tputs(", si_call_addr=");
		printaddr((uint64_t)(uintptr_t)si->si_call_addr);
		print_si_syscall(si);
		return;
	}
	if (si->si_pid || si->si_uid)
		print_pid_uid(si);
	print_sigval(si, 0);
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
	switch (code) {
	case SI_USER:
	case SI_TKILL:
		print_pid_uid(si);
		return;
	case SI_TIMER:
		tprintf(", si_timerid=%#x, si_overrun=%d", si->si_timerid, si->si_overrun);
		print_sigval(si, 1);
		return;
	case SI_SIGIO:
		tprintf(", si_band=%ld, si_fd=%d", si->si_band, si->si_fd);
		return;
	}
	if (code < 0) {
		print_pid_uid(si);
		print_sigval(si, 0);
		return;
	}
	print_kernel_fields(si, sig, code);
}

/* Bit n (from 0) of a set is signal n + 1; in sets strace drops the "SIG" prefix. */
static void print_mask_name(int sig)
{
	const char *name = signal_name(sig);

	if (name && (xlat_raw() || xlat_verbose())) {	/* -X raw, -X verbose */
		tprintf("%d", sig);
		if (xlat_raw())
			return;
		tprintf(" /* %s */", strncmp(name, "SIG", 3) ? name : name + 3);
	} else if (name && !strncmp(name, "SIG", 3))
		tputs(name + 3);
	else if (name)
		tputs(name);
	else
		tprintf("%d", sig);
}

/*
 * strace lists the signals that are not in the set, after "~", once two thirds of the
 * bits are set (checked against strace 6.1 with 64- and 32-bit sets).
 */
void print_sigmask(uint64_t mask, unsigned nbits)
{
	int invert = nbits && (unsigned)__builtin_popcountll(mask) >= nbits * 2 / 3;
	int first = 1;

	if (nbits < 64)
		mask &= (1ull << nbits) - 1;
	out_mark(OUT_MARK_VERBATIM);	/* one word to --color, as strace colours it */
	if (invert) {
		mask = ~mask;
		if (nbits < 64)
			mask &= (1ull << nbits) - 1;
		tputc('~');
	}
	tputc('[');
	for (unsigned i = 0; i < nbits; i++) {
		if (!(mask & (1ull << i)))
			continue;
		if (!first)
			tputc(' ');
		first = 0;
		print_mask_name(i + 1);
	}
	tputc(']');
	out_mark(OUT_MARK_END);
}
