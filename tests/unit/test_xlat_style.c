/* test_xlat_style.c: -X raw and -X verbose in the shared flag, constant and signal printers. */
#include <criterion/criterion.h>
#include <string.h>

#include "print.h"
#include "strc.h"
#include "tables.h"
#include "capture.h"
#include "signals.h"

static void setup(void)
{
	capture_setup();
	opt.xlat_style = XLAT_ABBREV;
}

static void teardown(void)
{
	opt.xlat_style = XLAT_ABBREV;
	capture_teardown();
}

TestSuite(xlat_style, .init = setup, .fini = teardown);

Test(xlat_style, verbose_puts_the_number_first)
{
	opt.xlat_style = XLAT_VERBOSE;
	printflags(&xlat_mmap_prot, 3, NULL);
	cr_expect_str_eq(printed(), "0x3 /* PROT_READ|PROT_WRITE */");
	printflags(&xlat_at_flags, 0x1000, NULL);
	cr_expect_str_eq(printed(), "0x1000 /* AT_EMPTY_PATH */");
	printflags(&xlat_at_flags, 0, NULL);
	cr_expect_str_eq(printed(), "0");
	printxval(&xlat_rlimit_resources, 3, NULL);
	cr_expect_str_eq(printed(), "0x3 /* RLIMIT_STACK */");
	print_signal(10);
	cr_expect_str_eq(printed(), "10 /* SIGUSR1 */");
	print_dirfd(NULL, -100);
	cr_expect_str_eq(printed(), "-100 /* AT_FDCWD */");
}

Test(xlat_style, verbose_keeps_unknown_values_as_they_were)
{
	opt.xlat_style = XLAT_VERBOSE;
	printxval(&xlat_rlimit_resources, 9999, NULL);
	cr_expect_str_eq(printed(), "0x270f /* RLIMIT_??? */");
}

Test(xlat_style, raw_prints_numbers_only)
{
	opt.xlat_style = XLAT_RAW;
	printflags(&xlat_mmap_prot, 3, NULL);
	cr_expect_str_eq(printed(), "0x3");
	printflags(&xlat_at_flags, 0, NULL);
	cr_expect_str_eq(printed(), "0");
	printxval(&xlat_rlimit_resources, 3, NULL);
	cr_expect_str_eq(printed(), "0x3");
	print_signal(10);
	cr_expect_str_eq(printed(), "10");
	print_dirfd(NULL, -100);
	cr_expect_str_eq(printed(), "-100");
}
