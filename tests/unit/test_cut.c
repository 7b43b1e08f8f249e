/*
 * test_cut.c: a call whose line another tracee cuts between its entry and its exit is
 * printed as strace 7.2 prints it: the entry half ends before the ", " that the arguments
 * left for the exit need, and the resumed half starts with it.
 */
#include <criterion/criterion.h>
#include <unistd.h>

#include "strc.h"
#include "syscall.h"
#include "sysent.h"
#include "capture.h"

static struct tracee *reader, *other;

static void setup(void)
{
	capture_setup();
	reader = tracee_new(getpid());	/* its memory is ours: the buffer read back is real */
	other = tracee_new(900011);
	reader->out = capture_out;
	other->out = capture_out;
}

static void teardown(void)
{
	tracee_free(reader);
	tracee_free(other);
	capture_teardown();
}

TestSuite(cut, .init = setup, .fini = teardown);

static void enter(struct tracee *t, const char *name, uint64_t a0, uint64_t a1, uint64_t a2)
{
	call_begin(t);
	t->id = syscall_by_name(name);
	cr_assert(t->id >= 0);
	t->se = &sysent[t->id];
	t->args[0] = a0;
	t->args[1] = a1;
	t->args[2] = a2;
	syscall_entry(t);
}

static void leave(struct tracee *t, int64_t rval)
{
	t->rval = rval;
	syscall_exit(t);
	call_release(t);
}

Test(cut, the_separator_moves_to_the_resumed_half)
{
	static char buf[4] = "r";

	enter(reader, "read", 5, (uintptr_t)buf, 1);
	enter(other, "getppid", 0, 0, 0);
	leave(other, 1);
	leave(reader, 1);
	cr_assert_str_eq(printed(), "read(5 <unfinished ...>\n"
			 "getppid()                               = 1\n"
			 "<... read resumed>, \"r\", 1)             = 1\n");
}

Test(cut, an_uncut_line_keeps_its_separator)
{
	static char buf[4] = "r";

	enter(reader, "read", 5, (uintptr_t)buf, 1);
	leave(reader, 1);
	cr_assert_str_eq(printed(), "read(5, \"r\", 1)                         = 1\n");
}

Test(cut, a_call_cut_by_death_owes_nothing)
{
	enter(reader, "read", 5, 0, 1);
	syscall_end_unfinished(reader);
	cr_assert_str_eq(printed(), "read(5 <unfinished ...>)                = ?\n");
}

Test(cut, arguments_all_shown_at_entry_keep_their_form)
{
	enter(reader, "write", 4, (uintptr_t)"s", 1);
	enter(other, "getppid", 0, 0, 0);
	leave(other, 1);
	leave(reader, 1);
	cr_assert_str_eq(printed(), "write(4, \"s\", 1 <unfinished ...>\n"
			 "getppid()                               = 1\n"
			 "<... write resumed>)                    = 1\n");
}
