/* test_print.c: the printers print what strace prints: escaping, cutting, flags. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "decode.h"
#include "capture.h"

static void setup(void)
{
	capture_setup();
	opt.max_strlen = 32;
	opt.xflag = 0;
}

static void teardown(void)
{
	capture_teardown();
}

/* The test process traces itself: reads of "tracee" memory are reads of our own. */
static struct tracee self;

static uint64_t addr_of(const void *p)
{
	self.pid = getpid();
	return (uint64_t)(uintptr_t)p;
}

TestSuite(print, .init = setup, .fini = teardown);

Test(print, escapes_like_strace)
{
	print_quoted((const unsigned char *)"a\"b\\c\n\t\r\v\f", 10, 0);
	cr_expect_str_eq(printed(), "\"a\\\"b\\\\c\\n\\t\\r\\v\\f\"");
}

Test(print, octal_short_unless_a_digit_follows)
{
	print_quoted((const unsigned char *)"\177ELF\2\1\0\0" "1", 9, 0);
	cr_expect_str_eq(printed(), "\"\\177ELF\\2\\1\\0\\0001\"");
}

Test(print, high_bytes_in_octal)
{
	print_quoted((const unsigned char *)"\xff\x80z", 3, 0);
	cr_expect_str_eq(printed(), "\"\\377\\200z\"");
}

Test(print, x_flag_hex_only_for_non_printable_strings)
{
	opt.xflag = 1;
	print_quoted((const unsigned char *)"plain", 5, 0);
	print_quoted((const unsigned char *)"a\1", 2, 0);
	cr_expect_str_eq(printed(), "\"plain\"\"\\x61\\x01\"");
}

Test(print, xx_flag_everything_hex)
{
	opt.xflag = 2;
	print_quoted((const unsigned char *)"ab", 2, 0);
	cr_expect_str_eq(printed(), "\"\\x61\\x62\"");
}

Test(print, buffer_cut_at_s)
{
	static const char data[] = "0123456789abcdef";
	opt.max_strlen = 8;
	printstr_n(&self, addr_of(data), 16);
	cr_expect_str_eq(printed(), "\"01234567\"...");
	printstr_n(&self, addr_of(data), 8);
	cr_expect_str_eq(printed(), "\"01234567\"");
}

Test(print, c_string_cut_at_s)
{
	static const char s[] = "/usr/lib/locale/locale-archive";
	opt.max_strlen = 4;
	printstr(&self, addr_of(s));
	cr_expect_str_eq(printed(), "\"/usr\"...");
	printpath(&self, addr_of(s));
	cr_expect_str_eq(printed(), "\"/usr/lib/locale/locale-archive\"");
}

Test(print, unreadable_memory_prints_the_address)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	cr_assert(p != MAP_FAILED);
	char want[64];
	snprintf(want, sizeof(want), "%p", (void *)p);
	printstr(&self, addr_of(p));
	cr_expect_str_eq(printed(), want);
	printstr_n(&self, addr_of(p), 10);
	cr_expect_str_eq(printed(), want);
	printaddr(0);
	cr_expect_str_eq(printed(), "NULL");
	munmap(p, page);
}

Test(print, string_ending_at_an_unmapped_page)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	cr_assert(p != MAP_FAILED);
	mprotect(p + page, page, PROT_NONE);
	strcpy(p + page - 4, "abc");
	printstr(&self, addr_of(p + page - 4));
	cr_expect_str_eq(printed(), "\"abc\"");
	munmap(p, 2 * page);
}

Test(print, flags_with_unknown_bits)
{
	printflags(&xlat_open_flags, O_CREAT | O_EXCL | 0x40000000u, NULL);
	cr_expect_str_eq(printed(), "O_CREAT|O_EXCL|0x40000000");
	print_open_flags(O_RDONLY | O_CLOEXEC);
	cr_expect_str_eq(printed(), "O_RDONLY|O_CLOEXEC");
	print_open_flags(O_WRONLY | O_CREAT | O_TRUNC);
	cr_expect_str_eq(printed(), "O_WRONLY|O_CREAT|O_TRUNC");
	printflags(&xlat_open_flags, 0, NULL);
	cr_expect_str_eq(printed(), "O_RDONLY");
}

Test(print, enum_unknown_value)
{
	printxval(&xlat_signals, 15, NULL);
	cr_expect_str_eq(printed(), "SIGTERM");
	printxval(&xlat_rlimit_resources, 9999, NULL);
	cr_expect_str_eq(printed(), "0x270f /* RLIMIT_??? */");
}

Test(print, errno_with_message)
{
	print_errno(2);
	cr_expect_str_eq(printed(), "ENOENT (No such file or directory)");
	print_errno(512);
	cr_expect_str_eq(printed(), "ERESTARTSYS (To be restarted if SA_RESTART is set)");
}

Test(print, modes)
{
	print_mode(0644);
	print_mode(0);
	cr_expect_str_eq(printed(), "0644000");
	print_stat_mode(S_IFDIR | S_ISVTX | 0777);
	cr_expect_str_eq(printed(), "S_IFDIR|S_ISVTX|0777");
}
