/* test_sigset.c: signal sets print as strace prints them, complement notation included. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "decode.h"
#include "capture.h"

static void setup(void)
{
	capture_setup();
}

static void teardown(void)
{
	capture_teardown();
}

static uint64_t bit(int sig)
{
	return 1ull << (sig - 1);
}

TestSuite(sigset, .init = setup, .fini = teardown);

Test(sigset, names_without_prefix)
{
	print_sigmask(bit(2) | bit(15) | bit(32) | bit(33) | bit(64), 64);
	cr_assert_str_eq(printed(), "[INT TERM RTMIN RT_1 RT_32]");
	print_sigmask(0, 64);
	cr_assert_str_eq(printed(), "[]");
}

/* strace 6.1 turns to ~[...] once two thirds of the bits are set: 42 of 64, 21 of 32 */
Test(sigset, complement_threshold)
{
	print_sigmask((1ull << 41) - 1, 64);
	cr_assert_eq(printed()[0], '[');
	print_sigmask((1ull << 42) - 1, 64);
	cr_assert_eq(printed()[0], '~');
	print_sigmask(~0ull & ~(bit(32) | bit(33)), 64);
	cr_assert_str_eq(printed(), "~[RTMIN RT_1]");
	print_sigmask(~0ull, 64);
	cr_assert_str_eq(printed(), "~[]");
	print_sigmask((1ull << 20) - 1, 32);
	cr_assert_eq(printed()[0], '[');
	print_sigmask(0xffffffffull & ~bit(9), 32);
	cr_assert_str_eq(printed(), "~[KILL]");
}
