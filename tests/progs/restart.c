/*
 * restart.c: calls a signal interrupts, as strace shows them. The parent blocks in read,
 * pause and clock_nanosleep; a child waits until the parent sleeps in each (its state in
 * /proc is 'S') and then signals it: a handled SIGUSR1 (ERESTARTSYS, ERESTARTNOHAND) or
 * SIGSTOP and SIGCONT (ERESTART_RESTARTBLOCK, then restart_syscall).
 */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	(void)sig;
}

/* The state letter of pid, read with calls the test leaves out of its trace set. */
static char state_of(pid_t pid)
{
	char path[64], buf[256], *p;
	int fd;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	n = pread(fd, buf, sizeof(buf) - 1, 0);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	p = strrchr(buf, ')');
	return p && p[1] ? p[2] : 0;
}

/* Sleeps with poll, a call the test leaves out of its trace set too. */
static int wait_state(pid_t pid, char want, int tries)
{
	while (state_of(pid) != want) {
		if (--tries == 0)
			return -1;
		poll(NULL, 0, 2);
	}
	return 0;
}

static void child(pid_t parent)
{
	wait_state(parent, 'S', -1);
	kill(parent, SIGUSR1);		/* read: ERESTARTSYS, then EINTR */
	wait_state(parent, 'S', -1);
	kill(parent, SIGUSR1);		/* pause: ERESTARTNOHAND */
	wait_state(parent, 'S', -1);
	kill(parent, SIGSTOP);		/* clock_nanosleep: ERESTART_RESTARTBLOCK */
	/*
	 * A traced process shows 't' both in the signal-delivery stop and in the group-stop
	 * after it: a SIGCONT between the two would be lost, so give the tracer time, and
	 * try again rather than leave the parent stopped for good.
	 */
	poll(NULL, 0, 300);
	do
		kill(parent, SIGCONT);	/* restart_syscall resumes it */
	while (wait_state(parent, 'S', 1000) < 0);
	kill(parent, SIGUSR1);		/* restart_syscall: ERESTART_RESTARTBLOCK, then EINTR */
	_exit(0);
}

int main(void)
{
	struct sigaction sa;
	struct timespec long_sleep = { 60, 0 };
	sigset_t chld;
	int fds[2];
	char c;
	pid_t pid;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	if (pipe(fds) < 0)
		return 1;
	pid = fork();
	if (pid == 0)
		child(getppid());
	read(fds[0], &c, 1);
	pause();
	clock_nanosleep(CLOCK_REALTIME, 0, &long_sleep, NULL);
	waitpid(pid, NULL, 0);
	return 0;
}
