/*
 * args.c: the generic printer, a value printer. Prints an argument of the call in progress
 * the way its signature (syscalltab/syscalls.sig) says; a call without a decoder of its own
 * is printed entirely by it, and decoders use it for their plain arguments.
 */
#include <inttypes.h>
#include <stdio.h>

#include "abi.h"
#include "print.h"
#include "signals.h"
#include "strc.h"
#include "xlats.h"

void print_arg(struct tracee *t, int i)
{
	const struct sysent *se = t->se;
	uintptr_t aux = se->aux[i];
	uint64_t v = arg_ulong(t, i);

	switch (se->arg[i]) {
	case ARG_INT:
		tprintf("%d", (int)v);
		break;
	case ARG_PID:
		print_pid((int)v);
		break;
	case ARG_PGID:
		print_pgid((int)v);
		break;
	case ARG_UINT:
		tprintf("%u", (unsigned)v);
		break;
	case ARG_LONG:
	case ARG_OFF:
		tprintf("%" PRId64, arg_long(t, i));
		break;
	case ARG_ULONG:
	case ARG_SIZE:
		tprintf("%" PRIu64, v);
		break;
	case ARG_HEX:
		tprintf("%#" PRIx64, v);
		break;
	case ARG_OCT:
		print_mode((unsigned)v);
		break;
	case ARG_PTR:
		printaddr(v);
		break;
	case ARG_FD:
		printfd(t, (int)v);
		break;
	case ARG_DIRFD:
		print_dirfd(t, (int)v);
		break;
	case ARG_UID:
	case ARG_GID:
		if (tracee_uid16(t))	/* the kernel reads 16 bits: -1 is 0xffff there */
			print_uid((uint16_t)v == 0xffff ? UINT32_MAX : (uint16_t)v);
		else
			print_uid((uint32_t)v);
		break;
	case ARG_SIG:
		print_signal((int)v);
		break;
	case ARG_PATH:
		printpath(t, v);
		break;
	case ARG_STR:
		printstr(t, v);
		break;
	case ARG_IBUF:
		printstr_n(t, v, arg_ulong(t, (int)aux));
		break;
	case ARG_OBUF:
		if (t->err)
			printaddr(v);
		else
			printstr_n(t, v, (uint64_t)t->rval);
		break;
	case ARG_FLAGS:
		/* an int in the kernel: the register's upper half is not part of it */
		v = (uint32_t)v;
		if ((const struct xlat *)aux == &xlat_open_flags) {	/* the access mode first */
			print_open_flags(v);
			break;
		}
		/* fall through */
	case ARG_LFLAGS:
		/* a set with no names yet (no_flags) prints plain hex, as strace does */
		printflags((const struct xlat *)aux, v, ((const struct xlat *)aux)->n ?
			   xlat_unknown_text((const struct xlat *)aux) : NULL);
		break;
	case ARG_ENUM:
		v = (uint32_t)v;
		/* fall through */
	case ARG_LENUM:
		printxval((const struct xlat *)aux, v, NULL);
		break;
	case ARG_STRUCT:
		((struct_printer_fn)aux)(t, v);
		break;
	case ARG_OSTRUCT:
		if (t->err)
			printaddr(v);
		else
			((struct_printer_fn)aux)(t, v);
		break;
	default:
		tprintf("%#" PRIx64, v);
		break;
	}
}

void print_args(struct tracee *t, int from, int to)
{
	for (int i = from; i < to; i++) {
		if (i)
			tputs(", ");
		print_arg(t, i);
	}
}
