/* test_summary.c: -S, -U and -O's parsers take strace's names and forms, refuse the rest. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "strc.h"
#include "summary.h"


static enum sum_sort sorted(const char *s)
{
	enum sum_sort key = SORT_NOTHING + 1;

	cr_assert_eq(summary_parse_sort(s, &key), 0, "-S %s refused", s);
	return key;
}

Test(summary, sort_keys_and_aliases)
{
	cr_expect_eq(sorted("time"), SORT_TIME);
	cr_expect_eq(sorted("time-percent"), SORT_TIME);
	cr_expect_eq(sorted("time_total"), SORT_TIME);
	cr_expect_eq(sorted("total-time"), SORT_TIME);
	cr_expect_eq(sorted("shortest"), SORT_MIN);
	cr_expect_eq(sorted("time_min"), SORT_MIN);
	cr_expect_eq(sorted("longest"), SORT_MAX);
	cr_expect_eq(sorted("max_time"), SORT_MAX);
	cr_expect_eq(sorted("time-avg"), SORT_AVG);
	cr_expect_eq(sorted("count"), SORT_CALLS);
	cr_expect_eq(sorted("error"), SORT_ERRORS);
	cr_expect_eq(sorted("syscall_name"), SORT_NAME);
	cr_expect_eq(sorted("none"), SORT_NOTHING);
}

Test(summary, bad_sort_keys)
{
	enum sum_sort key;

	cr_expect_eq(summary_parse_sort("", &key), -1);
	cr_expect_eq(summary_parse_sort("percent", &key), -1);
	cr_expect_eq(summary_parse_sort("Calls", &key), -1);
	cr_expect_eq(summary_parse_sort("calls ", &key), -1);
	cr_expect_eq(summary_parse_sort("call", &key), -1);
}

Test(summary, columns_in_order_name_added_last)
{
	enum sum_column c[COL_COUNT];
	char why[256];
	int n;

	cr_assert_eq(summary_parse_columns("calls,time_min", c, &n, why, sizeof(why)), 0);
	cr_assert_eq(n, 3);
	cr_expect_eq(c[0], COL_CALLS);
	cr_expect_eq(c[1], COL_MIN);
	cr_expect_eq(c[2], COL_NAME);
	cr_assert_eq(summary_parse_columns("syscall,time", c, &n, why, sizeof(why)), 0);
	cr_assert_eq(n, 2);
	cr_expect_eq(c[0], COL_NAME);
	cr_expect_eq(c[1], COL_PERCENT);
	cr_assert_eq(summary_parse_columns("time-percent,total-time,min-time,max-time,avg-time,"
					   "calls,errors,name", c, &n, why, sizeof(why)), 0);
	cr_expect_eq(n, COL_NAME + 1);	/* the classic eight; the wall-* ones follow */
	cr_assert_eq(summary_parse_columns("wall-total,wall_avg", c, &n, why, sizeof(why)), 0);
	cr_assert_eq(n, 3);
	cr_expect_eq(c[0], COL_WALL_TOTAL);
	cr_expect_eq(c[1], COL_WALL_AVG);
	cr_expect_eq(c[2], COL_NAME);
}

Test(summary, bad_columns_say_why)
{
	enum sum_column c[COL_COUNT];
	char why[256];
	int n;

	cr_expect_eq(summary_parse_columns("calls,,name", c, &n, why, sizeof(why)), -1);
	cr_expect_str_eq(why, "unknown column name: ''");
	cr_expect_eq(summary_parse_columns("nothing", c, &n, why, sizeof(why)), -1);
	cr_expect_str_eq(why, "unknown column name: 'nothing'");
	cr_expect_eq(summary_parse_columns("calls,errors,count,name", c, &n, why, sizeof(why)), -1);
	cr_expect_str_eq(why, "call summary column has been provided more than once: 'count' "
			 "(-U option residual: 'count,name')");
}

static uint64_t ns_of(const char *s)
{
	uint64_t ns = 12345;

	cr_assert_eq(summary_parse_time(s, &ns), 0, "-O %s refused", s);
	return ns;
}

Test(summary, overhead_units)
{
	cr_expect_eq(ns_of("5"), 5000);
	cr_expect_eq(ns_of("1.5us"), 1500);
	cr_expect_eq(ns_of("2ms"), 2000000);
	cr_expect_eq(ns_of("1s"), 1000000000);
	cr_expect_eq(ns_of("7ns"), 7);
	cr_expect_eq(ns_of("1e3"), 1000000);
	cr_expect_eq(ns_of("-0"), 0);
	cr_expect_eq(ns_of(" 5"), 5000);
}

Test(summary, bad_overheads)
{
	static const char *bad[] = { "", "-1", "1x", "1h", "nan", "inf", "1e-320", "1e1000",
				     "5 ", "us", "0x10", "1s5" };
	uint64_t ns;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_expect_eq(summary_parse_time(bad[i], &ns), -1, "-O '%s' accepted", bad[i]);
}
