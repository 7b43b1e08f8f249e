/* test_tables.c: the tables generated from syscalltab/ say what the kernel's tables say. */
#include <criterion/criterion.h>
#include <string.h>

#include "strc.h"
#include "tables.h"


static const char *name_of(const char *arch, uint64_t nr)
{
	const struct arch_table *a = arch_by_name(arch);
	cr_assert_not_null(a, "no table for %s", arch);
	const struct sysent *se = syscall_lookup(a, nr);
	return se ? se->name : NULL;
}

Test(tables, openat_on_every_arch)
{
	cr_expect_str_eq(name_of("x86_64", 257), "openat");
	cr_expect_str_eq(name_of("i386", 295), "openat");
	cr_expect_str_eq(name_of("aarch64", 56), "openat");
	cr_expect_str_eq(name_of("riscv64", 56), "openat");
	cr_expect_str_eq(name_of("arm", 322), "openat");
}

Test(tables, x32_numbers_carry_the_x32_bit)
{
	const struct arch_table *a = arch_by_audit(0xc000003e, 0x40000000 | 257);
	cr_assert_not_null(a);
	cr_expect_str_eq(a->name, "x32");
	cr_expect_str_eq(syscall_lookup(a, 0x40000000 | 257)->name, "openat");
	/* 512.. are x32's own: rt_sigaction is 512 there, 13 on x86_64 */
	cr_expect_str_eq(syscall_lookup(a, 0x40000000 | 512)->name, "rt_sigaction");
	cr_expect_str_eq(arch_by_audit(0xc000003e, 257)->name, "x86_64");
}

Test(tables, arch_specific_calls)
{
	cr_expect_str_eq(name_of("riscv64", 258), "riscv_hwprobe");
	cr_expect_str_eq(name_of("riscv64", 259), "riscv_flush_icache");
	cr_expect_null(name_of("riscv64", 38), "riscv64 has no renameat");
	cr_expect_str_eq(name_of("aarch64", 38), "renameat");
	cr_expect_str_eq(name_of("arm", 0xf0005), "set_tls");
	cr_expect_str_eq(name_of("x86_64", 471), "rseq_slice_yield");
	cr_expect_str_eq(name_of("x86_64", 451), "cachestat");
	cr_expect_null(name_of("x86_64", 999));
}

Test(tables, every_number_has_a_signature)
{
	for (int i = 0; i < ARCH_COUNT; i++) {
		const struct arch_table *a = &arch_tables[i];
		unsigned mapped = 0;
		for (unsigned nr = 0; nr < a->nmap; nr++) {
			int id = a->map[nr];
			if (id < 0)
				continue;
			mapped++;
			cr_assert(id < SYS_COUNT);
			cr_assert_not_null(sysent[id].name);
			cr_assert(sysent[id].nargs <= 6, "%s has %d args", sysent[id].name,
				  sysent[id].nargs);
			cr_assert_eq(syscall_by_name(sysent[id].name), id);
		}
		cr_expect(mapped > 300, "%s maps only %u numbers", a->name, mapped);
	}
}

Test(tables, sysent_sorted_by_name)
{
	for (int i = 1; i < SYS_COUNT; i++)
		cr_assert(strcmp(sysent[i - 1].name, sysent[i].name) < 0);
	cr_expect_eq(syscall_by_name("no_such_call"), -1);
}

Test(tables, xlat_lookup)
{
	cr_expect_str_eq(xlat_name(&xlat_errnos, 2), "ENOENT");
	cr_expect_str_eq(xlat_name(&xlat_signals, 15), "SIGTERM");
	cr_expect_not_null(xlat_by_name("open_flags"));
	cr_expect_null(xlat_by_name("nonsense"));
}
