/*
 * misc.c: decoders for calls of no family: getrandom, futex, uname, seccomp, ptrace.
 */
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <sys/ptrace.h>
#include <string.h>

#include "decode.h"
#include "net.h"

/* Random bytes say nothing as text: strace prints them all in hex. */
int dec_getrandom(struct tracee *t)
{
	if (entering(t))
		return 0;
	if (t->err)
		printaddr(arg_ulong(t, 0));
	else
		printstr_n_flags(t, arg_ulong(t, 0), t->rval, QUOTE_FORCE_HEX);
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 1));
	printflags(&xlat_grnd_flags, (uint32_t)arg_ulong(t, 2), NULL);
	return 0;
}

static void print_hex0(unsigned v)
{
	tprintf(v ? "%#x" : "0", v);
}

/*
 * A field of FUTEX_OP() with its shift: FUTEX_OP_ADD<<28. strace prints one without a name
 * as the number and the shift with the "FUTEX_OP_???" comment after them, and so every one
 * under -X raw.
 */
static void print_wake_op_field(const struct xlat *x, unsigned v, int shift, const char *dflt)
{
	if (xlat_name(x, v) && !opt.numeric) {
		printxval(x, v, NULL);
		tprintf("<<%d", shift);
	} else {
		tprintf("%#x<<%d /* %s */", v, shift, dflt);
	}
}

/* FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1: the fields of FUTEX_OP(). */
static void print_futex_wake_op(uint32_t v)
{
	unsigned op = (v >> 28) & 0xf;

	if (op & FUTEX_OP_OPARG_SHIFT) {
		printflags(&xlat_futex_wakeop_flags, FUTEX_OP_OPARG_SHIFT, NULL);
		tputs("<<28|");
	}
	print_wake_op_field(&xlat_futex_wakeop_ops, op & 7, 28, "FUTEX_OP_???");
	tputc('|');
	print_hex0((v >> 12) & 0xfff);
	tputs("<<12|");
	print_wake_op_field(&xlat_futex_wakeop_cmps, (v >> 24) & 0xf, 24, "FUTEX_OP_CMP_???");
	tputc('|');
	print_hex0(v & 0xfff);
}

/* Which arguments a futex operation uses decides how many strace prints. */
int dec_futex(struct tracee *t)
{
	unsigned op = arg_ulong(t, 1);
	unsigned cmd = op & FUTEX_CMD_MASK;

	if (exiting(t))
		return 0;
	printaddr(arg_ulong(t, 0));
	tputs(", ");
	printxval(&xlat_futex_ops, op, NULL);
	switch (cmd) {
	case FUTEX_WAIT:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		print_timespec(t, arg_ulong(t, 3));
		break;
	case FUTEX_WAIT_BITSET:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		print_timespec(t, arg_ulong(t, 3));
		tputs(", ");
		print_xval_or_number(&xlat_futex_bitsets, (uint32_t)arg_ulong(t, 5), "%#llx");
		break;
	case FUTEX_WAKE:
	case FUTEX_FD:
		tprintf(", %d", (int)arg_ulong(t, 2));
		break;
	case FUTEX_WAKE_BITSET:
		tprintf(", %d, ", (int)arg_ulong(t, 2));
		print_xval_or_number(&xlat_futex_bitsets, (uint32_t)arg_ulong(t, 5), "%#llx");
		break;
	case FUTEX_REQUEUE:
		tprintf(", %d, %u, ", (int)arg_ulong(t, 2), (unsigned)arg_ulong(t, 3));
		printaddr(arg_ulong(t, 4));
		break;
	case FUTEX_CMP_REQUEUE:
	case FUTEX_CMP_REQUEUE_PI:
		tprintf(", %d, %u, ", (int)arg_ulong(t, 2), (unsigned)arg_ulong(t, 3));
		printaddr(arg_ulong(t, 4));
		tprintf(", %u", (unsigned)arg_ulong(t, 5));
		break;
	case FUTEX_WAKE_OP:
		tprintf(", %d, %u, ", (int)arg_ulong(t, 2), (unsigned)arg_ulong(t, 3));
		printaddr(arg_ulong(t, 4));
		tputs(", ");
		print_futex_wake_op(arg_ulong(t, 5));
		break;
	case FUTEX_WAIT_REQUEUE_PI:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		print_timespec(t, arg_ulong(t, 3));
		tputs(", ");
		printaddr(arg_ulong(t, 4));
		break;
	case FUTEX_LOCK_PI:
	case FUTEX_LOCK_PI2:
		tputs(", ");
		print_timespec(t, arg_ulong(t, 3));
		break;
	case FUTEX_UNLOCK_PI:
	case FUTEX_TRYLOCK_PI:
		break;
	default:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		printaddr(arg_ulong(t, 3));
		tputs(", ");
		printaddr(arg_ulong(t, 4));
		tputs(", ");
		print_hex0(arg_ulong(t, 5));
	}
	return DEC_DONE;
}

int dec_seccomp(struct tracee *t)
{
	uint64_t op = (unsigned)arg_ulong(t, 0), addr = arg_ulong(t, 2);
	uint32_t action;

	if (exiting(t))
		return 0;
	printxval(&xlat_seccomp_ops, op, "SECCOMP_SET_MODE_???");
	tputs(", ");
	if (xlat_name(&xlat_seccomp_ops, op))
		printflags(&xlat_seccomp_filter_flags, (unsigned)arg_ulong(t, 1),
			   "SECCOMP_FILTER_FLAG_???");
	else	/* flags of an unknown operation mean nothing: strace prints them in hex */
		print_hex0((unsigned)arg_ulong(t, 1));
	tputs(", ");
	if (op == SECCOMP_SET_MODE_FILTER) {
		print_cbpf_fprog(t, addr, 1);
	} else if (op == SECCOMP_GET_ACTION_AVAIL) {
		if (umove_or_printaddr(t, addr, sizeof(action), &action) == 0) {
			tputc('[');
			printxval(&xlat_seccomp_ret_actions, action, "SECCOMP_RET_???");
			tputc(']');
		}
	} else {
		printaddr(addr);
	}
	return DEC_DONE;
}

/* Requests that resume the tracee take a signal to deliver as their data. */
static int ptrace_data_is_signal(uint64_t req)
{
	return req == PTRACE_CONT || req == PTRACE_SYSCALL || req == PTRACE_SINGLESTEP ||
	       req == PTRACE_DETACH || req == PTRACE_SYSEMU || req == PTRACE_SYSEMU_SINGLESTEP ||
	       req == PTRACE_SINGLEBLOCK;
}

int dec_ptrace(struct tracee *t)
{
	uint64_t req = arg_ulong(t, 0);

	if (exiting(t))
		return 0;
	printxval(&xlat_ptrace_requests, req, NULL);
	tprintf(", %d, ", (int)arg_ulong(t, 1));
	printaddr(arg_ulong(t, 2));
	tputs(", ");
	if (ptrace_data_is_signal(req))
		print_signal((int)arg_ulong(t, 3));
	else
		printaddr(arg_ulong(t, 3));
	return DEC_DONE;
}
