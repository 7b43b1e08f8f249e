/*
 * time.c: decoders and struct printers for the time family: clocks, sleeps, interval and
 * POSIX timers, the time of day.
 */
#include <signal.h>
#include <string.h>
#include <time.h>

#include "decode.h"
#include "sysids.h"

/* Clock ids are ints; negative ones (CPU clocks of a pid) print as 32-bit hex. */
static void print_clockid(struct tracee *t, int i)
{
	printxval(&xlat_clockids, (uint32_t)arg_int(t, i), "CLOCK_???");
}

/* Two words of the call's ABI: {sec, usec} or {sec, nsec}. */
static int read_pair(struct tracee *t, uint64_t addr, int64_t out[2])
{
	if (tracee_time_bits(t) == 64)
		return umove_or_printaddr(t, addr, 2 * sizeof(int64_t), out);
	int32_t v[2];
	if (umove_or_printaddr(t, addr, sizeof(v), v) < 0)
		return -1;
	out[0] = v[0];
	out[1] = v[1];
	return 0;
}

static void print_timeval_fields(struct tracee *t, const int64_t tv[2])
{
	tprintf("{tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}", tv[0],
		time_frac(tv[1], tracee_time_bits(t)));
}

static void print_timespec_fields(struct tracee *t, const int64_t ts[2])
{
	tprintf("{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", ts[0],
		time_frac(ts[1], tracee_time_bits(t)));
}

void print_struct_timespec(struct tracee *t, uint64_t addr)
{
	int64_t ts[2];

	if (read_pair(t, addr, ts) == 0)
		print_timespec_fields(t, ts);
}

void print_struct_timeval(struct tracee *t, uint64_t addr)
{
	int64_t tv[2];

	if (read_pair(t, addr, tv) == 0)
		print_timeval_fields(t, tv);
}

void print_struct_timezone(struct tracee *t, uint64_t addr)
{
	int32_t tz[2];

	if (umove_or_printaddr(t, addr, sizeof(tz), tz) == 0)
		tprintf("{tz_minuteswest=%d, tz_dsttime=%d}", tz[0], tz[1]);
}

/* {it_interval=..., it_value=...}: four words, interval first. */
static void print_interval_pair(struct tracee *t, uint64_t addr, int nsec)
{
	int64_t v[4];

	if (umove_longs(t, addr, v, 4) < 0)
		return;
	tputs("{it_interval=");
	nsec ? print_timespec_fields(t, v) : print_timeval_fields(t, v);
	tputs(", it_value=");
	nsec ? print_timespec_fields(t, v + 2) : print_timeval_fields(t, v + 2);
	tputc('}');
}

void print_struct_itimerval(struct tracee *t, uint64_t addr)
{
	print_interval_pair(t, addr, 0);
}

void print_struct_itimerspec(struct tracee *t, uint64_t addr)
{
	print_interval_pair(t, addr, 1);
}

/* clock_gettime, clock_getres, clock_settime: a clock and a timespec. */
int dec_clock_time(struct tracee *t)
{
	int out = t->id != SYS_clock_settime && t->id != SYS_clock_settime64;

	if (entering(t)) {
		print_clockid(t, 0);
		tputs(", ");
		if (out)
			return 0;
		print_struct_timespec(t, arg_ulong(t, 1));
		return DEC_DONE;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_struct_timespec(t, arg_ulong(t, 1));
	return 0;
}

/* strace shows the struct timex's address at exit (--color's reset comes before it) */
int dec_clock_adjtime(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_clockid(t, 0);
	tputs(", ");
	line_args_defer();
	printaddr(arg_ulong(t, 1));
	return DEC_DONE;
}

int dec_adjtimex(struct tracee *t)
{
	if (exiting(t))
		return 0;
	line_args_defer();
	printaddr(arg_ulong(t, 0));
	return DEC_DONE;
}

/* The remaining time is written only when a signal cut the sleep short. */
static void print_remaining(struct tracee *t, uint64_t addr)
{
	if (t->err == 4 /* EINTR */ || t->err == 516 /* ERESTART_RESTARTBLOCK */)
		print_struct_timespec(t, addr);
	else
		printaddr(addr);
}

int dec_nanosleep(struct tracee *t)
{
	if (entering(t)) {
		print_struct_timespec(t, arg_ulong(t, 0));
		tputs(", ");
		return 0;
	}
	print_remaining(t, arg_ulong(t, 1));
	return 0;
}

int dec_clock_nanosleep(struct tracee *t)
{
	if (entering(t)) {
		print_clockid(t, 0);
		tputs(", ");
		printflags(&xlat_timer_flags, (uint32_t)arg_int(t, 1), "TIMER_???");
		tputs(", ");
		print_struct_timespec(t, arg_ulong(t, 2));
		tputs(", ");
		return 0;
	}
	print_remaining(t, arg_ulong(t, 3));
	return 0;
}

int dec_timer_create(struct tracee *t)
{
	int id;

	if (entering(t)) {
		print_clockid(t, 0);
		tputs(", ");
		print_struct_sigevent(t, arg_ulong(t, 1));
		tputs(", ");
		return 0;
	}
	if (t->err || umoven(t, arg_ulong(t, 2), sizeof(id), &id) < 0)
		printaddr(arg_ulong(t, 2));
	else
		tprintf("[%d]", id);
	return 0;
}

int dec_timer_settime(struct tracee *t)
{
	if (entering(t)) {
		tprintf("%d, ", arg_int(t, 0));
		printflags(&xlat_timer_flags, (uint32_t)arg_int(t, 1), "TIMER_???");
		tputs(", ");
		print_struct_itimerspec(t, arg_ulong(t, 2));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 3));
	else
		print_struct_itimerspec(t, arg_ulong(t, 3));
	return 0;
}

