/*
 * expect.h: helpers for the test programs of tests/expect.py. Such a program makes its calls
 * and prints, on standard output, the very line it expects the tracer to write for each
 * one, as strace's own tests do; expect.py runs it under strc (and under strace 7.x where
 * one is at hand) and compares the tracer's log with what the program printed. The program
 * knows its own pointers, buffers and results, so it prints them itself; only what it
 * cannot know is left to the few wildcards expect.py reads (@ADDR@, @NUM@, @HEX@).
 *
 * The program prints a line for each call the case's `-e trace=` selects and nothing else,
 * then ends with expect_done(), which prints the exit line.
 */
#ifndef STRC_TESTS_EXPECT_H
#define STRC_TESTS_EXPECT_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* the column strace pads a call to before " = " */
#define EXPECT_COLUMN 39

/* A call's result as strace prints it: the number, or -1 with the errno's name and text.
 * err is the errno the call left (taken before anything else could change it). */
static __attribute__((unused)) const char *expect_rc(long rc, int err)
{
	static char text[256];

	if (rc == -1 && err) {
		const char *name = strerrorname_np(err);

		snprintf(text, sizeof(text), "-1 %s (%s)", name ? name : "E???", strerror(err));
	} else {
		snprintf(text, sizeof(text), "%ld", rc);
	}
	return text;
}

/* A call's line: the call as vprintf would format fmt, padded to strace's column, then
 * " = " and the result as given. What expect() and the programs' own variants share. */
static __attribute__((unused)) void vexpect(const char *result, const char *fmt, va_list ap)
{
	char call[8192];

	vsnprintf(call, sizeof(call), fmt, ap);
	printf("%-*s = %s\n", EXPECT_COLUMN, call, result);
}

/* The line of a call that returned rc: the call as printf would format fmt, padded to
 * strace's column, then " = " and the result. Takes errno first, before printing. */
__attribute__((format(printf, 2, 3)))
static __attribute__((unused)) void expect(long rc, const char *fmt, ...)
{
	int err = errno;
	va_list ap;

	va_start(ap, fmt);
	vexpect(expect_rc(rc, err), fmt, ap);
	va_end(ap);
	errno = err;
}

/* The same with the result in hex, for calls whose result is an address or a flag set. */
__attribute__((format(printf, 2, 3)))
static __attribute__((unused)) void expect_hex(unsigned long rc, const char *fmt, ...)
{
	int err = errno;
	char value[256];
	va_list ap;

	if ((long)rc == -1 && err)
		snprintf(value, sizeof(value), "%s", expect_rc(-1, err));
	else
		snprintf(value, sizeof(value), rc ? "%#lx" : "0", rc);
	va_start(ap, fmt);
	vexpect(value, fmt, ap);
	va_end(ap);
	errno = err;
}

/* A pointer as strace prints it: NULL, or in hex. Returns one of a few rotating buffers,
 * so several may appear in one expect(). */
static __attribute__((unused)) const char *expect_ptr(const void *p)
{
	static char ring[8][32];
	static unsigned next;
	char *out = ring[next++ % 8];

	if (!p)
		return "NULL";
	snprintf(out, sizeof(ring[0]), "%p", p);
	return out;
}

/* Bytes as strace quotes a string argument: printable ASCII as it is, the usual C escapes,
 * other bytes in octal (the shortest form that cannot be misread: three digits before a
 * digit). At most max bytes are shown, then "..." when len was longer. Rotating buffers. */
static __attribute__((unused)) const char *expect_str(const void *buf, size_t len, size_t max)
{
	static char ring[4][4096 * 4 + 8];
	static unsigned next;
	char *out = ring[next++ % 4];
	const unsigned char *s = buf;
	size_t i, n = len < max ? len : max;
	char *o = out;

	*o++ = '"';
	for (i = 0; i < n && o - out < (long)sizeof(ring[0]) - 8; i++) {
		unsigned char c = s[i];
		int next_digit = i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7';

		switch (c) {
		case '"': o += sprintf(o, "\\\""); break;
		case '\\': o += sprintf(o, "\\\\"); break;
		case '\f': o += sprintf(o, "\\f"); break;
		case '\n': o += sprintf(o, "\\n"); break;
		case '\r': o += sprintf(o, "\\r"); break;
		case '\t': o += sprintf(o, "\\t"); break;
		case '\v': o += sprintf(o, "\\v"); break;
		default:
			if (c >= ' ' && c < 0x7f)
				*o++ = c;
			else if (next_digit)
				o += sprintf(o, "\\%03o", c);
			else
				o += sprintf(o, "\\%o", c);
		}
	}
	*o++ = '"';
	if (len > max)
		o += sprintf(o, "...");
	*o = 0;
	return out;
}

