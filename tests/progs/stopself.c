/*
 * stopself.c: job control under -f. A child stops itself with SIGSTOP; the parent waits
 * for the stop, continues it with SIGCONT and waits for its end.
 */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		raise(SIGSTOP);
		write(1, "continued\n", 10);
		_exit(0);
	}
	waitpid(pid, &status, WUNTRACED);
	kill(pid, SIGCONT);
	waitpid(pid, &status, 0);
	return 0;
}
