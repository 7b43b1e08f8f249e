/*
 * signal.c: decoders for the signal family (rt_sigaction, rt_sigprocmask, rt_sigreturn,
 * sigaltstack, ...) and the signal-set reader the other families share (the printer of a
 * mask is signals.c's).
 */
#include <signal.h>
#include <string.h>

#include "decode.h"
#include "sysids.h"

/* The kernel's sigset is 64 bits on every architecture strc knows. */
#define KERNEL_SIGSET_SIZE 8

void print_sigset(struct tracee *t, uint64_t addr, uint64_t size)
{
	uint64_t mask = 0;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (size == 0 || size > KERNEL_SIGSET_SIZE || umoven(t, addr, size, &mask) < 0) {
		printaddr(addr);
		return;
	}
	print_sigmask(mask, size * 8);
}

/* rt_sigprocmask and friends want exactly the kernel's size; anything else is EINVAL. */
static void print_sigset_exact(struct tracee *t, uint64_t addr, uint64_t size)
{
	if (addr && size != KERNEL_SIGSET_SIZE)
		printaddr(addr);
	else
		print_sigset(t, addr, size);
}

static void print_handler(uint64_t h, int bits)
{
	const char *name = NULL;

	if (h == 0)
		name = "SIG_DFL";
	else if (h == 1)
		name = "SIG_IGN";
	else if (h == (bits == 32 ? 0xffffffffull : ~0ull))
		name = "SIG_ERR";
	if (name && !xlat_raw() && !xlat_verbose()) {
		print_const_name(name);
		return;
	}
	printnum_hex(h);
	if (name && xlat_verbose())	/* -X verbose */
		tprintf(" /* %s */", name);
}

/* The kernel's struct sigaction: handler, flags, restorer (words), then a 64-bit mask. */
static void print_kernel_sigaction(struct tracee *t, uint64_t addr)
{
	int bits = tracee_word_bits(t);
	uint64_t handler, flags, restorer, mask;

	if (bits == 64) {
		/* strace reads its own larger struct (a 64-byte mask): 88 bytes, so that one
		 * ending sooner prints as its address there */
		uint64_t sa[11];
		if (umove_or_printaddr(t, addr, sizeof(sa), sa) < 0)
			return;
		handler = sa[0];
		flags = sa[1];
		restorer = sa[2];
		mask = sa[3];
	} else {
		uint32_t sa[5];
		if (umove_or_printaddr(t, addr, sizeof(sa), sa) < 0)
			return;
		handler = sa[0];
		flags = sa[1];
		restorer = sa[2];
		mask = sa[3] | (uint64_t)sa[4] << 32;
	}
	tputs("{sa_handler=");
	print_handler(handler, bits);
	tputs(", sa_mask=");
	print_sigmask(mask, 64);
	tputs(", sa_flags=");
	printflags(&xlat_sa_flags, flags, "SA_???");
	if (flags & 0x04000000) {	/* SA_RESTORER */
		tputs(", sa_restorer=");
		printaddr(restorer);
	}
	tputc('}');
}

int dec_rt_sigaction(struct tracee *t)
{
	if (entering(t)) {
		print_signal(arg_int(t, 0));
		tputs(", ");
		print_kernel_sigaction(t, arg_ulong(t, 1));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 2));
	else
		print_kernel_sigaction(t, arg_ulong(t, 2));
	tprintf(", %" PRIu64, arg_ulong(t, 3));
	return 0;
}

int dec_rt_sigprocmask(struct tracee *t)
{
	if (entering(t)) {
		printxval(&xlat_sigprocmask_how, (uint32_t)arg_ulong(t, 0), "SIG_???");
		tputs(", ");
		print_sigset_exact(t, arg_ulong(t, 1), arg_ulong(t, 3));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 2));
	else
		print_sigset_exact(t, arg_ulong(t, 2), arg_ulong(t, 3));
	tprintf(", %" PRIu64, arg_ulong(t, 3));
	return 0;
}

int dec_rt_sigpending(struct tracee *t)
{
	if (entering(t))
		return 0;
	if (t->err)
		printaddr(arg_ulong(t, 0));
	else
		print_sigset(t, arg_ulong(t, 0), arg_ulong(t, 1));
	tprintf(", %" PRIu64, arg_ulong(t, 1));
	return 0;
}

