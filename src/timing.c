/*
 * timing.c: what a line says about when and where, as strace 6.1 prints it: the absolute
 * timestamp (-t, -tt, -ttt, --timestamps=FORMAT,PRECISION), the time since the previous
 * line (-r, --relative-timestamps=PRECISION), the syscall number (-n), the instruction
 * pointer (-i), and after the return value the time the call took (-T, --syscall-times).
 *
 * A precision is kept as its number of fraction digits: s 0, ms 3, us 6, ns 9. On the
 * output floor (timing.h): the line prefix prints through it.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/ptrace.h>
#include <time.h>

#include "output.h"
#include "strc.h"
#include "timing.h"

static int abs_format = TS_NONE;
static int abs_digits;		/* --timestamps starts at seconds */
static int abs_long_given;	/* --timestamps / --absolute-timestamps seen */
static int t_count;		/* how many -t */
static int rel_digits = 6;
static int times_digits = 6;
static struct timespec last_line;	/* -r: when the previous line began */
static int have_last_line;

int timing_parse_precision(const char *s)
{
	static const char *const names[] = { "s", "ms", "us", "ns" };

	for (int i = 0; i < 4; i++)
		if (strcasecmp(s, names[i]) == 0)
			return 3 * i;
	return -1;
}

static int parse_format(const char *s)
{
	if (strcasecmp(s, "none") == 0)
		return TS_NONE;
	if (strcasecmp(s, "time") == 0)
		return TS_TIME;
	if (strcasecmp(s, "unix") == 0)
		return TS_UNIX;
	return -1;
}

/* One item of --timestamps: "unix", "ms", "format:unix" or "precision:ms". */
static int absolute_item(const char *item)
{
	int v;

	if (!*item)
		return 0;
	if (strncasecmp(item, "format:", 7) == 0) {
		if ((v = parse_format(item + 7)) < 0)
			return -1;
		abs_format = v;
	} else if (strncasecmp(item, "precision:", 10) == 0) {
		if ((v = timing_parse_precision(item + 10)) < 0)
			return -1;
		abs_digits = v;
	} else if ((v = parse_format(item)) >= 0) {
		abs_format = v;
	} else if ((v = timing_parse_precision(item)) >= 0) {
		abs_digits = v;
	} else {
		return -1;
	}
	return 0;
}

int timing_opt_absolute(const char *spec)
{
	char buf[256];
	char *save, *item;

	abs_long_given = 1;
	abs_format = TS_TIME;
	if (!spec)
		return 0;
	if (strlen(spec) >= sizeof(buf))
		return -1;
	strcpy(buf, spec);
	/* items are separated by commas, empty ones allowed ("unix,,ms") */
	for (item = buf; item; item = save) {
		save = strchr(item, ',');
		if (save)
			*save++ = 0;
		if (absolute_item(item) < 0)
			return -1;
	}
	return 0;
}

void timing_opt_t(void)
{
	t_count++;
	abs_format = t_count >= 3 ? TS_UNIX : TS_TIME;
	abs_digits = t_count >= 2 ? 6 : 0;
}

int timing_opt_relative(const char *spec)
{
	int d = spec ? timing_parse_precision(spec) : 6;

	if (d < 0)
		return -1;
	rel_digits = d;
	return 0;
}

int timing_opt_syscall_times(const char *spec)
{
	int d = spec ? timing_parse_precision(spec) : 6;

	if (d < 0)
		return -1;
	times_digits = d;
	return 0;
}

void timing_init(void)
{
	if (t_count && abs_long_given)
		die("-t and --absolute-timestamps cannot be provided simultaneously");
	opt.timestamps = abs_format != TS_NONE;
	if (opt.count == 1) {
		/* main.c's check_summary() has said these have no effect */
		opt.print_ip = opt.print_nr = opt.relative = 0;
		opt.timestamps = opt.syscall_times = 0;
	}
	if (opt.append && !opt.outfile)
		warnx_("-A/--output-append-mode has no effect without -o/--output");
}

/* ".123" for 3 digits, "" for 0: the first digits of the nanoseconds, cut, not rounded */
static void fraction(char *buf, size_t size, long nsec, int digits)
{
	long div = 1;

	buf[0] = 0;
	if (!digits)
		return;
	for (int i = digits; i < 9; i++)
		div *= 10;
	snprintf(buf, size, ".%0*ld", digits, nsec / div);
}

