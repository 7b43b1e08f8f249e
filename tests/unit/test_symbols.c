/* test_symbols.c: src/symbols.c names code addresses from a module's ELF symbols. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "stack.h"


__attribute__((noinline)) int symbols_probe_function(int x)
{
	return x * 3 + 1;
}

/* a function of one byte and 15 bytes after it that no symbol covers */
__asm__(".text\n.globl symbols_one_byte\n.type symbols_one_byte, @function\n"
	".p2align 4\nsymbols_one_byte:\n\tret\n.size symbols_one_byte, 1\n"
	".skip 15, 0x90\n");
void symbols_one_byte(void);

/* The mapping of our own process holding addr, as strc reads a tracee's. */
static int own_mapping(uint64_t addr, uint64_t *start, uint64_t *end, uint64_t *off,
		       unsigned long *dev, unsigned long *ino, char *path)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[4096];
	int found = 0;

	while (f && !found && fgets(line, sizeof(line), f)) {
		unsigned long long s, e, o, i;
		unsigned maj, min;
		char perms[8];

		if (sscanf(line, "%llx-%llx %7s %llx %x:%x %llu %4095s", &s, &e, perms, &o, &maj,
			   &min, &i, path) == 8 && addr >= s && addr < e) {
			*start = s, *end = e, *off = o, *ino = i;
			*dev = makedev(maj, min);
			found = 1;
		}
	}
	if (f)
		fclose(f);
	return found;
}

static struct module *module_at(uint64_t addr, uint64_t *vaddr)
{
	uint64_t start, end, off;
	unsigned long dev, ino;
	char path[4096];

	cr_assert(own_mapping(addr, &start, &end, &off, &dev, &ino, path));
	struct module *m = module_get(getpid(), path, start, end, dev, ino);
	cr_assert_not_null(m);
	cr_assert_eq(module_vaddr(m, off, addr - start + off, vaddr), 0);
	return m;
}

Test(symbols, names_a_function_at_its_start_and_inside)
{
	uint64_t addr = (uint64_t)(uintptr_t)&symbols_probe_function, vaddr, sym;
	struct module *m = module_at(addr, &vaddr);

	cr_assert_str_eq(module_symbol(m, vaddr, &sym), "symbols_probe_function");
	cr_assert_eq(sym, vaddr);
	cr_assert_str_eq(module_symbol(m, vaddr + 3, &sym), "symbols_probe_function");
	cr_assert_eq(sym, vaddr);
	modules_free();
}

Test(symbols, padding_past_a_function_is_not_named_after_it)
{
	uint64_t addr = (uint64_t)(uintptr_t)&symbols_one_byte, vaddr, sym;
	struct module *m = module_at(addr, &vaddr);

	/* as strace 7.2 (libdw): a symbol names only the addresses its size covers */
	cr_assert_str_eq(module_symbol(m, vaddr, &sym), "symbols_one_byte");
	cr_assert_null(module_symbol(m, vaddr + 8, &sym));
	modules_free();
}

Test(symbols, a_module_is_read_once)
{
	uint64_t addr = (uint64_t)(uintptr_t)&symbols_probe_function, v1, v2;

	cr_assert_eq(module_at(addr, &v1), module_at(addr, &v2));
	modules_free();
}

Test(symbols, libc_write_by_its_exported_name)
{
	uint64_t addr = (uint64_t)(uintptr_t)&write, vaddr, sym;
	struct module *m = module_at(addr, &vaddr);
	const char *name = module_symbol(m, vaddr, &sym);

	/* write and its aliases share one address: the one libdw (strace 7.2) picks */
	cr_assert_not_null(name);
	cr_assert(strstr(name, "write") != NULL, "got %s", name);
	cr_assert_eq(sym, vaddr);
	modules_free();
}

/* raise and gsignal are one function: libdw names it after the global symbol, not after
 * its weak alias, whichever its table lists first (.dynsym, or libc6-dbg's .symtab) */
Test(symbols, a_global_symbol_over_its_weak_alias)
{
	uint64_t addr = (uint64_t)(uintptr_t)&raise, vaddr, sym;
	struct module *m = module_at(addr, &vaddr);

	cr_assert_str_eq(module_symbol(m, vaddr, &sym), "raise");
	cr_assert_eq(sym, vaddr);
	modules_free();
}

Test(symbols, nothing_below_the_first_symbol)
{
	uint64_t addr = (uint64_t)(uintptr_t)&symbols_probe_function, vaddr, sym;
	struct module *m = module_at(addr, &vaddr);

	cr_assert_null(module_symbol(m, 0, &sym));
	modules_free();
}

Test(symbols, an_unreadable_file_has_no_symbols)
{
	struct module *m = module_get(getpid(), "/nonexistent/lib.so", 0x1000, 0x2000, 1, 2);
	uint64_t sym, vaddr;

	cr_assert_not_null(m);
	cr_assert_null(module_symbol(m, 0x1234, &sym));
	cr_assert_neq(module_vaddr(m, 0, 0x10, &vaddr), 0);
	modules_free();
}
