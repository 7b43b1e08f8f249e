/* test_inject.c: -e inject='s pure parts: which invocations when= selects, the delay syntax,
 * and the rules the parser keeps. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "filter.h"
#include "tables.h"


TestSuite(inject, .init = qualify_reset);

/* The invocations among 1..20 that the last rule selects, as a bit mask. */
static unsigned selected(const char *spec)
{
	const struct inject_rule *r;
	unsigned mask = 0;

	cr_assert_eq(qualify(spec), 0, "%s", spec);
	r = inject_rule_at(ninject_rules() - 1);
	cr_assert_not_null(r);
	for (unsigned n = 1; n <= 20; n++)
		if (inject_when_matches(r, n))
			mask |= 1u << n;
	return mask;
}

#define BIT(n) (1u << (n))

Test(inject, when_forms)
{
	cr_expect_eq(selected("inject=umask:error=EPERM"), 0x1ffffeu);
	cr_expect_eq(selected("inject=umask:error=EPERM:when=3"), BIT(3));
	cr_expect_eq(selected("inject=umask:error=EPERM:when=3+"), 0x1ffff8u);
	cr_expect_eq(selected("inject=umask:error=EPERM:when=3..5"), BIT(3) | BIT(4) | BIT(5));
	cr_expect_eq(selected("inject=umask:error=EPERM:when=3..5+"), BIT(3) | BIT(4) | BIT(5));
	cr_expect_eq(selected("inject=umask:error=EPERM:when=3+4"), BIT(3) | BIT(7) | BIT(11) |
		     BIT(15) | BIT(19));
	cr_expect_eq(selected("inject=umask:error=EPERM:when=2..9+3"), BIT(2) | BIT(5) | BIT(8));
	cr_expect_eq(selected("inject=umask:error=EPERM:when=+3"), BIT(3));
	cr_expect_eq(selected("inject=umask:error=EPERM:when=2:when=4"), BIT(4));
}

Test(inject, when_unbounded_past_65535)
{
	const struct inject_rule *r;

	cr_assert_eq(qualify("inject=umask:retval=1:when=65535+"), 0);
	r = inject_rule_at(0);
	cr_expect(!inject_when_matches(r, 65534));
	cr_expect(inject_when_matches(r, 65535));
	cr_expect(inject_when_matches(r, 100000));
}

Test(inject, bad_when_refused)
{
	cr_expect_eq(qualify("inject=umask:error=EPERM:when=0"), -1);
	cr_expect_eq(qualify("inject=umask:error=EPERM:when=3..+2"), -1);
	cr_expect_eq(qualify("inject=umask:error=EPERM:when=3..2"), -1);
	cr_expect_eq(qualify("inject=umask:error=EPERM:when=1..65535"), -1);
	cr_expect_eq(qualify("inject=umask:error=EPERM:when=3+0"), -1);
	cr_expect_eq(qualify("inject=umask:error=EPERM:when=65536"), -1);
	cr_expect_eq(qualify("inject=umask:error=EPERM:when=..5"), -1);
	cr_expect_eq(ninject_rules(), 0);
}

Test(inject, delays_in_microseconds)
{
	uint64_t us;

	cr_assert_eq(parse_delay("250", &us), 0);
	cr_expect_eq(us, 250);
	cr_assert_eq(parse_delay("1.5s", &us), 0);
	cr_expect_eq(us, 1500000);
	cr_assert_eq(parse_delay("200ms", &us), 0);
	cr_expect_eq(us, 200000);
	cr_assert_eq(parse_delay("3000ns", &us), 0);
	cr_expect_eq(us, 3);
	cr_assert_eq(parse_delay("1e3", &us), 0);
	cr_expect_eq(us, 1000);
	cr_assert_eq(parse_delay(".5ms", &us), 0);
	cr_expect_eq(us, 500);
	cr_assert_eq(parse_delay("1e30", &us), 0);
	cr_expect_eq(us, UINT64_MAX);
	cr_expect_eq(parse_delay("-1", &us), -1);
	cr_expect_eq(parse_delay("inf", &us), -1);
	cr_expect_eq(parse_delay("0x10", &us), -1);
	cr_expect_eq(parse_delay("5x", &us), -1);
	cr_expect_eq(parse_delay("5 s", &us), -1);
	cr_expect_eq(parse_delay("", &us), -1);
}

Test(inject, rule_contents)
{
	const struct inject_rule *r;

	cr_assert_eq(qualify("fault=umask"), 0);
	r = inject_rule_at(0);
	cr_expect_eq(r->error, 38);	/* ENOSYS */
	cr_assert_eq(qualify("inject=umask:retval=-1:signal=SIGUSR1:delay_exit=2ms"), 0);
	r = inject_rule_at(1);
	cr_expect(r->has_retval);
	cr_expect_eq(r->retval, UINT64_MAX);
	cr_expect_eq(r->signal, 10);
	cr_expect_eq(r->delay_exit, 2000);
	cr_assert_eq(qualify("inject=umask:error=eperm:syscall=getuid"), 0);
	r = inject_rule_at(2);
	cr_expect_eq(r->error, 1);
	cr_expect(r->has_syscall);
	cr_expect_eq(r->syscall, syscall_by_name("getuid"));
}

Test(inject, bad_options_refused)
{
	cr_expect_eq(qualify("inject=umask"), -1);
	cr_expect_eq(qualify("inject=umask:syscall=getuid"), -1);	/* no error or retval */
	cr_expect_eq(qualify("inject=umask:syscall=write:error=EPERM"), -1);	/* not pure */
	cr_expect_eq(qualify("inject=umask:error=4096"), -1);
	cr_expect_eq(qualify("inject=umask:signal=65"), -1);
	cr_expect_eq(qualify("inject=umask:signal=SIGUSR1:signal=SIGUSR2"), -1);
	cr_expect_eq(qualify("inject=umask:retval=18446744073709551616"), -1);
	cr_expect_eq(qualify("fault=umask:retval=1"), -1);
	cr_expect_eq(qualify("fault=umask:signal=SIGUSR1"), -1);
	cr_expect_eq(ninject_rules(), 0);
}
