/*
 * util.c: the ground floor. The options' defaults and the user-facing messages, which
 * every floor above uses and which depend on nothing of strc's.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "options.h"
#include "util.h"

struct options opt = {
	.max_strlen = 32,
	.align = 40,
	.color = 1,	/* auto, as strace 7.2 */
	.stack_frame_limit = 256,
	.seccomp = 1,
	.progname = "strc",
};

static void (*die_flush)(void);
static void (*message_hook)(const char *level, const char *text);
static void (*message_before)(void);

void die_set_flush(void (*flush)(void))
{
	die_flush = flush;
}

void message_set_hook(void (*hook)(const char *level, const char *text))
{
	message_hook = hook;
}

void message_set_before(void (*before)(void))
{
	message_before = before;
}

/* The hook, when one is set, takes the message instead of stderr (once: not its own). */
static void vmessage(const char *level, const char *fmt, va_list ap)
{
	void (*hook)(const char *, const char *) = message_hook;

	if (hook) {
		char text[1024];

		vsnprintf(text, sizeof(text), fmt, ap);
		message_hook = NULL;
		hook(level, text);
		message_hook = hook;
		return;
	}
	fprintf(stderr, "%s: ", opt.progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void warnx_(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	if (message_before)
		message_before();
	va_start(ap, fmt);
	vmessage("warning", fmt, ap);
	va_end(ap);
}

/* -d: what strc decided and each tracee it takes or lets go, as strace's -d tells its own */
void debug_msg(const char *fmt, ...)
{
	va_list ap;

	if (!opt.debug)
		return;
	fflush(stdout);
	va_start(ap, fmt);
	vmessage("debug", fmt, ap);
	va_end(ap);
}

void die(const char *fmt, ...)
{
	va_list ap;

	if (die_flush)
		die_flush();
	va_start(ap, fmt);
	vmessage("error", fmt, ap);
	va_end(ap);
	exit(1);
}