int timing_format_absolute(char *buf, size_t size, int format, int digits,
			   const struct timespec *ts)
{
	char frac[16];
	struct tm tm;
	time_t sec = ts->tv_sec;

	fraction(frac, sizeof(frac), ts->tv_nsec, digits);
	if (format == TS_UNIX)
		return snprintf(buf, size, "%lld%s", (long long)ts->tv_sec, frac);
	if (format != TS_TIME || !localtime_r(&sec, &tm)) {
		buf[0] = 0;
		return 0;
	}
	return snprintf(buf, size, "%02d:%02d:%02d%s", tm.tm_hour, tm.tm_min, tm.tm_sec, frac);
}

int timing_format_relative(char *buf, size_t size, int digits, const struct timespec *d)
{
	char frac[16];

	fraction(frac, sizeof(frac), d->tv_nsec, digits);
	return snprintf(buf, size, "%6lld%s", (long long)d->tv_sec, frac);
}

int timing_format_duration(char *buf, size_t size, int digits, const struct timespec *d)
{
	char frac[16];

	fraction(frac, sizeof(frac), d->tv_nsec, digits);
	return snprintf(buf, size, "%lld%s", (long long)d->tv_sec, frac);
}

void timing_sub(struct timespec *d, const struct timespec *a, const struct timespec *b)
{
	d->tv_sec = a->tv_sec - b->tv_sec;
	d->tv_nsec = a->tv_nsec - b->tv_nsec;
	if (d->tv_nsec < 0) {
		d->tv_sec--;
		d->tv_nsec += 1000000000;
	}
	if (d->tv_sec < 0)
		d->tv_sec = d->tv_nsec = 0;	/* a clock that went back prints as no time */
}

static void print_relative(void)
{
	struct timespec now, d = { 0, 0 };
	char buf[64];

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (have_last_line)
		timing_sub(&d, &now, &last_line);
	last_line = now;
	have_last_line = 1;
	timing_format_relative(buf, sizeof(buf), rel_digits, &d);
	if (opt.timestamps)
		tprintf("(+%s) ", buf);
	else
		tprintf("%s ", buf);
}

/* "[" and "] " around -n's and -i's values, punctuation to --color */
static void bracket_open(void)
{
	out_colour(COL_PUNCT);
	tputc('[');
	out_colour(COL_ARGVAL);
}

static void bracket_close(void)
{
	out_colour(COL_PUNCT);
	tputc(']');
	out_colour(COL_ARGVAL);
	tputc(' ');
}

/* Where the tracee is now; strace reads it for every line and shows '?'s once it is gone. */
static void print_ip(struct tracee *t)
{
	struct __ptrace_syscall_info info;
	int narrow = t->arch && t->arch->bits == 32;	/* x32 too, whatever the call */

	bracket_open();
	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->pid, sizeof(info), &info) <= 0)
		tputs(narrow ? "????????" : "????????????????");
	else if (narrow)
		tprintf("%08llx", (unsigned long long)(uint32_t)info.instruction_pointer);
	else
		tprintf("%016llx", (unsigned long long)info.instruction_pointer);
	bracket_close();
}

void timing_prefix(struct tracee *t)
{
	char buf[64];

	if (opt.timestamps) {
		struct timespec now;

		clock_gettime(CLOCK_REALTIME, &now);
		timing_format_absolute(buf, sizeof(buf), abs_format, abs_digits, &now);
		tprintf("%s ", buf);
	}
	if (opt.relative)
		print_relative();
	if (opt.print_nr) {
		bracket_open();
		tprintf("%4u", (unsigned)t->nr);
		bracket_close();
	}
	if (opt.print_ip)
		print_ip(t);
}

void timing_syscall_entry(struct tracee *t)
{
	if (opt.syscall_times || opt.json || opt.json_file)	/* JSON's ts_ns and dur_ns */
		clock_gettime(CLOCK_MONOTONIC, &t->call_start);
}

void timing_syscall_exit(struct tracee *t)
{
	if (opt.syscall_times || opt.json || opt.json_file)
		clock_gettime(CLOCK_MONOTONIC, &t->call_end);
}

void timing_syscall_suffix(struct tracee *t)
{
	struct timespec d;
	char buf[64];

	if (!opt.syscall_times)
		return;
	timing_sub(&d, &t->call_end, &t->call_start);
	timing_format_duration(buf, sizeof(buf), times_digits, &d);
	tputc(' ');
	out_colour(COL_RETVAL);
	out_colour(COL_PUNCT);
	tputc('<');
	out_colour(COL_ARGVAL);
	tputs(buf);
	out_colour(COL_PUNCT);
	tputc('>');
	out_colour(COL_ARGVAL);
	out_colour(COL_RESET);
}
