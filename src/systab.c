/*
 * systab.c: lookups in the generated tables: a syscall by arch and number or by name,
 * an architecture by the AUDIT_ARCH value the kernel reports, a constant set by name. On
 * the ground floor, with the generated tables themselves.
 */
#include <string.h>

#include "sysent.h"
#include "sysids.h"

const struct arch_table *arch_by_name(const char *name)
{
	for (int i = 0; i < ARCH_COUNT; i++)
		if (strcmp(arch_tables[i].name, name) == 0)
			return &arch_tables[i];
	return NULL;
}

/*
 * x86_64 and x32 report the same AUDIT_ARCH; the x32 bit in the number tells them apart.
 * -1, all bits set, is no call at all to the kernel (what a tracer's skipped call leaves):
 * strace counts it in the native personality, not x32's.
 */
const struct arch_table *arch_by_audit(uint32_t audit_arch, uint64_t nr)
{
	const struct arch_table *match = NULL;

	for (int i = 0; i < ARCH_COUNT; i++) {
		const struct arch_table *a = &arch_tables[i];

		if (a->audit_arch != audit_arch)
			continue;
		if (a->nr_base && (nr & a->nr_base) && nr != UINT64_MAX)
			return a;
		if (!a->nr_base && !match)
			match = a;
	}
	return match;
}

const struct sysent *syscall_lookup(const struct arch_table *a, uint64_t nr)
{
	if (!a)
		return NULL;
	nr -= a->nr_base;
	if (nr < a->nmap) {
		int id = a->map[nr];
		return id >= 0 ? &sysent[id] : NULL;
	}
	for (unsigned i = 0; i < a->nextra; i++)
		if (a->extra[i].nr == nr)
			return &sysent[a->extra[i].id];
	return NULL;
}

int syscall_by_name(const char *name)
{
	int lo = 0, hi = SYS_COUNT - 1;

	/* the generator sorts sysent[] by name */
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		int c = strcmp(name, sysent[mid].name);

		if (c == 0)
			return mid;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return -1;
}

const struct xlat *xlat_by_name(const char *set)
{
	for (int i = 0; xlat_all[i]; i++)
		if (strcmp(xlat_all[i]->set, set) == 0)
			return xlat_all[i];
	return NULL;
}
