/*
 * stopself.c: job control under -f. A child stops itself with SIGSTOP; the parent waits
 * for the stop, continues it with SIGCONT and waits for its end.
 *
 * Each of the three SIGCHLDs (stopped, continued, exited) must land at the same place in
 * every run, or the trace depends on scheduling (a SIGCHLD that comes while the parent
 * already sleeps in wait4 interrupts it, one that comes earlier does not; two that come
 * before the first is delivered merge into one). So the parent keeps SIGCHLD blocked and
 * takes each in rt_sigsuspend, and the child ends only when the parent, having taken the
 * "continued" one, writes to a pipe.
 */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_chld(int sig)
{
	(void)sig;	/* there so that rt_sigsuspend returns */
}

/* wait for the one SIGCHLD that is due: it is delivered here and nowhere else */
static void take_sigchld(const sigset_t *open)
{
	sigsuspend(open);
}

int main(void)
{
	int status, go[2];
	char c;
	sigset_t chld, open;
	struct sigaction sa = { .sa_handler = on_chld };
	pid_t pid;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &open);
	sigaction(SIGCHLD, &sa, NULL);
	if (pipe(go) < 0)
		return 1;
	pid = fork();
	if (pid == 0) {
		raise(SIGSTOP);
		write(1, "continued\n", 10);
		read(go[0], &c, 1);
		_exit(0);
	}
	take_sigchld(&open);	/* stopped */
	waitpid(pid, &status, WUNTRACED);
	kill(pid, SIGCONT);
	take_sigchld(&open);	/* continued */
	write(go[1], "x", 1);
	take_sigchld(&open);	/* exited */
	waitpid(pid, &status, 0);
	return 0;
}
