/*
 * print.h: the value printers' floor, above output.h: strings and their escaping, addresses,
 * descriptors, flags and constants (src/print.c), and the generic printer that prints an
 * argument from its signature (src/args.c). It includes output.h, the floor it prints
 * through, since every user of one needs the other.
 */
#ifndef STRC_PRINT_H
#define STRC_PRINT_H

#include <stddef.h>
#include <stdint.h>

#include "output.h"
#include "style.h"
#include "sysent.h"

struct tracee;

/* The style of the call being printed (src/style.c), as the printers read it. */
static inline int style_abbrev(void)
{
	return print_style()->abbrev;
}
static inline int xlat_raw(void)	/* -X raw */
{
	return print_style()->xlat == XLAT_RAW;
}
static inline int xlat_verbose(void)	/* -X verbose */
{
	return print_style()->xlat == XLAT_VERBOSE;
}

/* src/print.c: values. */
enum {
	QUOTE_NUL_TERMINATED = 1 << 0,	/* stop at the first NUL */
	QUOTE_FORCE_HEX = 1 << 1,	/* every byte as \xNN (getrandom) */
	QUOTE_OMIT_QUOTES = 1 << 2,
	QUOTE_ELLIPSIS = 1 << 3,	/* append "..." after the closing quote */
};
void print_quoted(const unsigned char *s, size_t n, unsigned flags);
/* whether -x / -xx print these n bytes all in \xNN (a NUL among them counts) */
int quoted_as_hex(const unsigned char *s, size_t n);
void printstr_n(struct tracee *t, uint64_t addr, uint64_t len);	/* a buffer */
void printstr_n_flags(struct tracee *t, uint64_t addr, uint64_t len, unsigned flags);
void printstr(struct tracee *t, uint64_t addr);		/* a C string, cut at -s */
void printstr_max(struct tracee *t, uint64_t addr, size_t max);
void printpath(struct tracee *t, uint64_t addr);	/* a C string, not cut */
void printaddr(uint64_t addr);				/* NULL or 0x... */
void printnum_hex(uint64_t v);				/* 0 or 0x... */
void printfd(struct tracee *t, int fd);
void print_dirfd(struct tracee *t, int fd);
void print_fd_constant(int fd, const char *name);	/* AT_FDCWD, FAN_NOFD; -X applies */
void print_mode(unsigned mode);				/* 0644 */
void print_uid(uint32_t id);
void print_open_flags(uint64_t flags);			/* O_RDONLY|O_CLOEXEC */
int printflags(const struct xlat *x, uint64_t flags, const char *dflt);
/* A name printed by a decoder of its own, and the '|' between flags: --color's classes */
void print_const_name(const char *name);
/* strace colours a few sets' names in a -X verbose comment too (mmap's, memfd's flags):
 * print_const_name's names so until turned off */
void print_consts_loud(int on);
/* A constant made of several words (1<<IDE_NICE_2, LED_CAP<<4): one token to --color. */
void print_const_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void print_flag_sep(void);
/* printflags and printxval in a given -X style, not the call's */
int printflags_style(const struct xlat *x, uint64_t flags, const char *dflt, enum xlat_style xs);
int printxval_style(const struct xlat *x, uint64_t val, const char *dflt, enum xlat_style xs);
int xlat_any_flag_named(const struct xlat *x, uint64_t flags);
int printxval(const struct xlat *x, uint64_t val, const char *dflt);
int printxval_dec(const struct xlat *x, uint64_t val, const char *dflt);	/* numbers in decimal */
void print_xval_or_number(const struct xlat *x, uint64_t val, const char *fmt);	/* fmt: "%#llx" */
void print_xlat_unknown(const struct xlat *x, uint64_t val);
const char *xlat_unknown_text(const struct xlat *x);	/* "SEEK_???" */
int print_number_styled(const char *fmt, uint64_t v, void (*names)(uint64_t));
void print_names_comment(uint64_t v, void (*names)(uint64_t));	/* -X verbose */
void print_names_comment_p(const void *p, void (*names)(const void *));
int print_number_styled_nested(const char *fmt, uint64_t v, void (*names)(uint64_t));
void print_errno(int err);				/* ENOENT (No such file or directory) */
void print_errno_text(const char *name, const char *text);	/* the same, given */
const char *errno_name(int err);

/* src/args.c: prints argument i of the call in progress the way its signature says. */
void print_arg(struct tracee *t, int i);
void print_args(struct tracee *t, int from, int to);	/* with ", " between */

#endif
