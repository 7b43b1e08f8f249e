/*
 * test_timing.c: the formatting and option parsing of src/timing.c, against the forms
 * strace 6.1 prints (-t/-tt/-ttt, --timestamps, -r, -T precisions).
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "filter.h"
#include "strc.h"
#include "timing.h"


static const struct timespec when = { 1796165859, 210080672 };

static char *absolute(int format, int digits)
{
	static char buf[64];

	timing_format_absolute(buf, sizeof(buf), format, digits, &when);
	return buf;
}

Test(timing, unix_precisions)
{
	cr_expect_str_eq(absolute(TS_UNIX, 0), "1796165859");
	cr_expect_str_eq(absolute(TS_UNIX, 3), "1796165859.210");
	cr_expect_str_eq(absolute(TS_UNIX, 6), "1796165859.210080");
	cr_expect_str_eq(absolute(TS_UNIX, 9), "1796165859.210080672");
}

Test(timing, time_of_day_in_the_local_zone)
{
	setenv("TZ", "UTC", 1);
	tzset();
	/* 1796165859 is 22:57:39 UTC */
	cr_expect_str_eq(absolute(TS_TIME, 0), "22:57:39");
	cr_expect_str_eq(absolute(TS_TIME, 3), "22:57:39.210");
	cr_expect_str_eq(absolute(TS_TIME, 6), "22:57:39.210080");
	cr_expect_str_eq(absolute(TS_TIME, 9), "22:57:39.210080672");
	setenv("TZ", "UTC-2", 1);
	tzset();
	cr_expect_str_eq(absolute(TS_TIME, 0), "00:57:39");
	cr_expect_str_eq(absolute(TS_NONE, 6), "");
}

Test(timing, relative_is_six_wide)
{
	char buf[64];
	struct timespec d = { 0, 46000 };

	timing_format_relative(buf, sizeof(buf), 6, &d);
	cr_expect_str_eq(buf, "     0.000046");
	timing_format_relative(buf, sizeof(buf), 0, &d);
	cr_expect_str_eq(buf, "     0");
	d.tv_sec = 1234567;
	timing_format_relative(buf, sizeof(buf), 3, &d);
	cr_expect_str_eq(buf, "1234567.000");
}

Test(timing, duration_has_no_padding)
{
	char buf[64];
	struct timespec d = { 0, 9466919 };

	timing_format_duration(buf, sizeof(buf), 9, &d);
	cr_expect_str_eq(buf, "0.009466919");
	timing_format_duration(buf, sizeof(buf), 6, &d);
	cr_expect_str_eq(buf, "0.009466");
	timing_format_duration(buf, sizeof(buf), 3, &d);
	cr_expect_str_eq(buf, "0.009");
	timing_format_duration(buf, sizeof(buf), 0, &d);
	cr_expect_str_eq(buf, "0");
}

Test(timing, sub_borrows_and_never_goes_negative)
{
	struct timespec a = { 5, 100 }, b = { 3, 200 }, d;

	timing_sub(&d, &a, &b);
	cr_expect_eq(d.tv_sec, 1);
	cr_expect_eq(d.tv_nsec, 999999900);
	timing_sub(&d, &b, &a);
	cr_expect_eq(d.tv_sec, 0);
	cr_expect_eq(d.tv_nsec, 0);
}

Test(timing, precision_names)
{
	cr_expect_eq(timing_parse_precision("s"), 0);
	cr_expect_eq(timing_parse_precision("ms"), 3);
	cr_expect_eq(timing_parse_precision("us"), 6);
	cr_expect_eq(timing_parse_precision("NS"), 9);
	cr_expect_eq(timing_parse_precision("3"), -1);
	cr_expect_eq(timing_parse_precision(""), -1);
	cr_expect_eq(timing_parse_precision("sec"), -1);
}

Test(timing, absolute_specs)
{
	cr_expect_eq(timing_opt_absolute("unix,ms"), 0);
	cr_expect_eq(timing_opt_absolute("format:time,precision:ns"), 0);
	cr_expect_eq(timing_opt_absolute("unix,,us"), 0);
	cr_expect_eq(timing_opt_absolute(""), 0);
	cr_expect_eq(timing_opt_absolute(NULL), 0);
	cr_expect_eq(timing_opt_absolute("foo"), -1);
	cr_expect_eq(timing_opt_absolute("unix,foo"), -1);
	cr_expect_eq(timing_opt_absolute("format:ms"), -1);
	cr_expect_eq(timing_opt_absolute("precision:unix"), -1);
	cr_expect_eq(timing_opt_relative("ms"), 0);
	cr_expect_eq(timing_opt_relative("precision:ms"), -1);
	cr_expect_eq(timing_opt_syscall_times(""), -1);
	cr_expect_eq(timing_opt_syscall_times(NULL), 0);
}
