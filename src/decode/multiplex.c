/*
 * multiplex.c: i386's socketcall and ipc as themselves. src/subcall.c turns them into the
 * call they carry; what is left here is a call it could not turn: an unknown call number,
 * or socketcall's arguments unreadable.
 */
#include "decode.h"

int dec_socketcall(struct tracee *t)
{
	uint32_t call = (uint32_t)t->args[0];

	if (exiting(t))
		return 0;
	if (xlat_name(&xlat_socketcalls, call))
		printxval_dec(&xlat_socketcalls, call, NULL);	/* decimal under -X raw, as strace */
	else
		tprintf("%d", (int)call);
	tputs(", ");
	printaddr(arg_ulong(t, 1));
	return DEC_DONE;
}

/* ipc(42<<16|SEMCTL, ...): the version in the high half, when there is one */
int dec_ipc(struct tracee *t)
{
	uint32_t call = (uint32_t)t->args[0];

	if (exiting(t))
		return 0;
	if (call >> 16)
		tprintf("%u<<16|", call >> 16);
	if (xlat_name(&xlat_ipccalls, call & 0xffff))
		printxval(&xlat_ipccalls, call & 0xffff, NULL);
	else
		tprintf("%u", call & 0xffff);
	print_args(t, 1, t->se->nargs);
	return DEC_DONE;
}
