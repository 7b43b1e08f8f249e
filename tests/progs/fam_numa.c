/*
 * fam_numa.c: the NUMA memory-policy calls with varied node masks, modes and errors, for
 * comparing strc with strace. Raw syscalls, so libc adds nothing; the kernel may lack NUMA
 * (the calls then fail) but their arguments print all the same.
 */
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BAD ((void *)1)
#define PAGE 4096

#ifndef SYS_set_mempolicy_home_node
#define SYS_set_mempolicy_home_node 450
#endif

static unsigned long mask[40];

static void policies(void)
{
	int mode = -1;

	mask[0] = 1;
	syscall(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, 0);
	syscall(SYS_get_mempolicy, NULL, NULL, 0, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 64, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 65, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 3, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 1, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 2048 + 1, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 4000, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, mask, 1025, mask, 0x3);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, mask, 0x2);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, 0x1);
	syscall(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0x4);
	syscall(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0x18);
	syscall(SYS_get_mempolicy, BAD, BAD, 1025, BAD, 0);
	syscall(SYS_get_mempolicy, BAD, mask, 1025, NULL, 0);

	memset(mask, 0, sizeof(mask));
	mask[0] = 1;
	mask[1] = 0x8000000000000000ul;
	mask[2] = 0x123456789abcdefful;
	syscall(SYS_set_mempolicy, 5, mask, 1024);
	syscall(SYS_set_mempolicy, 0, NULL, 0);
	syscall(SYS_set_mempolicy, 0, mask, 1025);
	syscall(SYS_set_mempolicy, 1, mask, 2);
	syscall(SYS_set_mempolicy, 2, mask, 200);
	syscall(SYS_set_mempolicy, 3 | 0x8000, mask, 65);
	syscall(SYS_set_mempolicy, 2 | 0x4000, mask, 129);
	syscall(SYS_set_mempolicy, 3 | 0x2000, mask, 129);
	syscall(SYS_set_mempolicy, 4 | 0x8000 | 0x4000, NULL, 0);
	syscall(SYS_set_mempolicy, 7, mask, 10);
	syscall(SYS_set_mempolicy, 77 | 0x8000, mask, 10);
	syscall(SYS_set_mempolicy, 0x1000, mask, 10);
	syscall(SYS_set_mempolicy, 2, BAD, 10);
	syscall(SYS_set_mempolicy, 2, mask, 0x7fffffff);
	syscall(SYS_set_mempolicy, 2 | 0x1000, mask, 10);
	syscall(SYS_set_mempolicy, 0 | 0x8000, mask, 10);
	syscall(SYS_set_mempolicy, 0x1000 | 0x8000, mask, 10);
	syscall(SYS_set_mempolicy, 0x2000 | 0x10000000, mask, 10);
	syscall(SYS_set_mempolicy, 0x80000002ul, mask, 10);
	syscall(SYS_set_mempolicy, 0xffffffff00000002ul, mask, 0xffffffff00000010ul);
	syscall(SYS_set_mempolicy, 2 | 0x8000, mask, 3);
	syscall(SYS_get_mempolicy, &mode, mask, 3, NULL, 0);
	syscall(SYS_set_mempolicy, 0, NULL, 0);
	for (int i = 0; i < 3; i++) {
		syscall(SYS_set_mempolicy, 2, mask, i);
		syscall(SYS_get_mempolicy, &mode, mask, i, NULL, 0x10);
		syscall(SYS_migrate_pages, 0, i, mask, mask);
	}
	syscall(SYS_set_mempolicy, 2, NULL, 1);
	syscall(SYS_get_mempolicy, &mode, NULL, 1025, NULL, 0x10);
	syscall(SYS_set_mempolicy, 0, NULL, 0);
}

/* Masks that end where the mapping does: the words before the hole, then its address. */
static void edges(void)
{
	char *p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long *end = (unsigned long *)(p + PAGE) - 2;

	munmap(p + PAGE, PAGE);
	end[0] = 5;
	end[1] = 0x40;
	syscall(SYS_set_mempolicy, 2, end, 300);
	syscall(SYS_set_mempolicy, 2, p + PAGE, 300);
	syscall(SYS_get_mempolicy, p + PAGE - 4, end, 300, NULL, 0);
	syscall(SYS_migrate_pages, 0, 300, end, end);
	syscall(SYS_mbind, p, PAGE, 0xe000, end, 10, 0);
	syscall(SYS_mbind, p, PAGE, 0xffffffff00000002ul, end, 10, 0xffffffff00000001ul);
	syscall(SYS_move_pages, 0, 3, end, end, end, 0);
	syscall(SYS_move_pages, 0, 1, end, NULL, NULL, 0);
	syscall(SYS_move_pages, 0, 0, end, end, end, 0);
}

static void binds(void)
{
	char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	void *pages[4] = { p, p + PAGE, BAD, p + 3 * PAGE };
	int nodes[4] = { 0, 0, 1, 0 };
	int status[4] = { -1, -1, -1, -1 };
	unsigned long old[2] = { 1, 0 }, new[2] = { 3, 0 };

	p[0] = 1;
	mask[0] = 1;
	syscall(SYS_mbind, p, 4 * PAGE, 2, mask, 65, 0);
	syscall(SYS_mbind, p, PAGE, 0, NULL, 0, 0);
	syscall(SYS_mbind, p, PAGE, 1 | 0x8000, mask, 3, 0x1 | 0x2);
	syscall(SYS_mbind, p, PAGE, 3, mask, 129, 0x4 | 0x10);
	syscall(SYS_mbind, p + 1, PAGE, 2, BAD, 65, 0);
	syscall(SYS_mbind, p, PAGE, 99, mask, 65, 0x8);

	syscall(SYS_migrate_pages, 0, 65, old, new);
	syscall(SYS_migrate_pages, 0, 0, NULL, NULL);
	syscall(SYS_migrate_pages, 0, 1025, mask, mask);
	syscall(SYS_migrate_pages, -1, 65, old, BAD);
	syscall(SYS_migrate_pages, 99999, 129, BAD, new);

	syscall(SYS_move_pages, 0, 4, pages, NULL, status, 0);
	syscall(SYS_move_pages, 0, 4, pages, nodes, status, 0x2);
	syscall(SYS_move_pages, 0, 1, pages, nodes, status, 0x4);
	syscall(SYS_move_pages, 0, 0, NULL, NULL, NULL, 0);
	syscall(SYS_move_pages, 0, 2, BAD, BAD, BAD, 0x1);
	syscall(SYS_move_pages, 0, 4, pages, NULL, BAD, 0);
	syscall(SYS_move_pages, -1, 2, pages, nodes, status, 0);

	syscall(SYS_set_mempolicy_home_node, p, PAGE, 0, 0);
	syscall(SYS_set_mempolicy_home_node, p, PAGE, 1, 7);
	syscall(SYS_set_mempolicy_home_node, p + 1, PAGE, 0, 0);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "weighted")) {
		/* MPOL_WEIGHTED_INTERLEAVE (Linux 6.9) is newer than strace 6.1 */
		syscall(SYS_set_mempolicy, 6, mask, 10);
		syscall(SYS_set_mempolicy, 0, NULL, 0);
		return 0;
	}
	policies();
	binds();
	edges();
	return 0;
}
