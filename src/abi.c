/*
 * abi.c: the tracee's ABI, the floor above the utilities. How wide the words, longs, time_t
 * and ids of the call in progress are, and how its arguments read at that width; all of it
 * follows from the architecture and the call, set by subcall.c. Decoders, the value
 * printers and the driver ask here instead of testing architectures themselves.
 */
#include <stdio.h>
#include <string.h>

#include "abi.h"
#include "strc.h"

/*
 * x32 makes the calls of x86_64's table with x86_64's structures (its time_t and kernel long
 * are 64 bits); only the calls numbered from 512, its own, take the compat (32-bit)
 * layouts: iovecs, msghdrs, sigactions, pointer arrays (the kernel's syscall_64.tbl).
 */
#define X32_OWN_FIRST 512

int x32_word_bits(const struct tracee *t)
{
	return t->nr - t->arch->nr_base >= X32_OWN_FIRST ? 32 : 64;
}

int tracee_time_bits(const struct tracee *t)
{
	if (!t->arch || t->arch->bits == 64 || t->arch->nr_base)
		return 64;
	return t->se && strstr(t->se->name, "time64") ? 64 : 32;
}

/*
 * i386's and arm's old id calls (chown, setuid, getgroups, ...) take 16-bit ids; each has a
 * *32 twin in the same table that takes 32-bit ones. Other calls (fchownat) have none.
 */
int tracee_uid16(const struct tracee *t)
{
	char name[48];
	int id;

	if (!t->se || !t->arch || tracee_word_bits(t) != 32)
		return 0;
	snprintf(name, sizeof(name), "%s32", t->se->name);
	id = syscall_by_name(name);
	if (id < 0)
		return 0;
	for (unsigned n = 0; n < t->arch->nmap; n++)
		if (t->arch->map[n] == id)
			return 1;
	return 0;
}

/* arm's EABI aligns 64-bit fields to 8 bytes (stat64, flock64); i386 packs them at 4 */
int tracee_aligns_u64(const struct tracee *t)
{
	return tracee_word_bits(t) == 64 || (t->arch && strcmp(t->arch->name, "arm") == 0);
}

int tracee_word_bits(const struct tracee *t)
{
	if (t->arch && t->arch->nr_base && t->arch->bits == 32)
		return x32_word_bits(t);
	return t->arch ? t->arch->bits : 64;
}

int64_t arg_long(struct tracee *t, int i)
{
	if (tracee_word_bits(t) == 32)
		return (int32_t)t->args[i];
	return (int64_t)t->args[i];
}

uint64_t arg_ulong(struct tracee *t, int i)
{
	if (tracee_word_bits(t) == 32)
		return (uint32_t)t->args[i];
	return t->args[i];
}

uint64_t arg_kernel_ulong(struct tracee *t, int i)
{
	if (t->arch && t->arch->nr_base)
		return t->args[i];
	return arg_ulong(t, i);
}

int arg_int(struct tracee *t, int i)
{
	return (int)t->args[i];
}

/* i386 passes the socket and SysV IPC calls through two multiplexers; some structures
 * (ipc's msgrcv) are laid out differently when the call came that way. */
int syscall_multiplexer(const struct tracee *t)
{
	const struct sysent *m = syscall_lookup(t->arch, t->nr);

	if (!m || m == t->se)
		return -1;
	return (int)(m - sysent);
}

size_t msghdr_size(const struct tracee *t)
{
	return tracee_word_bits(t) == 32 ? 28 : 56;
}

void msghdr_from(const struct tracee *t, const unsigned char *b, struct msghdr_n *m)
{
	if (tracee_word_bits(t) == 32) {
		m->name = get32(b);
		m->namelen = get32(b + 4);
		m->iov = get32(b + 8);
		m->iovlen = get32(b + 12);
		m->control = get32(b + 16);
		m->controllen = get32(b + 20);
		m->flags = get32(b + 24);
		return;
	}
	memcpy(&m->name, b, 8);
	m->namelen = get32(b + 8);
	memcpy(&m->iov, b + 16, 8);
	memcpy(&m->iovlen, b + 24, 8);
	memcpy(&m->control, b + 32, 8);
	memcpy(&m->controllen, b + 40, 8);
	m->flags = get32(b + 48);
}
