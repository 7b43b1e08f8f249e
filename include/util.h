/*
 * util.h: the ground floor (src/util.c). Messages to the user and fatal errors; nothing
 * here knows about tracees, output files or syscalls, so every other file may use it.
 */
#ifndef STRC_UTIL_H
#define STRC_UTIL_H

#include <stdint.h>
#include <string.h>

/* "strc: MESSAGE" on stderr. */
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* With -d (opt.debug): "strc: MESSAGE" about what strc itself does. */
void debug_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same, then exit(1), after running the hook set by die_set_flush. */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
/* What die runs first: the output layer flushes the trace so far (set by main). The
 * ground floor cannot call up into the output layer itself. */
void die_set_flush(void (*flush)(void));
/* Where the messages above go instead of stderr, as LEVEL ("warning", "debug", "error")
 * and the text without "strc: ": JSON's stream on stderr takes them as objects. */
void message_set_hook(void (*hook)(const char *level, const char *text));
/* What a warning runs first: the trace's part line on stderr is written out, so that the
 * message lands where strace's would (set by main). */
void message_set_before(void (*before)(void));

/* Integers at any alignment in a buffer read from the tracee, in the host's byte order. */
static inline uint16_t get16(const void *p)
{
	uint16_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline uint32_t get32(const void *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline uint64_t get64(const void *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

#endif
