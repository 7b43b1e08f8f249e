/*
 * vforkexec.c: vfork then execve in the child, the parent resumes when it has exec'd.
 */
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int status;
	pid_t pid = vfork();

	if (pid == 0) {
		execl("/bin/echo", "echo", "from-child", (char *)NULL);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	return 0;
}
