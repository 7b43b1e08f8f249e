/*
 * threads.c: threads for -f. Each thread writes one line and ends; the main thread starts
 * them one at a time and sleeps before joining, so no join ever has to wait on a futex
 * and the trace of every thread is the same from run to run.
 */
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void *work(void *arg)
{
	const char *msg = arg;

	write(1, msg, strlen(msg));
	return NULL;
}

int main(void)
{
	static const char *msgs[] = { "one\n", "two\n", "three\n" };
	struct timespec pause_ts = { 0, 50 * 1000 * 1000 };

	for (int i = 0; i < 3; i++) {
		pthread_t th;

		pthread_create(&th, NULL, work, (void *)msgs[i]);
		nanosleep(&pause_ts, NULL);
		pthread_join(th, NULL);
	}
	return 0;
}
