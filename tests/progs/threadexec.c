/*
 * threadexec.c: execve from a thread that is not the leader; the leader waits in pause()
 * and is superseded. The thread first waits until the leader sleeps in pause() (its state
 * and current call in /proc, read with openat/pread64/close, which the cases leave out of
 * the trace): otherwise the execve may end the leader anywhere between its clone3 and its
 * pause, and the trace depends on scheduling.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifdef SYS_pause
#define PAUSE_NR SYS_pause
#else
#define PAUSE_NR SYS_ppoll	/* glibc's pause() where the kernel has no pause call */
#endif

/* read the whole small file FD into BUF from offset 0; false when it cannot be read */
static int reread(int fd, char *buf, size_t size)
{
	ssize_t n = pread(fd, buf, size - 1, 0);

	if (n <= 0)
		return 0;
	buf[n] = '\0';
	return 1;
}

/* true when the stat line says the task sleeps: the state follows the last ')' */
static int sleeping(const char *stat)
{
	const char *state = strrchr(stat, ')');

	return state && state[1] == ' ' && state[2] == 'S';
}

/*
 * Wait until the leader sleeps in pause(). Sleeping alone is not enough (a page fault can
 * sleep too), and the call alone is not either: a tracer's stop at pause's entry shows the
 * same number, but the tracer has not resumed the leader yet.
 */
static void wait_leader_paused(void)
{
	char path[64], stat[512], call[256];
	int fd_stat, fd_call;
	pid_t leader = getpid();

	snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int)leader);
	fd_stat = open(path, O_RDONLY | O_CLOEXEC);
	snprintf(path, sizeof(path), "/proc/self/task/%d/syscall", (int)leader);
	fd_call = open(path, O_RDONLY | O_CLOEXEC);
	if (fd_stat < 0 || fd_call < 0)
		exit(2);
	for (;;) {
		if (!reread(fd_stat, stat, sizeof(stat)) || !reread(fd_call, call, sizeof(call)))
			exit(2);
		if (sleeping(stat) && strtol(call, NULL, 10) == PAUSE_NR &&
		    reread(fd_stat, stat, sizeof(stat)) && sleeping(stat))
			break;
	}
	close(fd_stat);
	close(fd_call);
}

static void *run(void *arg)
{
	char *argv[] = { "/bin/true", NULL };

	(void)arg;
	wait_leader_paused();
	execv(argv[0], argv);
	return NULL;
}

int main(void)
{
	pthread_t th;

	pthread_create(&th, NULL, run, NULL);
	for (;;)
		pause();
}
