/*
 * test_dumpio.c: the hex dump of -e read=/write= and the -e decode-fds= / read= parsing.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fdinfo.h"
#include "print.h"
#include "strc.h"
#include "dumpio.h"


static char *capture(void (*fn)(void *), void *arg)
{
	char path[] = "/tmp/strc-test-XXXXXX";
	int fd = mkstemp(path);
	struct outfile *o;
	static char buf[8192];
	ssize_t n;

	cr_assert(fd >= 0);
	close(fd);
	o = outfile_open(path);
	output_use(o);
	fn(arg);
	outfile_close(o);
	fd = open(path, 0);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	unlink(path);
	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

struct bytes {
	const char *s;
	size_t n;
};

static void dump(void *arg)
{
	struct bytes *b = arg;

	dump_bytes((const unsigned char *)b->s, b->n);
}

Test(dumpio, short_line_is_padded)
{
	struct bytes b = { "hi\n", 3 };

	cr_assert_str_eq(capture(dump, &b),
		" | 00000  68 69 0a                                          hi.              |\n");
}

Test(dumpio, full_lines_and_offsets)
{
	struct bytes b = { "hello world, this is a longer\0\1\377 line", 38 };
	const char *out = capture(dump, &b);

	cr_assert_str_eq(out,
		" | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  hello world, thi |\n"
		" | 00010  73 20 69 73 20 61 20 6c  6f 6e 67 65 72 00 01 ff  s is a longer... |\n"
		" | 00020  20 6c 69 6e 65 00                                  line.           |\n");
}

Test(dumpio, empty_prints_nothing)
{
	struct bytes b = { "", 0 };

	cr_assert_str_eq(capture(dump, &b), "");
}

Test(dumpio, descriptor_lists)
{
	cr_assert_eq(dumpio_qualify(0, "1,2"), 0);
	cr_assert_eq(dumpio_qualify(1, "!0"), 0);
	cr_assert_eq(dumpio_qualify(1, "all"), 0);
	cr_assert_neq(dumpio_qualify(0, "x"), 0);
	cr_assert_neq(dumpio_qualify(0, "-1"), 0);
}

Test(fdinfo, decode_fds_words)
{
	cr_assert_eq(fdinfo_qualify("path"), 0);
	cr_assert_eq(opt.decode_fds, DECODE_FD_PATH);
	cr_assert_eq(fdinfo_qualify("socket,dev"), 0);
	cr_assert_eq(opt.decode_fds, DECODE_FD_SOCKET | DECODE_FD_DEV);
	cr_assert_eq(fdinfo_qualify("all"), 0);
	cr_assert_eq(opt.decode_fds, DECODE_FD_ALL);
	cr_assert_neq(fdinfo_qualify("foo"), 0);
	opt.decode_fds = 0;
}

struct fdarg {
	int fd;
};

static void decorate(void *arg)
{
	struct tracee t = { .pid = getpid() };

	printfd(&t, ((struct fdarg *)arg)->fd);
}

Test(fdinfo, path_and_device)
{
	struct fdarg a;
	int fd = open("/dev/null", 0);

	cr_assert(fd >= 0);
	a.fd = fd;
	opt.decode_fds = DECODE_FD_PATH;
	char want[64];
	snprintf(want, sizeof(want), "%d</dev/null>", fd);
	cr_assert_str_eq(capture(decorate, &a), want);
	opt.decode_fds = DECODE_FD_ALL;
	snprintf(want, sizeof(want), "%d</dev/null<char 1:3>>", fd);
	cr_assert_str_eq(capture(decorate, &a), want);
	opt.decode_fds = 0;
	snprintf(want, sizeof(want), "%d", fd);
	cr_assert_str_eq(capture(decorate, &a), want);
	close(fd);
}

Test(fdinfo, brackets_in_paths_are_escaped)
{
	char dir[] = "/tmp/strc-fd-XXXXXX", path[128], want[256];
	struct fdarg a;

	cr_assert(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/a<b>7", dir);
	a.fd = open(path, O_CREAT | O_RDWR, 0600);
	cr_assert(a.fd >= 0);
	opt.decode_fds = DECODE_FD_PATH;
	snprintf(want, sizeof(want), "%d<%s/a\\74b\\0767>", a.fd, dir);
	cr_assert_str_eq(capture(decorate, &a), want);
	opt.decode_fds = 0;
	close(a.fd);
	unlink(path);
	rmdir(dir);
}
