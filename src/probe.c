/*
 * probe.c: before tracing anything, make sure this kernel and its security policy give us
 * what the tracer is built on, so that a missing piece is one clear message at startup
 * instead of a trace that silently goes wrong. Each probe runs in a throwaway child.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "strc.h"
#include "tracer.h"

/* A child stopped by its own SIGSTOP; when it runs on, it makes one syscall and exits. */
static pid_t stopped_child(void)
{
	int status;
	pid_t pid = fork();

	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		raise(SIGSTOP);
		getppid();
		_exit(0);
	}
	if (waitpid(pid, &status, WSTOPPED) < 0 || !WIFSTOPPED(status)) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		die("probe: a child did not stop");
	}
	return pid;
}

static void reap(pid_t pid)
{
	int status;

	kill(pid, SIGKILL);
	while (waitpid(pid, &status, __WALL) == pid && !WIFEXITED(status) && !WIFSIGNALED(status))
		;
}

/*
 * Both probes in one throwaway child: seize it, then run it to its first syscall stop and
 * ask for the syscall's details there. One child, as strace forks one: the command then
 * gets the same pid as under strace in a fresh pid namespace (unshare -pf).
 */
void probe_kernel(void)
{
	struct __ptrace_syscall_info info;
	pid_t pid = stopped_child();
	int status, ok = 0;

	if (ptrace(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACESYSGOOD) < 0) {
		int err = errno;

		reap(pid);
		die("PTRACE_SEIZE: %s (is ptrace allowed here? see kernel.yama.ptrace_scope)",
		    strerror(err));
	}
	if (ptrace(PTRACE_SYSCALL, pid, 0, 0) == 0 && kill(pid, SIGCONT) == 0) {
		while (waitpid(pid, &status, __WALL) == pid && WIFSTOPPED(status)) {
			if (WSTOPSIG(status) == (SIGTRAP | 0x80)) {
				ok = ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof(info), &info) > 0 &&
				     info.op == PTRACE_SYSCALL_INFO_ENTRY;
				break;
			}
			int sig = WSTOPSIG(status);
			ptrace(PTRACE_SYSCALL, pid, 0, sig == SIGCONT || sig == SIGSTOP ? 0 : sig);
		}
	}
	reap(pid);
	if (!ok)
		die("PTRACE_GET_SYSCALL_INFO does not work here (Linux 5.3 or later is needed)");
}