int dec_rt_sigsuspend(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_sigset_exact(t, arg_ulong(t, 0), arg_ulong(t, 1));
	tprintf(", %" PRIu64, arg_ulong(t, 1));
	return DEC_DONE;
}

/* A siginfo_t in tracee memory, {si_signo=..., ...}, or its address. */
static void print_siginfo_at(struct tracee *t, uint64_t addr)
{
	siginfo_t si;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (umove_siginfo(t, addr, &si) < 0) {
		printaddr(addr);
		return;
	}
	tputc('{');
	if (si.si_signo)	/* no signal, no fields: strace prints {} */
		print_siginfo_fields(t, &si);
	tputc('}');
}

void print_struct_siginfo(struct tracee *t, uint64_t addr)
{
	print_siginfo_at(t, addr);
}

int dec_rt_sigtimedwait(struct tracee *t)
{
	uint64_t timeout = arg_ulong(t, 2);
	unsigned char ts[16];

	if (entering(t)) {
		print_sigset_exact(t, arg_ulong(t, 0), arg_ulong(t, 3));
		tputs(", ");
		if (arg_ulong(t, 0) && timeout &&
		    umoven_data(t, timeout, tracee_word_bits(t) / 4, ts) == 0)
			return 0;
		/* strace shows the rest at exit only with a set and a timeout it could read */
		printaddr(arg_ulong(t, 1));
		tputs(", ");
		print_timespec(t, timeout);
		tprintf(", %" PRIu64, arg_ulong(t, 3));
		return DEC_DONE;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_siginfo_at(t, arg_ulong(t, 1));
	tputs(", ");
	out_mark(OUT_MARK_VERBATIM);	/* strace's text of it, made at entry: no colour */
	print_timespec(t, timeout);
	out_mark(OUT_MARK_END);
	tprintf(", %" PRIu64, arg_ulong(t, 3));
	if (!t->err && signal_name((int)t->rval)) {
		t->auxstr = signal_name((int)t->rval);
		return RVAL_STR;
	}
	return 0;
}

/*
 * The mask the handler's return restores sits in the signal frame at the stack pointer:
 * on x86_64 the frame's ucontext starts there (the handler's ret popped the return
 * address), uc_sigmask 296 bytes in; on i386 the ucontext is 140 bytes up and its mask
 * 108 bytes into it.
 */
int dec_rt_sigreturn(struct tracee *t)
{
	uint64_t off = tracee_word_bits(t) == 64 ? 296 : 248;
	uint64_t mask;

	if (exiting(t))
		return 0;
	if (t->arch && strcmp(t->arch->name, "x86_64") && strcmp(t->arch->name, "i386") &&
	    strcmp(t->arch->name, "x32"))
		return DEC_DONE;
	if (t->style.terse) {	/* outside -e verbose=: the mask's address, as strace */
		tputs("{mask=");
		printaddr(t->sp + off);
		tputc('}');
		return DEC_DONE;
	}
	if (umoven(t, t->sp + off, sizeof(mask), &mask) < 0)
		return DEC_DONE;
	tputs("{mask=");
	print_sigmask(mask, 64);
	tputc('}');
	return DEC_DONE;
}

/* stack_t: a pointer, an int, a size; 32-bit tracees have three 4-byte fields. */
void print_struct_stack_t(struct tracee *t, uint64_t addr)
{
	uint64_t sp, size;
	uint32_t flags;

	if (tracee_word_bits(t) == 64) {
		uint64_t ss[3];
		if (umove_or_printaddr(t, addr, sizeof(ss), ss) < 0)
			return;
		sp = ss[0];
		flags = (uint32_t)ss[1];
		size = ss[2];
	} else {
		uint32_t ss[3];
		if (umove_or_printaddr(t, addr, sizeof(ss), ss) < 0)
			return;
		sp = ss[0];
		flags = ss[1];
		size = ss[2];
	}
	tputs("{ss_sp=");
	printaddr(sp);
	tputs(", ss_flags=");
	printflags(&xlat_sigaltstack_flags, flags, "SS_???");
	tprintf(", ss_size=%" PRIu64 "}", size);
}

/* The old (i386) calls: a 32-bit mask, and struct sigaction with the mask second. */
void print_struct_old_sigset(struct tracee *t, uint64_t addr)
{
	print_sigset(t, addr, 4);
}

static void print_old_sigaction(struct tracee *t, uint64_t addr)
{
	uint32_t sa[4];

	if (umove_or_printaddr(t, addr, sizeof(sa), sa) < 0)
		return;
	tputs("{sa_handler=");
	print_handler(sa[0], 32);
	tputs(", sa_mask=");
	print_sigmask(sa[1], 32);
	tputs(", sa_flags=");
	printflags(&xlat_sa_flags, sa[2], "SA_???");
	if (sa[2] & 0x04000000) {	/* SA_RESTORER */
		tputs(", sa_restorer=");
		printaddr(sa[3]);
	}
	tputc('}');
}

int dec_sigaction(struct tracee *t)
{
	if (entering(t)) {
		print_signal(arg_int(t, 0));
		tputs(", ");
		print_old_sigaction(t, arg_ulong(t, 1));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 2));
	else
		print_old_sigaction(t, arg_ulong(t, 2));
	return 0;
}

