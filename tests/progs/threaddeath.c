/*
 * threaddeath.c: calls cut short by the death of their process. Two threads block in
 * read; the main thread then ends the process with exit (no argument) or kills it with
 * SIGKILL ("kill" as argument). strace ends the threads' reads "<unfinished ...>) = ?"
 * and the main thread's exit_group or kill ") = ?".
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int ready[2], never[2];

static void *block(void *arg)
{
	char c;

	(void)arg;
	write(ready[1], "r", 1);
	read(never[0], &c, 1);
	return NULL;
}

int main(int argc, char **argv)
{
	struct timespec settle = { 0, 100 * 1000 * 1000 };
	pthread_t th;
	char c[2];

	if (pipe(ready) < 0 || pipe(never) < 0)
		return 1;
	pthread_create(&th, NULL, block, NULL);
	pthread_create(&th, NULL, block, NULL);
	read(ready[0], c, 1);
	read(ready[0], c + 1, 1);
	nanosleep(&settle, NULL);	/* from their write to their read */
	if (argc > 1 && strcmp(argv[1], "kill") == 0)
		kill(getpid(), SIGKILL);
	exit(0);
}
