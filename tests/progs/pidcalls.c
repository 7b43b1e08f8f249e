/*
 * pidcalls.c: the calls whose arguments or results are pids, traced with -Y: a process or
 * thread id is named ("4<pidcalls>"), a process group, a session or a user id is not
 * (getpgrp, getsid, setpgid's group, PRIO_PGRP, F_OWNER_PGRP), as strace 7.2 prints them.
 * Without -f: the child that holds a lock and the cloned children are not traced.
 */
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/ioprio.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void ids(pid_t me)
{
	int tid;

	syscall(SYS_set_tid_address, &tid);
	syscall(SYS_gettid);
	syscall(SYS_getpgrp);
	syscall(SYS_getpgid, 0);
	syscall(SYS_getpgid, me);
	syscall(SYS_getsid, 0);
	syscall(SYS_getsid, me);
	syscall(SYS_setpgid, me, me);
	syscall(SYS_setsid);
}

static void targets(pid_t me)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, me };
	struct __user_cap_data_struct d[2];
	cpu_set_t cpus;
	struct rlimit r;

	syscall(SYS_kill, me, 0);
	syscall(SYS_kill, -me, 0);
	syscall(SYS_tkill, me, 0);
	syscall(SYS_tgkill, me, me, 0);
	syscall(SYS_getpriority, PRIO_PROCESS, me);
	syscall(SYS_getpriority, PRIO_PGRP, me);
	syscall(SYS_setpriority, PRIO_USER, 0, 0);
	syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, me);
	syscall(SYS_ioprio_get, IOPRIO_WHO_PGRP, me);
	syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, me, 0);
	syscall(SYS_sched_getscheduler, me);
	syscall(SYS_sched_setscheduler, me, 0, 0);
	syscall(SYS_sched_getparam, me, 0);
	syscall(SYS_sched_setparam, me, 0);
	syscall(SYS_sched_getattr, me, 0, 0, 0);
	syscall(SYS_sched_setattr, me, 0, 0);
	syscall(SYS_sched_rr_get_interval, me, 0);
	CPU_ZERO(&cpus);
	CPU_SET(0, &cpus);
	syscall(SYS_sched_getaffinity, me, sizeof(cpus), &cpus);
	syscall(SYS_sched_setaffinity, me, sizeof(cpus), &cpus);
	syscall(SYS_prlimit64, me, RLIMIT_NOFILE, 0, &r);
	syscall(SYS_kcmp, me, me, 0, 0, 0);
	syscall(SYS_capget, &h, d);
	syscall(SYS_process_vm_readv, me, 0, 0, 0, 0, 0);
	syscall(SYS_get_robust_list, me, 0, 0);
	syscall(SYS_rt_sigqueueinfo, me, 0, 0);
	syscall(SYS_ptrace, PTRACE_GETEVENTMSG, me, 0, 0);
	syscall(SYS_close, syscall(SYS_pidfd_open, me, 0));
}

/* A child holds a lock: F_GETLK names it. One pipe says when it holds it, the other when
 * it may end. */
static void owners(pid_t me)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_len = 10 };
	struct f_owner_ex o = { F_OWNER_TID, me };
	struct ucred cred;
	socklen_t len = sizeof(cred);
	int fd = open("pidcalls.lock", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int sv[2], p[2], q[2];
	char c;
	pid_t child;

	syscall(SYS_fcntl, fd, F_SETOWN, me);
	syscall(SYS_fcntl, fd, F_GETOWN);
	syscall(SYS_fcntl, fd, F_SETOWN_EX, &o);
	syscall(SYS_fcntl, fd, F_GETOWN_EX, &o);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cred, &len);
	pipe(p);
	pipe(q);
	child = fork();
	if (child == 0) {
		fcntl(fd, F_SETLK, &fl);
		write(p[1], "l", 1);
		read(q[0], &c, 1);
		_exit(0);
	}
	read(p[0], &c, 1);
	syscall(SYS_fcntl, fd, F_GETLK, &fl);
	write(q[1], "e", 1);
	waitpid(child, NULL, 0);
	unlink("pidcalls.lock");
}

/* clone's parent_tid and result, waitid's P_PID, wait4 after the child is gone */
static void children(void)
{
	siginfo_t si;
	int ptid = 0, status;
	pid_t child = syscall(SYS_clone, CLONE_PARENT_SETTID | SIGCHLD, 0, &ptid, 0, 0);

	if (child == 0)
		_exit(3);
	waitid(P_PID, child, &si, WEXITED | WNOWAIT);
	syscall(SYS_wait4, child, &status, 0, 0);
	syscall(SYS_wait4, child, &status, WNOHANG, 0);
	waitid(P_PGID, getpgrp(), &si, WEXITED | WNOHANG);
}

int main(void)
{
	pid_t me = getpid();
	sigset_t chld;

	/* no SIGCHLD line: whether its child is still there to be named is the scheduler's */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);

	ids(me);
	targets(me);
	owners(me);
	children();
	return 0;
}
