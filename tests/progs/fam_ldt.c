/*
 * fam_ldt.c: x86's segment descriptor calls (modify_ldt, get_thread_area, set_thread_area)
 * and the removed _sysctl, with readable, partly readable, NULL and odd-sized arguments;
 * traced in tests/integration/misc72.cmake (with inject= for the successes this kernel
 * cannot give). Elsewhere than x86_64 it makes no calls.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#if defined(__x86_64__)
#include <asm/ldt.h>
#include <linux/sysctl.h>

/* a struct that ends in a page that cannot be read, for the partly readable cases */
static char *guard_page(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);

	if (p == MAP_FAILED || mprotect(p + page, page, PROT_NONE))
		_exit(2);
	return p + page;
}

static void thread_area(char *guard)
{
	struct user_desc d = {
		.entry_number = 12, .base_addr = 0x1000, .limit = 0xfffff, .seg_32bit = 1,
		.limit_in_pages = 1, .useable = 1,
	};

	syscall(SYS_get_thread_area, &d);
	syscall(SYS_set_thread_area, &d);
	syscall(SYS_get_thread_area, NULL);
	syscall(SYS_get_thread_area, 8);
	syscall(SYS_set_thread_area, guard - 8);
	d.entry_number = -1;
	syscall(SYS_set_thread_area, &d);
}

static void ldt(char *guard)
{
	struct user_desc d[2] = { {
		.entry_number = 3, .base_addr = 0xdeadbeef, .limit = 0x12345678,
	} };

	memset(guard - 16, 0, 16);
	syscall(SYS_modify_ldt, 0, NULL, 0);
	syscall(SYS_modify_ldt, 0, guard - 16, 16);
	syscall(SYS_modify_ldt, 1, d, sizeof(d));
	syscall(SYS_modify_ldt, 1, d, 15);
	syscall(SYS_modify_ldt, 1, d, 0x100000010L);
	syscall(SYS_modify_ldt, -1L, d, 16);
	syscall(SYS_modify_ldt, 0x100000011L, d, 16);
	syscall(SYS_modify_ldt, 1, guard - 8, 16);
	syscall(SYS_modify_ldt, 1, NULL, 16);
	d[0].entry_number = 1;
	d[0].contents = 3;
	d[0].read_exec_only = 1;
	d[0].seg_not_present = 1;
	d[0].lm = 1;
	syscall(SYS_modify_ldt, 5, d, 16);
	syscall(SYS_modify_ldt, 2, d, 16);	/* reads the default LDT: zeroes */
	syscall(SYS_modify_ldt, 0, d, 8);
}

static void sysctl(char *guard)
{
	int name[] = { CTL_KERN, KERN_OSTYPE };
	char old[64];
	size_t oldlen = sizeof(old);
	struct __sysctl_args a = {
		.name = name, .nlen = 2, .oldval = old, .oldlenp = &oldlen,
	};

	syscall(SYS__sysctl, &a);
	syscall(SYS__sysctl, NULL);
	syscall(SYS__sysctl, guard - 8);
	a.nlen = -5;
	a.newval = old;
	a.newlen = (size_t)-1;
	a.oldlenp = NULL;
	syscall(SYS__sysctl, &a);
}

int main(void)
{
	char *guard = guard_page();

	thread_area(guard);
	ldt(guard);
	sysctl(guard);
	return 0;
}
#else
int main(void)
{
	return 0;
}
#endif
