/*
 * fam_proc.c: process-family calls with varied arguments and errors, for comparing strc
 * with strace. Raw syscalls, so libc adds nothing around them.
 */
#include <linux/capability.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/utsname.h>
#include <unistd.h>

#define BAD ((void *)1)

/* struct sched_attr as the kernel takes it (glibc 2.36 does not declare it) */
struct attr {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t prio;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

/*
 * clone3, waitid, rusage, capabilities, scheduling, I/O priority. Children end with no exit
 * signal and are waited for by pid, so nothing depends on scheduling.
 */
static void more(void)
{
	struct clone_args ca;
	struct rusage ru;
	siginfo_t si;
	int pidfd = -1, ptid = 0, ctid = 0, st;
	long k;

	memset(&si, 0, sizeof(si));	/* waitid leaves si_utime and si_stime as they were */

	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
	ca.pidfd = (uintptr_t)&pidfd;
	ca.parent_tid = (uintptr_t)&ptid;
	if ((k = syscall(SYS_clone3, &ca, sizeof(ca))) == 0)
		_exit(2);
	syscall(SYS_waitid, P_PIDFD, pidfd, &si, WEXITED | __WCLONE, &ru);
	/* the child is gone: its pidfd takes no signal, after the siginfo is read */
	siginfo_t qi;
	memset(&qi, 0, sizeof(qi));
	qi.si_signo = SIGUSR1;
	qi.si_code = SI_QUEUE;
	qi.si_value.sival_int = 7;
	syscall(SYS_pidfd_send_signal, pidfd, 0, NULL, 0);
	syscall(SYS_pidfd_send_signal, pidfd, SIGUSR1, &qi, 0);
	syscall(SYS_pidfd_send_signal, pidfd, SIGUSR1, BAD, 0);
	syscall(SYS_pidfd_send_signal, pidfd, 0, NULL, 5);
	syscall(SYS_clone3, BAD, sizeof(ca));
	syscall(SYS_clone3, &ca, 10);
	memset(&ca, 0, sizeof(ca));
	/* CLONE_SIGHAND without CLONE_VM: EINVAL, no child */
	ca.flags = CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | CLONE_SETTLS | CLONE_SIGHAND |
		   CLONE_NEWTIME;
	ca.child_tid = (uintptr_t)&ctid;
	ca.tls = 0x1234;
	ca.stack = 0x1000;
	ca.stack_size = 0x2000;
	ca.exit_signal = SIGCHLD;
	syscall(SYS_clone3, &ca, sizeof(ca));
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_NEWNS | CLONE_INTO_CGROUP | CLONE_CLEAR_SIGHAND;
	ca.cgroup = 99;
	ca.exit_signal = SIGUSR1;
	syscall(SYS_clone3, &ca, sizeof(ca));
	pid_t tids[2] = { 77, 78 };
	memset(&ca, 0, sizeof(ca));
	ca.set_tid = (uintptr_t)tids;
	ca.set_tid_size = 2;
	syscall(SYS_clone3, &ca, sizeof(ca));
	if ((k = syscall(SYS_clone, 0, NULL, NULL, NULL, 0)) == 0)
		_exit(5);
	syscall(SYS_waitid, P_PID, k, &si, WEXITED | WNOWAIT | __WALL, NULL);
	syscall(SYS_wait4, k, &st, __WALL, &ru);
	syscall(SYS_wait4, -1, &st, WNOHANG, &ru);
	syscall(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOHANG, &ru);
	syscall(SYS_waitid, P_PIDFD, 99, BAD, WEXITED | WSTOPPED, BAD);
	syscall(SYS_waitid, 77, 0, NULL, 0, NULL);
	syscall(SYS_getrusage, RUSAGE_SELF, &ru);
	syscall(SYS_getrusage, RUSAGE_THREAD, &ru);
	syscall(SYS_getrusage, RUSAGE_CHILDREN, BAD);
	syscall(SYS_getrusage, 5, &ru);

	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	syscall(SYS_capget, &h, d);
	syscall(SYS_capset, &h, d);
	syscall(SYS_capget, &h, NULL);
	syscall(SYS_capget, BAD, d);
	syscall(SYS_capset, BAD, d);
	h.version = _LINUX_CAPABILITY_VERSION_1;
	syscall(SYS_capget, &h, d);
	h.version = 0x1234;
	syscall(SYS_capget, &h, d);
	h.version = _LINUX_CAPABILITY_VERSION_3;
	h.pid = 99999;
	syscall(SYS_capget, &h, d);
	memset(d, 0, sizeof(d));
	d[0].inheritable = 1;
	d[1].effective = 1u << 30;
	h.pid = 0;
	syscall(SYS_capset, &h, d);

	int prio = 0;
	syscall(SYS_sched_getparam, 0, &prio);
	syscall(SYS_sched_getparam, 0, BAD);
	syscall(SYS_sched_setparam, 0, &prio);
	syscall(SYS_sched_setparam, 0, BAD);
	syscall(SYS_sched_getscheduler, 0);
	syscall(SYS_sched_getscheduler, -1);
	syscall(SYS_sched_setscheduler, 0, SCHED_BATCH, &prio);
	syscall(SYS_sched_getscheduler, 0);
	syscall(SYS_sched_setscheduler, 0, SCHED_NORMAL | SCHED_RESET_ON_FORK, &prio);
	syscall(SYS_sched_setscheduler, 0, 99, BAD);
	syscall(SYS_sched_getscheduler, 0);
	struct attr a;
	memset(&a, 0, sizeof(a));
	syscall(SYS_sched_getattr, 0, &a, sizeof(a), 0);
	syscall(SYS_sched_getattr, 0, &a, 48, 0);
	syscall(SYS_sched_getattr, 0, BAD, sizeof(a), 0);
	syscall(SYS_sched_getattr, 0, &a, 10, 0);
	a.size = sizeof(a);
	a.policy = SCHED_NORMAL;
	a.nice = 1;
	a.flags = SCHED_FLAG_RESET_ON_FORK;
	syscall(SYS_sched_setattr, 0, &a, 0);
	syscall(SYS_sched_setattr, 0, BAD, 0);
	a.size = 48;
	a.policy = 77;
	a.flags = 0x1000;
	syscall(SYS_sched_setattr, 0, &a, 1);
	struct timespec ts;
	syscall(SYS_sched_rr_get_interval, 0, &ts);
	syscall(SYS_sched_rr_get_interval, 0, BAD);

	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_set, 1, 0, (3 << 13) | 7);
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_set, 1, 0, 0);
	syscall(SYS_ioprio_set, 1, 0, (9 << 13) | 1);
	syscall(SYS_ioprio_get, 77, 0);
	syscall(SYS_times, BAD);
}

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
	more();
	return 0;
}
