/*
 * untraced.c: a child made with CLONE_UNTRACED, as LeakSanitizer makes its stop-the-world
 * helper. No tracer is attached to it by the kernel, yet it inherits the parent's seccomp
 * filter; its getppid must still work. Exits 0 when it did, 1 when the call failed
 * (ENOSYS: a filter stop with nobody to serve it), 2 on a setup error.
 */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static char stack[64 * 1024];

static int child(void *arg)
{
	(void)arg;
	return syscall(SYS_getppid) == -1 ? 1 : 0;
}

int main(void)
{
	int status;
	pid_t pid = clone(child, stack + sizeof(stack), CLONE_UNTRACED | SIGCHLD, NULL);

	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 2;
	return WEXITSTATUS(status);
}
