/*
 * syscall.c: one syscall's line, from entry to exit; the driver, on the top floor with the
 * loop that calls it (README "Layout").
 *
 * At entry the call's name and the arguments known before it runs are printed; at exit the
 * arguments the kernel filled in, then the return value. A call without a decoder of its
 * own is printed from its signature by the generic printer (args.c): arguments up to the
 * first output one at entry, the rest at exit. This file only drives; what a value looks
 * like is decided on the floors below it.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "dumpio.h"
#include "fdinfo.h"
#include "json.h"
#include "kvm.h"
#include "namespaces.h"
#include "filter.h"
#include "print.h"
#include "report.h"
#include "stack.h"
#include "strc.h"
#include "syscall.h"
#include "timing.h"

static int is_output_kind(int kind)
{
	return kind == ARG_OBUF || kind == ARG_OSTRUCT;
}

/* Generic entry: the arguments before the first output one. */
static void generic_entry(struct tracee *t)
{
	int i;

	for (i = 0; i < t->se->nargs && !is_output_kind(t->se->arg[i]); i++) {
		if (i)
			tputs(", ");
		print_arg(t, i);
	}
	/* the separator the exit half owes ("read(3 <unfinished ...>": output_sep_hold) */
	if (i > 0 && i < t->se->nargs)
		tputs(", ");
	t->next_arg = i;
}

/* No signature says what they are: six registers, each whole (x32's 64 bits too). */
static void unknown_syscall_args(struct tracee *t)
{
	int n = 6;

	for (int i = 0; i < n; i++)
		tprintf(i ? ", %#" PRIx64 : "%#" PRIx64, arg_kernel_ulong(t, i));
}

/* -e raw=: every argument as the number it is, in hex */
static void raw_args(struct tracee *t)
{
	for (int i = 0; i < t->se->nargs; i++)
		tprintf(i ? ", %#" PRIx64 : "%#" PRIx64, arg_ulong(t, i));
}

static const char *call_name(struct tracee *t, char *buf, size_t size)
{
	if (t->se)
		return t->se->name;
	snprintf(buf, size, "syscall_%#" PRIx64, t->nr);
	return buf;
}

/* The style of t's call, decided once at its entry (-e abbrev=, verbose=, raw=, -X). */
static struct call_style call_style_of(const struct tracee *t)
{
	struct call_style s = *print_style_default();

	s.abbrev = abbrev_wanted(t);
	s.terse = !verbose_wanted(t);
	s.raw = raw_wanted(t);
	return s;
}

/*
 * What an entry decoder returned: whether the line is done. How the return value prints
 * comes from the signature, or from the exit decoder; a kind returned at entry would be
 * lost, so it is a bug in the decoder, caught here rather than printed wrong.
 */
static int entry_decoded(const struct tracee *t, int flags)
{
	if (flags & ~DEC_DONE)
		die("internal error: the %s decoder returned a return kind at entry", t->se->name);
	return flags;
}

void syscall_entry(struct tracee *t)
{
	char nbuf[32];

	t->style = call_style_of(t);
	if (t->flags & TF_HIDDEN)
		return;
	print_style_use(&t->style);
	status_hold(t);
	line_begin(t);
	line_call_begin(t, call_name(t, nbuf, sizeof(nbuf)));
	capture_mark(CAP_ARGS);
	output_sep_hold();
	if (!t->se)
		unknown_syscall_args(t);
	else if (t->style.raw)
		raw_args(t);
	else if (t->se->decode)
		t->dec_flags = entry_decoded(t, t->se->decode(t));
	else
		generic_entry(t);
	t->sep_owed = output_sep_take();
	line_args_pause(t);
	print_style_use(NULL);
	if (opt.stack_trace)
		stack_syscall_entry(t);
	if (opt.kvm_vcpu > 1)
		kvm_syscall_entry(t);
}

