/*
 * threads.c: threads for -f. Each thread writes one line and ends; the main thread starts
 * them one at a time and joins each only once it has ended, so no join ever has to wait on
 * a futex and the trace of every thread is the same from run to run, however loaded the
 * machine is (a fixed sleep before the join was not, under load).
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
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
	for (int i = 0; i < 3; i++) {
		pthread_t th;

		pthread_create(&th, NULL, work, (void *)msgs[i]);
		/* tryjoin makes no system call while the thread still runs: spin in user space
		 * until the kernel has cleared its tid (the thread is gone) */
		while (pthread_tryjoin_np(th, NULL) == EBUSY)
			;
	}
	return 0;
}
