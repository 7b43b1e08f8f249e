/*
 * subcall.c: which call a syscall stop is. The architecture and number say it, except for
 * i386's two multiplexers: socketcall(call, args) carries the socket calls with their
 * arguments in an array in memory, and ipc(call, first, second, third, ptr, fifth) the SysV
 * IPC calls with their arguments shuffled. strace shows, filters and counts the call inside,
 * so it is resolved here, before any of that, into that call with its arguments in the
 * order of the direct call; the decoders of the direct calls then print it. *
 * The rules of the 32-bit personalities' layouts that follow from the call are in abi.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "abi.h"
#include "mem.h"
#include "strc.h"
#include "syscall.h"
#include "sysids.h"
#include "xlats.h"

/* The call behind a multiplexer's number: SYS_ACCEPT4 is accept4, SEMOP semop. */
static int subcall_id(const struct xlat *x, uint64_t call)
{
	const char *name = xlat_name(x, call);
	char lower[32];
	size_t i;

	if (!name)
		return -1;
	if (strncmp(name, "SYS_", 4) == 0)
		name += 4;
	for (i = 0; name[i] && i < sizeof(lower) - 1; i++)
		lower[i] = (char)tolower((unsigned char)name[i]);
	lower[i] = '\0';
	return syscall_by_name(lower);
}

static void become(struct tracee *t, int id, const uint64_t *args)
{
	t->se = &sysent[id];
	t->id = id;
	memcpy(t->args, args, sizeof(t->args));
}

/* n arguments as an array of words of the tracee's size at addr */
static int read_args(struct tracee *t, uint64_t addr, unsigned n, uint64_t args[6])
{
	unsigned w = tracee_word_bits(t) / 8;
	unsigned char buf[6 * 8];

	memset(args, 0, 6 * sizeof(*args));
	if (n > 6 || umoven_data(t, addr, n * w, buf) < 0)
		return -1;
	for (unsigned i = 0; i < n; i++) {
		uint32_t v32;

		if (w == 4) {
			memcpy(&v32, buf + 4 * i, 4);
			args[i] = v32;
		} else {
			memcpy(&args[i], buf + 8 * i, 8);
		}
	}
	return 0;
}

/* Unreadable arguments leave the call socketcall. */
static void demux_socketcall(struct tracee *t)
{
	int id = subcall_id(&xlat_socketcalls, (uint32_t)t->args[0]);
	uint64_t args[6];

	if (id >= 0 && read_args(t, t->args[1], sysent[id].nargs, args) == 0)
		become(t, id, args);
}

/*
 * i386's mmap and select (the kernel's old_mmap and old_select) take one pointer to their
 * arguments; strace prints them as the direct calls. The other ABIs have no such calls under
 * these names, or (x32) make the direct ones.
 */
static void load_indirect_args(struct tracee *t)
{
	uint64_t args[6];

	if (read_args(t, t->args[0], t->se->nargs, args) == 0)
		become(t, t->id, args);
}

/*
 * Where each direct argument is among ipc's (1 first, 2 second, 3 third, 4 ptr, 5 fifth).
 * shmat gets a fourth: where the kernel stores the address it returns (dec_shmat reads it).
 * msgrcv's is the form of version 1; version 0 passes msgp and msgtyp in a struct at ptr.
 */
static const struct {
	int id;
	unsigned char n;
	unsigned char from[5];
} ipc_layouts[] = {
	{ SYS_semop, 3, { 1, 4, 2 } },
	{ SYS_semget, 3, { 1, 2, 3 } },
	{ SYS_semctl, 4, { 1, 2, 3, 4 } },
	{ SYS_semtimedop, 4, { 1, 4, 2, 5 } },
	{ SYS_msgsnd, 4, { 1, 4, 2, 3 } },
	{ SYS_msgrcv, 5, { 1, 4, 2, 5, 3 } },
	{ SYS_msgget, 2, { 1, 2 } },
	{ SYS_msgctl, 3, { 1, 2, 4 } },
	{ SYS_shmat, 4, { 1, 4, 2, 3 } },
	{ SYS_shmdt, 1, { 4 } },
	{ SYS_shmget, 3, { 1, 2, 3 } },
	{ SYS_shmctl, 3, { 1, 2, 4 } },
};

/* msgrcv's old form: ptr holds {msgp, msgtyp}; unreadable, args[5] says so to dec_msgrcv. */
static void msgrcv_kludge(struct tracee *t, uint64_t *args)
{
	unsigned w = tracee_word_bits(t) / 8;
	unsigned char buf[16];
	int32_t typ32;
	uint32_t msgp32;

	if (umoven_data(t, args[1], 2 * w, buf) < 0) {
		args[5] = 1;
		return;
	}
	if (w == 4) {
		memcpy(&msgp32, buf, 4);
		memcpy(&typ32, buf + 4, 4);
		args[1] = msgp32;
		args[3] = (uint64_t)(int64_t)typ32;
	} else {
		memcpy(&args[1], buf, 8);
		memcpy(&args[3], buf + 8, 8);
	}
}

static void demux_ipc(struct tracee *t)
{
	uint32_t call = (uint32_t)t->args[0];
	int id = subcall_id(&xlat_ipccalls, call & 0xffff);
	uint64_t args[6] = { 0 };

	for (size_t i = 0; i < sizeof(ipc_layouts) / sizeof(ipc_layouts[0]); i++) {
		if (ipc_layouts[i].id != id)
			continue;
		for (unsigned j = 0; j < ipc_layouts[i].n; j++)
			args[j] = t->args[ipc_layouts[i].from[j]];
		if (id == SYS_msgrcv && (call >> 16) == 0)
			msgrcv_kludge(t, args);
		become(t, id, args);
		return;
	}
}

void syscall_identify(struct tracee *t, const struct arch_table *a, uint64_t nr,
		      const uint64_t args[6])
{
	t->arch = a;
	t->nr = nr;
	memcpy(t->args, args, sizeof(t->args));
	t->se = syscall_lookup(a, nr);
	t->id = t->se ? (int)(t->se - sysent) : -1;
	if (t->id == SYS_socketcall)
		demux_socketcall(t);
	else if (t->id == SYS_ipc)
		demux_ipc(t);
	else if ((t->id == SYS_mmap || t->id == SYS_select) && tracee_word_bits(t) == 32)
		load_indirect_args(t);
}