static void print_return(struct tracee *t, int rflags)
{
	int ret = t->se ? t->se->ret : RET_INT;

	out_colour(COL_RETVAL);
	if (t->err && t->se && t->style.raw && errno_name(t->err)) {
		/* strace's raw form takes the text from libc, which knows no restart codes */
		tputs("-1");
		out_colour(COL_RESET);
		tputc(' ');
		print_errno_text(errno_name(t->err), strerror(t->err));
		return;
	}
	if (t->err) {
		/* the restart codes never reach user space: the call is not over */
		if (t->err == 512 || t->err == 513 || t->err == 514 || t->err == 516)
			tputc('?');
		else
			tputs("-1");
		out_colour(COL_RESET);
		tputc(' ');
		print_errno(t->err);
		return;
	}
	if (rflags & RVAL_NONE || ret == RET_NONE) {
		tputc('?');
		out_colour(COL_RESET);
		return;
	}
	if (rflags & RVAL_HEX)
		ret = RET_HEX;
	else if (rflags & RVAL_OCT)
		ret = RET_OCT;
	else if (rflags & RVAL_FD)
		ret = RET_FD;
	else if (rflags & RVAL_PID)
		ret = RET_PID;
	else if (rflags & RVAL_UDEC)
		ret = RET_UINT;
	else if (rflags & RVAL_DEC)
		ret = RET_INT;
	if (!t->se)
		ret = RET_HEX;
	line_struct_begin(t);	/* a -y path's brackets in it */
	switch (ret) {
	case RET_HEX:
		tprintf("%#" PRIx64, tracee_word_bits(t) == 32 ? (uint32_t)t->rval :
			(uint64_t)t->rval);
		break;
	case RET_OCT:
		tprintf("%#03" PRIo64, (uint64_t)t->rval);
		break;
	case RET_UINT:
		tprintf("%" PRIu64, tracee_word_bits(t) == 32 ? (uint32_t)t->rval :
			(uint64_t)t->rval);
		break;
	case RET_FD:
		printfd(t, (int)t->rval);
		break;
	case RET_PID:
		print_pid((int)t->rval);
		break;
	case RET_PGID:
		print_pgid((int)t->rval);
		break;
	default:
		tprintf("%" PRId64, t->rval);
		break;
	}
	line_struct_end(t);
	out_colour(COL_RESET);
	if ((rflags & RVAL_STR) && t->auxfn) {
		line_aux_begin();
		t->auxfn(t);	/* through the shared printers, so that -X applies to it */
		line_aux_end();
	} else if ((rflags & RVAL_STR) && t->auxstr) {
		tputc(' ');
		out_colour(COL_RETVAL);
		tprintf("(%s)", t->auxstr);
		out_colour(COL_RESET);
	}
}

/* " (INJECTED)" and the like: a comment on the return value, in its colour */
static void print_inject_suffix(struct tracee *t)
{
	const char *s = inject_suffix(t);

	if (!*s)
		return;
	if (*s == ' ') {
		tputc(' ');
		s++;
	}
	out_colour(COL_RETVAL);
	tputs(s);
	out_colour(COL_RESET);
}

void syscall_exit(struct tracee *t)
{
	char nbuf[32];
	int rflags = 0;

	t->exiting = 1;
	if (opt.stack_trace)
		stack_syscall_exit(t);
	if (t->flags & TF_HIDDEN)
		return;
	t->prev_se = t->se;
	line_resume(t, call_name(t, nbuf, sizeof(nbuf)));
	print_style_use(&t->style);
	line_args_continue(t);
	if (t->sep_owed)
		output_sep_owe();
	if (t->se && t->style.raw) {
		rflags = RVAL_HEX;
	} else if (t->se && t->se->decode) {
		if (!(t->dec_flags & DEC_DONE))
			rflags = t->se->decode(t);
	} else if (t->se) {
		for (int i = t->next_arg; i < t->se->nargs; i++) {
			if (i > t->next_arg)
				tputs(", ");
			print_arg(t, i);
		}
	}
	output_sep_drop();
	capture_mark(CAP_ARGS_END);
	line_args_close(t);
	tabto();
	line_equals();
	capture_mark(CAP_RET);
	print_return(t, rflags);
	if (opt.namespace_new)
		namespaces_suffix(t);
	if (opt.kvm_vcpu)
		kvm_suffix(t);
	print_style_use(NULL);
	print_inject_suffix(t);
	timing_syscall_suffix(t);
	if (opt.stack_trace || dumpio_enabled() || opt.kvm_vcpu > 1)
		json_frames_expect(t);
	line_end();
	if (report_on)
		report_call(t);
	if (opt.stack_trace || dumpio_enabled() || opt.kvm_vcpu > 1) {
		capture_reopen(t);	/* the dumps, frames, vcpu join the call's JSON object */
		dumpio(t);
		if (opt.stack_trace)
			stack_print(t);
		if (opt.kvm_vcpu > 1)
			kvm_print_run(t);
		capture_close(t);
		json_frames_done(t);
	}
	status_release(t, t->err ? STATUS_FAILED : STATUS_SUCCESSFUL);
}

static void end_without_exit(struct tracee *t, int cut)
{
	char nbuf[32];

	if (t->flags & TF_HIDDEN)
		return;
	line_resume(t, call_name(t, nbuf, sizeof(nbuf)));
	capture_mark(CAP_ARGS_END);
	if (cut)
		tputs(" <unfinished ...>");
	out_colour(COL_PUNCT);
	tputc(')');
	out_colour(COL_RESET);
	tabto();
	line_equals();
	capture_mark(CAP_RET);
	out_colour(COL_RETVAL);
	tputc('?');
	out_colour(COL_RESET);
	line_end();
	if (report_on)
		report_call(t);
	status_release(t, STATUS_UNFINISHED);
}

/*
 * The tracee is gone in the middle of a call (a fatal signal, another thread's exit_group
 * or execve): "= ?". As strace, a call whose arguments were not all shown at entry is
 * marked " <unfinished ...>"; exit_group(0), kill(getpid(), SIGKILL) and pause() are not.
 */
void syscall_end_unfinished(struct tracee *t)
{
	int whole = !t->se || t->style.raw || (t->dec_flags & DEC_DONE) ||
		    (!t->se->decode && t->next_arg >= t->se->nargs);

	end_without_exit(t, !whole);
	call_release(t);
}
