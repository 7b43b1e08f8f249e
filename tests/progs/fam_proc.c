/*
 * fam_proc.c: process-family calls with varied arguments and errors, for comparing strc
 * with strace. Raw syscalls, so libc adds nothing around them.
 */
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#define BAD ((void *)1)

int main(void)
{
	struct utsname u;
	unsigned long mask[16] = { 0 };
	unsigned gids[4] = { 0, 1, 2, 65534 };

	syscall(SYS_uname, &u);
	syscall(SYS_uname, BAD);
	syscall(SYS_sched_getaffinity, 0, sizeof(mask), mask);
	syscall(SYS_sched_getaffinity, 0, 3, mask);
	syscall(SYS_sched_getaffinity, 0, sizeof(mask), BAD);
	mask[0] = 1;
	syscall(SYS_sched_setaffinity, 0, 8, mask);
	mask[0] = 0x5;
	syscall(SYS_sched_setaffinity, 0, 8, mask);
	syscall(SYS_sched_setaffinity, 0, 8, BAD);
	syscall(SYS_getgroups, 0, NULL);
	syscall(SYS_getgroups, 4, gids);
	syscall(SYS_getgroups, 1, BAD);
	syscall(SYS_setgroups, 4, gids);
	syscall(SYS_getgroups, 4, gids);
	syscall(SYS_setgroups, 2, BAD);
	syscall(SYS_setgroups, 0, NULL);
	return 0;
}
