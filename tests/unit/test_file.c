/* test_file.c: printers of the files family: unknown flags, modes, directory entries. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <asm/unistd.h>
#include <unistd.h>

#include "decode.h"
#include "capture.h"

/* -v: the style of a call not cut short */
static const struct call_style unabbreviated = { .abbrev = 0 };

static void setup(void)
{
	capture_setup();
}

static void teardown(void)
{
	print_style_use(NULL);
	capture_teardown();
}

TestSuite(file, .init = setup, .fini = teardown);

Test(file, unknown_flags_get_the_lists_default_comment)
{
	printflags(&xlat_access_modes, 0x10, NULL);
	cr_assert_str_eq(printed(), "0x10 /* ?_OK */");
	printflags(&xlat_at_flags, 0x4000, NULL);
	cr_assert_str_eq(printed(), "0x4000 /* AT_??? */");
	printflags(&xlat_at_flags, 0x4100, NULL);
	cr_assert_str_eq(printed(), "AT_SYMLINK_NOFOLLOW|0x4000");
}

Test(file, modes_are_16_bits_and_unknown_types_octal)
{
	print_mode(0xf0001ff);
	cr_assert_str_eq(printed(), "0777");
	print_stat_mode(0170644);
	cr_assert_str_eq(printed(), "0170644");
	print_stat_mode(S_IFCHR | S_ISUID | 0600);
	cr_assert_str_eq(printed(), "S_IFCHR|S_ISUID|0600");
	print_stat_mode(0);
	cr_assert_str_eq(printed(), "000");
	print_stat_mode(S_IFREG | S_ISUID | S_ISGID | S_ISVTX | 0777);
	cr_assert_str_eq(printed(), "S_IFREG|S_ISUID|S_ISGID|S_ISVTX|0777");
	print_stat_mode(S_ISGID | 0710);
	cr_assert_str_eq(printed(), "S_ISGID|0710");
}

/* getdents64 at exit on a real directory of our own: the count, then each entry with -v. */
Test(file, getdents64_counts_and_lists_entries)
{
	static const struct sysent se = { "getdents64", 3, { ARG_FD, ARG_PTR, ARG_UINT } };
	static char buf[4096];
	struct tracee t = { .pid = getpid(), .se = &se, .exiting = 1 };
	char dir[] = "/tmp/strc-test-dir-XXXXXX", file[64], expect[128];
	int fd;
	long n;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(file, sizeof(file), "%s/f", dir);
	close(open(file, O_CREAT | O_WRONLY, 0644));
	fd = open(dir, O_RDONLY | O_DIRECTORY);
	n = syscall(__NR_getdents64, fd, buf, sizeof(buf));
	cr_assert(n > 0);
	t.args[0] = fd;
	t.args[1] = (uintptr_t)buf;
	t.args[2] = sizeof(buf);
	t.rval = n;
	dec_getdents64(&t);
	snprintf(expect, sizeof(expect), "%#lx /* 3 entries */, 4096", (unsigned long)buf);
	cr_assert_str_eq(printed(), expect);
	print_style_use(&unabbreviated);
	dec_getdents64(&t);
	char *s = printed();
	cr_assert(s[0] == '[', "%s", s);
	cr_assert_not_null(strstr(s, "d_type=DT_REG, d_name=\"f\"}"), "%s", s);
	cr_assert_not_null(strstr(s, "d_type=DT_DIR, d_name=\"..\"}"), "%s", s);
	close(fd);
	unlink(file);
	rmdir(dir);
}