int dec_sigprocmask(struct tracee *t)
{
	if (entering(t)) {
		printxval(&xlat_sigprocmask_how, (uint32_t)arg_ulong(t, 0), "SIG_???");
		tputs(", ");
		print_struct_old_sigset(t, arg_ulong(t, 1));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 2));
	else
		print_struct_old_sigset(t, arg_ulong(t, 2));
	return 0;
}

int dec_signal(struct tracee *t)
{
	if (exiting(t)) {
		/* the old handler: SIG_DFL and SIG_IGN named after the number */
		if (!t->err && (uint64_t)t->rval <= 1) {
			t->auxstr = t->rval ? "SIG_IGN" : "SIG_DFL";
			return RVAL_HEX | RVAL_STR;
		}
		return RVAL_HEX;
	}
	print_signal(arg_int(t, 0));
	tputs(", ");
	print_handler(arg_ulong(t, 1), tracee_word_bits(t));
	return 0;	/* the exit names the old handler */
}

/* sgetmask and ssetmask return the old mask of the first 32 signals: " (mask [INT])" */
static void print_old_mask_rval(struct tracee *t)
{
	tputs(t->id == SYS_ssetmask ? " (old mask " : " (mask ");
	print_sigmask((uint32_t)t->rval, 32);
	tputc(')');
}

int dec_sgetmask(struct tracee *t)
{
	if (entering(t))
		return 0;
	if (t->err)
		return RVAL_HEX;
	t->auxfn = print_old_mask_rval;
	return RVAL_HEX | RVAL_STR;
}

int dec_ssetmask(struct tracee *t)
{
	if (entering(t)) {
		print_sigmask((uint32_t)t->args[0], 32);
		return 0;
	}
	return dec_sgetmask(t);
}

/*
 * i386's sigreturn (a handler installed without SA_SIGINFO): the stack pointer is at the
 * frame's struct sigcontext (its return address and signal number popped), whose oldmask,
 * the first 32 signals of the mask to restore, is 80 bytes in; the other 32 are the
 * frame's extramask, past the sigcontext (88 bytes) and the unused 624-byte _fpstate_32.
 */
#define SIGCONTEXT32_OLDMASK 80
#define SIGFRAME32_EXTRAMASK (88 + 624)

int dec_sigreturn(struct tracee *t)
{
	uint32_t lo, hi;

	if (exiting(t))
		return 0;
	if (!t->arch || strcmp(t->arch->name, "i386"))
		return DEC_DONE;
	if (t->style.terse) {	/* outside -e verbose=: the frame's address, as strace */
		printaddr(t->sp);
		return DEC_DONE;
	}
	if (umoven(t, t->sp + SIGCONTEXT32_OLDMASK, 4, &lo) < 0 ||
	    umoven(t, t->sp + SIGFRAME32_EXTRAMASK, 4, &hi) < 0)
		return DEC_DONE;
	tputs("{mask=");
	print_sigmask((uint64_t)hi << 32 | lo, 64);
	tputc('}');
	return DEC_DONE;
}
