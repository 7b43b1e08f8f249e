/*
 * fam_time.c: the time family with varied arguments and errors, traced by
 * tests/integration/sigtime.cmake. The clock calls go through syscall(2): the vDSO would
 * answer them without entering the kernel. Only values that do not depend on the moment
 * the program runs reach the trace unmasked (the harness masks tv_sec/tv_nsec/tv_usec).
 */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *)1)

static void clocks(void)
{
	struct timespec ts;

	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_gettime, CLOCK_REALTIME_COARSE, &ts);
	syscall(SYS_clock_gettime, CLOCK_BOOTTIME, &ts);
	syscall(SYS_clock_gettime, 77, &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, BAD);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, NULL);
	syscall(SYS_clock_gettime, -2, &ts);	/* a process CPU clock id: pid 0 */
	syscall(SYS_clock_gettime, -6, &ts);	/* a thread CPU clock id */
	syscall(SYS_clock_getres, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC_COARSE, &ts);
	syscall(SYS_clock_getres, CLOCK_TAI, NULL);
	syscall(SYS_clock_getres, 99, &ts);
	ts.tv_sec = 0;
	ts.tv_nsec = 5;
	syscall(SYS_clock_settime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_settime, CLOCK_REALTIME, BAD);
	ts.tv_nsec = 2000000000;
	syscall(SYS_clock_settime, CLOCK_REALTIME, &ts);
}

static void sleeps(void)
{
	struct timespec ts = { 0, 1000 }, rem;

	syscall(SYS_nanosleep, &ts, &rem);
	syscall(SYS_nanosleep, &ts, NULL);
	syscall(SYS_nanosleep, BAD, NULL);
	ts.tv_nsec = -1;
	syscall(SYS_nanosleep, &ts, NULL);
	ts.tv_nsec = 1000;
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &ts, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 6, &ts, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_THREAD_CPUTIME_ID, 0, &ts, NULL);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, BAD, NULL);
}

static void days(void)
{
	struct timeval tv;
	struct timezone tz;
	time_t tt;

	syscall(SYS_gettimeofday, &tv, NULL);
	syscall(SYS_gettimeofday, &tv, &tz);
	syscall(SYS_gettimeofday, NULL, NULL);
	syscall(SYS_gettimeofday, BAD, NULL);
	tv.tv_sec = 0;
	tv.tv_usec = 17;
	/* out of range (over 15 hours), so the call fails: a timezone that took would change
	 * the whole machine's (gettimeofday in every later run, here and in other tests) */
	tz.tz_minuteswest = 16 * 60;
	tz.tz_dsttime = 1;
	syscall(SYS_settimeofday, &tv, NULL);
	syscall(SYS_settimeofday, NULL, &tz);
	tv.tv_usec = 2000000;
	syscall(SYS_settimeofday, &tv, NULL);
	syscall(SYS_settimeofday, BAD, NULL);
	(void)tt;	/* time()'s value changes from run to run: only its error */
	syscall(SYS_time, BAD);
}

static void adjust(void)
{
	struct timex tx;

	memset(&tx, 0, sizeof(tx));
	syscall(SYS_adjtimex, BAD);
	tx.modes = 0x8000;	/* ADJ_OFFSET_SS_READ alone is invalid */
	syscall(SYS_adjtimex, &tx);
	syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &tx);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, BAD);
	syscall(SYS_clock_adjtime, 55, &tx);
}

static void on_alarm(int sig)
{
	(void)sig;
}

static void posix_timers(void)
{
	struct sigevent ev;
	struct itimerspec its, old;
	timer_t id;
	int kid = -1;

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGRTMIN;
	ev.sigev_value.sival_int = 5;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &kid);
	memset(&its, 0, sizeof(its));
	its.it_value.tv_sec = 100;
	its.it_interval.tv_nsec = 1000;
	syscall(SYS_timer_settime, kid, 0, &its, &old);
	its.it_value.tv_sec = 1000000000;
	syscall(SYS_timer_settime, kid, TIMER_ABSTIME, &its, NULL);
	syscall(SYS_timer_gettime, kid, &its);
	syscall(SYS_timer_getoverrun, kid);
	syscall(SYS_timer_delete, kid);
	syscall(SYS_timer_delete, kid);
	syscall(SYS_timer_getoverrun, 1234);
	syscall(SYS_timer_gettime, 1234, &its);
	syscall(SYS_timer_settime, 1234, 0, BAD, NULL);

	syscall(SYS_timer_create, CLOCK_REALTIME, NULL, &kid);
	syscall(SYS_timer_delete, kid);
	ev.sigev_notify = SIGEV_NONE;
	syscall(SYS_timer_create, CLOCK_BOOTTIME, &ev, &kid);
	syscall(SYS_timer_delete, kid);
	ev.sigev_notify = SIGEV_THREAD_ID;
	ev.sigev_signo = SIGUSR1;
	ev._sigev_un._tid = getpid();
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &kid);
	syscall(SYS_timer_delete, kid);
	ev.sigev_notify = SIGEV_THREAD;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &kid);
	ev.sigev_notify = 77;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &ev, &kid);
	syscall(SYS_timer_create, CLOCK_MONOTONIC, BAD, &kid);
	syscall(SYS_timer_create, 66, NULL, &kid);
	syscall(SYS_timer_create, CLOCK_MONOTONIC, NULL, BAD);
	(void)id;
}

static void itimers(void)
{
	struct itimerval it, old;

	signal(SIGALRM, on_alarm);
	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = 100;
	it.it_interval.tv_usec = 250;
	setitimer(ITIMER_REAL, &it, &old);
	syscall(SYS_getitimer, ITIMER_REAL, &old);
	memset(&it, 0, sizeof(it));
	setitimer(ITIMER_REAL, &it, NULL);
	syscall(SYS_getitimer, ITIMER_VIRTUAL, &old);
	syscall(SYS_getitimer, 9, &old);
	syscall(SYS_getitimer, ITIMER_PROF, BAD);
	syscall(SYS_setitimer, ITIMER_PROF, BAD, NULL);
	syscall(SYS_setitimer, 5, &it, NULL);
	it.it_value.tv_usec = 5000000;
	syscall(SYS_setitimer, ITIMER_REAL, &it, NULL);
	alarm(50);
	alarm(0);
}

int main(void)
{
	clocks();
	sleeps();
	days();
	adjust();
	posix_timers();
	itimers();
	return 0;
}
