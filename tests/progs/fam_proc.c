/*
 * fam_proc.c: process-family calls with varied arguments and errors, for comparing strc
 * with strace. Raw syscalls, so libc adds nothing around them.
 */
#include <linux/sched.h>
#include <sys/syscall.h>
#include <sys/wait.h>
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

	/*
	 * The children are not traced without -f; they end with no exit signal, so no SIGCHLD
	 * lands at a scheduling-dependent place in the parent's lines.
	 */
	int ctid = 0, ptid = 0, st;
	long kids[3];
	if ((kids[0] = syscall(SYS_clone, CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID, NULL, NULL,
				&ctid, 0)) == 0)
		_exit(0);
	if ((kids[1] = syscall(SYS_clone, CLONE_PARENT_SETTID, NULL, &ptid, NULL, 0)) == 0)
		_exit(3);
	if ((kids[2] = syscall(SYS_clone, 0, NULL, NULL, NULL, 0)) == 0)
		*(volatile int *)0 = 0;
	syscall(SYS_clone, CLONE_SIGHAND | CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID | SIGCHLD,
		NULL, NULL, &ctid, 0);
	syscall(SYS_clone, CLONE_SETTLS | CLONE_THREAD | CLONE_PARENT_SETTID | 0x12, BAD, &ptid,
		NULL, BAD);
	syscall(SYS_wait4, kids[0], NULL, __WALL, NULL);
	syscall(SYS_wait4, kids[1], &st, __WALL | WUNTRACED, NULL);
	syscall(SYS_wait4, kids[2], &st, __WCLONE, NULL);
	syscall(SYS_wait4, -1, &st, WNOHANG | __WALL, NULL);
	syscall(SYS_wait4, -1, BAD, 0x10, BAD);
	unsigned long fs = 0;
	syscall(SYS_arch_prctl, 0x1003, &fs);
	syscall(SYS_arch_prctl, 0x1002, fs);
	syscall(SYS_arch_prctl, 0x1004, BAD);
	syscall(SYS_arch_prctl, 0x1001, 0);
	syscall(SYS_arch_prctl, 0x7777, 0);
	char name[32] = "fam-proc";
	int sig = 0;
	syscall(SYS_prctl, 15, name, 0, 0, 0);
	syscall(SYS_prctl, 16, name, 0, 0, 0);
	syscall(SYS_prctl, 15, BAD, 0, 0, 0);
	syscall(SYS_prctl, 1, 15, 0, 0, 0);
	syscall(SYS_prctl, 2, &sig, 0, 0, 0);
	syscall(SYS_prctl, 2, BAD, 0, 0, 0);
	syscall(SYS_prctl, 3, 0, 0, 0, 0);
	syscall(SYS_prctl, 4, 1, 0, 0, 0);
	syscall(SYS_prctl, 39, 0, 0, 0, 0);
	syscall(SYS_prctl, 23, 21, 0, 0, 0);
	syscall(SYS_prctl, 23, 99, 0, 0, 0);
	syscall(SYS_prctl, 21, 0, 0, 0, 0);
	syscall(SYS_prctl, 0x59616d61, 0, 0, 0, 0);
	syscall(SYS_prctl, 9999, 1, 2, 3, 4);
	char *av[] = { "a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh",
		       "iiiiiiiii", "jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj", NULL };
	char *ev[] = { "A=1", "B=2", NULL };
	syscall(SYS_execve, "/nonexistent/prog", av, ev);
	syscall(SYS_execve, "/nonexistent/prog", BAD, BAD);
	syscall(SYS_execve, "/nonexistent/prog", NULL, NULL);
	syscall(SYS_execveat, -100, "/nonexistent/prog", av, ev, 0x1000);
	syscall(SYS_execveat, 99, "", av + 8, ev + 1, 0x100);
	unsigned r, e, sv;
	syscall(SYS_getresuid, &r, &e, &sv);
	syscall(SYS_getresgid, &r, BAD, &sv);
	return 0;
}
