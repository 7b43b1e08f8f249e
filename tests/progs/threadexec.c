/*
 * threadexec.c: execve from a thread that is not the leader; the leader waits in pause()
 * and is superseded.
 */
#include <pthread.h>
#include <unistd.h>

static void *run(void *arg)
{
	char *argv[] = { "/bin/true", NULL };

	(void)arg;
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
