/*
 * threaddeath.c: calls cut short by the death of their process. Two threads block in
 * read; the main thread then ends the process with exit (no argument) or kills it with
 * SIGKILL ("kill" as argument). strace ends the threads' reads "<unfinished ...>) = ?"
 * and the main thread's exit_group or kill ") = ?". The main thread waits until both threads
 * sleep (their state in /proc, read with openat/pread64/close, which the cases leave out of
 * the trace) rather than a fixed time a loaded machine can outlast.
 */
#include <fcntl.h>
#include <stdio.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int ready[2], never[2];
static volatile pid_t tids[2];	/* set before the write to ready, read after its read */

static void *block(void *arg)
{
	char c;

	tids[(long)arg] = gettid();
	write(ready[1], "r", 1);
	read(never[0], &c, 1);
	return NULL;
}

/* wait until thread TID sleeps: after its write to ready, only the read of never can */
static void wait_asleep(pid_t tid)
{
	char path[64], stat[256], *state;
	int fd;

	snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int)tid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	for (;;) {
		ssize_t n = pread(fd, stat, sizeof(stat) - 1, 0);

		if (n <= 0)
			break;
		stat[n] = '\0';
		state = strrchr(stat, ')');	/* the name may hold spaces and parentheses */
		if (state && state[1] == ' ' && state[2] == 'S')
			break;
	}
	close(fd);
}

int main(int argc, char **argv)
{
	pthread_t th;
	char c[2];

	if (pipe(ready) < 0 || pipe(never) < 0)
		return 1;
	pthread_create(&th, NULL, block, (void *)0L);
	pthread_create(&th, NULL, block, (void *)1L);
	read(ready[0], c, 1);
	read(ready[0], c + 1, 1);
	wait_asleep(tids[0]);
	wait_asleep(tids[1]);
	if (argc > 1 && strcmp(argv[1], "kill") == 0)
		kill(getpid(), SIGKILL);
	exit(0);
}
