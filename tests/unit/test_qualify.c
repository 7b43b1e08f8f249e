/* test_qualify.c: the -e parser accepts strace's forms and refuses the bad ones. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "filter.h"
#include "tables.h"


static struct tracee t64;

static int traced(const char *name)
{
	t64.id = syscall_by_name(name);
	t64.arch = arch_by_name("x86_64");
	return trace_wanted(&t64);
}

TestSuite(qualify, .init = qualify_reset);

Test(qualify, names_and_negation)
{
	cr_assert_eq(qualify("trace=openat,close"), 0);
	cr_expect(traced("openat"));
	cr_expect(!traced("read"));
	cr_assert_eq(qualify("trace=!openat"), 0);
	cr_expect(!traced("openat"));
	cr_expect(traced("read"));
	cr_assert_eq(qualify("!!openat"), 0);
	cr_expect(traced("openat"));
}

Test(qualify, classes_regex_and_personality)
{
	cr_assert_eq(qualify("trace=%file"), 0);
	cr_expect(traced("openat"));
	cr_expect(!traced("getpid"));
	cr_assert_eq(qualify("trace=/^open"), 0);
	cr_expect(traced("openat"));
	cr_assert_eq(qualify("trace=read@32"), 0);
	cr_expect(!traced("read"));
	cr_assert_eq(qualify("trace=?nosuchcall,close"), 0);
	cr_expect(traced("close"));
}

Test(qualify, bad_forms_refused)
{
	cr_expect_eq(qualify("trace=bogus"), -1);
	cr_expect_eq(qualify("trace=%bogus"), -1);
	cr_expect_eq(qualify("trace="), -1);
	cr_expect_eq(qualify("trace=/["), -1);
	cr_expect_eq(qualify("trace=/^zzz"), -1);
	cr_expect_eq(qualify("trace=open@99"), -1);
	cr_expect_eq(qualify("status=bogus"), -1);
	cr_expect_eq(qualify("signal=SIGFOO"), -1);
	cr_expect_eq(qualify("inject=openat"), -1);
	cr_expect_eq(qualify("inject=openat:error=ENOENT:when=0"), -1);
	cr_expect_eq(qualify("inject=openat:error=ENOENT:retval=1"), -1);
	cr_expect_eq(qualify("fault=openat:delay_enter=1"), -1);
}