/* A page that cannot be read, with a readable one before it: an object placed to end at
 * the boundary is partly readable. Returns the start of the unreadable page. */
static __attribute__((unused)) void *expect_guard_page(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);

	if (p == MAP_FAILED) {
		perror("mmap");
		exit(2);
	}
	if (mprotect(p + page, page, PROT_NONE)) {
		perror("mprotect");
		exit(2);
	}
	return p + page;
}

/* The object of size bytes that ends where the guard page starts. */
static __attribute__((unused)) void *expect_tail(void *guard, size_t size)
{
	return (char *)guard - size;
}

/* The -X style the case gave the tracer, which the program is told as its first argument
 * (abbrev, raw or verbose; abbrev when absent): expect_args() takes it off. */
enum expect_style { EXPECT_ABBREV, EXPECT_RAW, EXPECT_VERBOSE };
static enum expect_style expect_style;

/* -s as the case gave it to the tracer ("s=N" among the first arguments): how many bytes
 * of a string, how many elements of an array it shows. */
static int expect_strlen = 32;

/* Reads the style word and "s=N", if any; returns the index of the first other argument. */
static __attribute__((unused)) int expect_args(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "raw"))
			expect_style = EXPECT_RAW;
		else if (!strcmp(argv[i], "verbose"))
			expect_style = EXPECT_VERBOSE;
		else if (!strcmp(argv[i], "abbrev"))
			expect_style = EXPECT_ABBREV;
		else if (!strncmp(argv[i], "s=", 2))
			expect_strlen = atoi(argv[i] + 2);
		else
			break;
	}
	return i;
}

/* Bytes as strace prints them all in hex ("\x61\x00"), quoted, cut at -s. Rotating
 * buffers. */
static __attribute__((unused)) const char *expect_xstr(const void *buf, size_t len)
{
	static char ring[4][4 * 4096 + 8];
	static unsigned next;
	char *out = ring[next++ % 4], *o = out;
	const unsigned char *b = buf;
	size_t i, n = len < (size_t)expect_strlen ? len : (size_t)expect_strlen;

	if (n > 4096)
		n = 4096;
	*o++ = '"';
	for (i = 0; i < n; i++)
		o += sprintf(o, "\\x%02x", b[i]);
	*o++ = '"';
	strcpy(o, len > n ? "..." : "");
	return out;
}

/* Whether the group name was asked for (no group named: every group). */
static __attribute__((unused)) int expect_group(int argc, char **argv, int first, const char *group)
{
	int i;

	if (first >= argc)
		return 1;
	for (i = first; i < argc; i++)
		if (!strcmp(argv[i], group))
			return 1;
	return 0;
}

/* A named constant or flag set in the style: names (abbrev), the number (raw), or the
 * number with the names in a comment (verbose). Rotating buffers. */
static __attribute__((unused)) const char *expect_named(const char *number, const char *names)
{
	static char ring[8][512];
	static unsigned next;
	char *out = ring[next++ % 8];

	if (expect_style == EXPECT_RAW)
		return number;
	if (expect_style == EXPECT_ABBREV)
		return names;
	snprintf(out, sizeof(ring[0]), "%s /* %s */", number, names);
	return out;
}

/* A value no name covers: the number with the set's ??? comment, but bare under raw. */
static __attribute__((unused)) const char *expect_unknown(const char *number, const char *comment)
{
	static char ring[8][512];
	static unsigned next;
	char *out = ring[next++ % 8];

	if (expect_style == EXPECT_RAW)
		return number;
	snprintf(out, sizeof(ring[0]), "%s /* %s */", number, comment);
	return out;
}

/* The exit line, the last one a traced program prints; returns main's status. */
static __attribute__((unused)) int expect_done(void)
{
	printf("+++ exited with 0 +++\n");
	return 0;
}

#endif
