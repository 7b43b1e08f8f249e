/*
 * test_call.c: a call is one value. It starts cleared, whatever the last call left; what a
 * decoder hung on it is released once, however the call ends (its exit, the tracee freed
 * in the middle of it, the next call starting); an entry decoder's memo is its own type.
 */
#include <criterion/criterion.h>
#include <stdint.h>

#include "strc.h"

static int released;
static void *released_what;

static void note_release(void *p)
{
	released++;
	released_what = p;
}

static void reset(void)
{
	released = 0;
	released_what = NULL;
}

TestSuite(call, .init = reset);

Test(call, begin_clears_the_whole_call)
{
	struct tracee *t = tracee_new(900001);

	t->args[3] = 7;
	t->err = 2;
	t->dec_flags = 1;
	t->auxstr = "x";
	call_memo(t, int)[0] = 5;
	call_begin(t);
	cr_expect_eq(t->call.args[3], 0);
	cr_expect_eq(t->err, 0);
	cr_expect_eq(t->dec_flags, 0);
	cr_expect_null(t->auxstr);
	cr_expect_eq(*call_memo(t, int), 0);
	cr_expect_eq(t->id, -1);
	tracee_free(t);
}

Test(call, fields_and_the_call_are_the_same_bytes)
{
	struct tracee *t = tracee_new(900002);

	call_begin(t);
	t->args[5] = 42;
	t->rval = -1;
	cr_expect_eq(t->call.args[5], 42);
	cr_expect_eq(t->call.rval, -1);
	tracee_free(t);
}

Test(call, owned_memory_released_when_the_call_ends)
{
	struct tracee *t = tracee_new(900003);
	int thing;

	call_begin(t);
	call_own(t, &thing, note_release);
	cr_expect_eq(released, 0);
	call_release(t);
	cr_expect_eq(released, 1);
	cr_expect_eq(released_what, &thing);
	call_release(t);	/* the call's end seen twice: released once */
	cr_expect_eq(released, 1);
	tracee_free(t);
	cr_expect_eq(released, 1);
}

Test(call, owned_memory_released_when_the_tracee_dies_mid_call)
{
	struct tracee *t = tracee_new(900004);
	int thing;

	call_begin(t);
	call_own(t, &thing, note_release);
	tracee_free(t);
	cr_expect_eq(released, 1);
	cr_expect_eq(released_what, &thing);
}

Test(call, owned_memory_released_when_the_next_call_begins)
{
	struct tracee *t = tracee_new(900005);
	int thing;

	call_begin(t);
	call_own(t, &thing, note_release);
	call_begin(t);
	cr_expect_eq(released, 1);
	cr_expect_null(t->owned);
	tracee_free(t);
	cr_expect_eq(released, 1);
}

Test(call, a_moved_call_is_released_by_its_new_owner_only)
{
	struct tracee *from = tracee_new(900006), *to = tracee_new(900007);
	int thing;

	call_begin(from);
	call_begin(to);
	call_own(from, &thing, note_release);
	call_move(to, from);	/* as the tracer does across another thread's execve */
	cr_expect_eq(to->owned, &thing);
	tracee_free(from);
	cr_expect_eq(released, 0);
	tracee_free(to);
	cr_expect_eq(released, 1);
}