/* time(): the seconds, and the date they mean, as strace adds it. */
/* a time_t of the call's width (i386's time() stores 32 bits, signed) */
static int read_time_t(struct tracee *t, uint64_t addr, int64_t *v)
{
	int32_t v32;

	if (tracee_time_bits(t) == 64)
		return umoven(t, addr, 8, v);
	if (umoven(t, addr, 4, &v32) < 0)
		return -1;
	*v = v32;
	return 0;
}

int dec_time(struct tracee *t)
{
	static char date[64];
	time_t now;
	struct tm tm;
	int64_t v;

	if (entering(t))
		return 0;
	if (t->err || !arg_ulong(t, 0)) {
		printaddr(arg_ulong(t, 0));
	} else if (read_time_t(t, arg_ulong(t, 0), &v) < 0) {
		printaddr(arg_ulong(t, 0));
	} else {
		tputc('[');
		print_time_comment(v, 0);
		tputc(']');
	}
	if (t->err)
		return 0;
	now = (time_t)t->rval;
	if (!localtime_r(&now, &tm))
		return 0;
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S%z", &tm);
	t->auxstr = date;
	return RVAL_STR;
}

/* struct sigevent: the value, the signal, how to notify, then what that way needs. */
void print_struct_sigevent(struct tracee *t, uint64_t addr)
{
	int bits = tracee_word_bits(t);
	uint64_t val, fn = 0, attr = 0;
	int signo, notify, tid;

	if (bits == 64) {
		struct { uint64_t val; int32_t signo, notify; uint64_t fn, attr; } ev;
		if (umove_or_printaddr(t, addr, sizeof(ev), &ev) < 0)
			return;
		val = ev.val;
		signo = ev.signo;
		notify = ev.notify;
		fn = ev.fn;
		attr = ev.attr;
		tid = (int32_t)ev.fn;
	} else {
		struct { uint32_t val; int32_t signo, notify; uint32_t fn, attr; } ev;
		if (umove_or_printaddr(t, addr, sizeof(ev), &ev) < 0)
			return;
		val = ev.val;
		signo = ev.signo;
		notify = ev.notify;
		fn = ev.fn;
		attr = ev.attr;
		tid = (int32_t)ev.fn;
	}
	tputc('{');
	if (val) {
		tprintf("sigev_value={sival_int=%d, sival_ptr=", (int)val);
		printaddr(val);
		tputs("}, ");
	}
	tputs("sigev_signo=");
	if (notify == SIGEV_SIGNAL || notify == SIGEV_THREAD || notify == SIGEV_THREAD_ID)
		print_signal(signo);
	else
		tprintf("%d", signo);
	tputs(", sigev_notify=");
	printxval(&xlat_sigev_notify, (uint32_t)notify, "SIGEV_???");
	if (notify == SIGEV_THREAD_ID) {
		tprintf(", sigev_notify_thread_id=%d", tid);
	} else if (notify == SIGEV_THREAD) {
		tputs(", sigev_notify_function=");
		printaddr(fn);
		tputs(", sigev_notify_attributes=");
		printaddr(attr);
	}
	tputc('}');
}
