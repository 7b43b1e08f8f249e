/*
 * print.c: how values look, the value printers' floor (above output, below the decoders).
 * Strings and their escaping, addresses, descriptors, modes, flags and constants, open(2)
 * flags, errno names. Every byte the tracee controls goes through
 * print_quoted(), so nothing it writes can forge a line of our output.
 */
#include <stdarg.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdinfo.h"
#include "mem.h"
#include "print.h"
#include "strc.h"
#include "xlats.h"

/*
 * Calls names() with the style of the call being printed but for its constants, which
 * print in xlat style: a comment after a raw number holds the names, not numbers again.
 */
static void in_xlat_style(enum xlat_style xlat, void (*names)(uint64_t), uint64_t v,
			  void (*names_p)(const void *), const void *p)
{
	const struct call_style *was = print_style();
	struct call_style s = *was;

	s.xlat = (unsigned char)xlat;
	print_style_use(&s);
	if (names)
		names(v);
	else
		names_p(p);
	print_style_use(was);
}

static int is_printable(unsigned char c)
{
	return c >= ' ' && c < 0x7f;
}

static int is_octal_digit(unsigned char c)
{
	return c >= '0' && c <= '7';
}

/*
 * strace's escaping: the C escapes it knows, printable ASCII as itself, anything else in
 * octal, as short as it can be unless a digit follows. With -x a string holding any
 * non-printable byte is printed all in \xNN; with -xx every string is.
 */
int quoted_as_hex(const unsigned char *s, size_t n)
{
	if (opt.xflag > 1)
		return 1;
	for (size_t i = 0; opt.xflag == 1 && i < n; i++)
		if (!is_printable(s[i]) && !(s[i] >= '\t' && s[i] <= '\r'))
			return 1;
	return 0;
}

void print_quoted(const unsigned char *s, size_t n, unsigned flags)
{
	char out[4 * 256 + 8] = "";
	size_t o = 0;
	int hex = (flags & QUOTE_FORCE_HEX) || quoted_as_hex(s, n);
	long start = capture_pos();

	if (!(flags & QUOTE_OMIT_QUOTES))
		tputc('"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (o > sizeof(out) - 8) {
			twrite(out, o);
			o = 0;
		}
		if (hex) {
			o += sprintf(out + o, "\\x%02x", c);
			continue;
		}
		switch (c) {
		case '"': out[o++] = '\\'; out[o++] = '"'; continue;
		case '\\': out[o++] = '\\'; out[o++] = '\\'; continue;
		case '\f': out[o++] = '\\'; out[o++] = 'f'; continue;
		case '\n': out[o++] = '\\'; out[o++] = 'n'; continue;
		case '\r': out[o++] = '\\'; out[o++] = 'r'; continue;
		case '\t': out[o++] = '\\'; out[o++] = 't'; continue;
		case '\v': out[o++] = '\\'; out[o++] = 'v'; continue;
		}
		if (is_printable(c)) {
			out[o++] = c;
		} else if (opt.hex_escapes) {
			o += sprintf(out + o, "\\x%02x", c);
		} else if (i + 1 < n && is_octal_digit(s[i + 1])) {
			o += sprintf(out + o, "\\%03o", c);
		} else {
			o += sprintf(out + o, "\\%o", c);
		}
	}
	twrite(out, o);
	if (!(flags & QUOTE_OMIT_QUOTES))
		tputc('"');
	if (flags & QUOTE_ELLIPSIS)
		tputs("...");
	capture_atom(ATOM_STR, (flags & QUOTE_ELLIPSIS ? ATOM_CUT : 0) |
		     (flags & QUOTE_FORCE_HEX ? ATOM_HEX : 0) |
		     (flags & QUOTE_OMIT_QUOTES ? ATOM_BARE : 0), start, s, n);
}

void printaddr(uint64_t addr)
{
	if (addr)
		tprintf("%#llx", (unsigned long long)addr);
	else
		tputs("NULL");
}

void printnum_hex(uint64_t v)
{
	tprintf("%#llx", (unsigned long long)v);
}

/* A buffer of known length: at most -s bytes, "..." when there was more. */
void printstr_n_flags(struct tracee *t, uint64_t addr, uint64_t len, unsigned flags)
{
	unsigned char stackbuf[512];
	unsigned char *buf = stackbuf;
	size_t n = len, want;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (n > (size_t)opt.max_strlen)
		n = opt.max_strlen;
	/* strace reads one byte past what it shows of a longer buffer: that byte unreadable
	 * makes the whole buffer its address */
	want = len > n ? n + 1 : n;
	if (want > sizeof(stackbuf) && !(buf = malloc(want)))
		die("out of memory");
	if (umoven_data(t, addr, want, buf) < 0) {
		printaddr(addr);
	} else {
		if (flags & QUOTE_NUL_TERMINATED) {
			size_t z = strnlen((char *)buf, n);
			if (z < n) {
				print_quoted(buf, z, flags & ~QUOTE_NUL_TERMINATED);
				goto out;
			}
		}
		print_quoted(buf, n, (flags & ~QUOTE_NUL_TERMINATED) |
			     (len > n ? QUOTE_ELLIPSIS : 0));
	}
out:
	if (buf != stackbuf)
		free(buf);
}

void printstr_n(struct tracee *t, uint64_t addr, uint64_t len)
{
	printstr_n_flags(t, addr, len, 0);
}

/* A NUL-terminated string: at most max bytes, "..." when it goes on past them. */
void printstr_max(struct tracee *t, uint64_t addr, size_t max)
{
	char stackbuf[512];
	char *buf = stackbuf;
	long n;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (max + 1 > sizeof(stackbuf) && !(buf = malloc(max + 1)))
		die("out of memory");
	n = umovestr(t, addr, max + 1, buf);
	if (n < 0)
		printaddr(addr);
	else if ((size_t)n > max)
		print_quoted((unsigned char *)buf, max, QUOTE_ELLIPSIS);
	else
		print_quoted((unsigned char *)buf, n, 0);
	if (buf != stackbuf)
		free(buf);
}

void printstr(struct tracee *t, uint64_t addr)
{
	printstr_max(t, addr, opt.max_strlen);
}

/* strace shows a path up to PATH_MAX - 1 bytes, the most a valid one can have before NUL */
void printpath(struct tracee *t, uint64_t addr)
{
	printstr_max(t, addr, PATH_MAX - 1);
}

/*
 * A constant's name, and a flag set's '|': their own classes under --color (colour.c),
 * unless the whole value is one constant already (open's flags).
 */
static int in_one_constant;
/* strace colours a few sets' names in a -X verbose comment too (mmap's, memfd's flags) */
static int consts_loud;

void print_const_name(const char *name)
{
	if (in_one_constant) {
		tputs(name);
		return;
	}
	out_mark(consts_loud ? OUT_MARK_CONST_LOUD : OUT_MARK_CONST);
	tputs(name);
	out_mark(OUT_MARK_END);
}

void print_consts_loud(int on)
{
	consts_loud = on;
}

void print_const_fmt(const char *fmt, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	print_const_name(buf);
}

void print_flag_sep(void)
{
	if (in_one_constant) {
		tputc('|');
		return;
	}
	out_mark(OUT_MARK_PUNCT);
	tputc('|');
	out_mark(OUT_MARK_END);
}

void printfd(struct tracee *t, int fd)
{
	tprintf("%d", fd);
	if (opt.decode_fds)
		fdinfo_decorate(t, fd);
}

void print_dirfd(struct tracee *t, int fd)
{
	if (fd != -100) {
		printfd(t, fd);
		return;
	}
	print_fd_constant(fd, "AT_FDCWD");
	if (opt.decode_fds && !xlat_raw())
		fdinfo_decorate_cwd(t);
}

/* A descriptor value with a name (AT_FDCWD, FAN_NOFD): the name, under -X as numbers go. */
void print_fd_constant(int fd, const char *name)
{
	if (xlat_raw())
		tprintf("%d", fd);
	else if (xlat_verbose())
		tprintf("%d /* %s */", fd, name);
	else
		print_const_name(name);
}

/* A mode is a umode_t, 16 bits wide: strace drops what lies above. */
void print_mode(unsigned mode)
{
	tprintf("%#03o", mode & 0177777);
}

void print_uid(uint32_t id)
{
	if (id == (uint32_t)-1)
		tputs("-1");
	else
		tprintf("%u", id);
}

const struct xlat_entry *xlat_find(const struct xlat *x, uint64_t val)
{
	for (unsigned i = 0; i < x->n; i++)
		if (x->e[i].val == val)
			return &x->e[i];
	return NULL;
}

const char *xlat_name(const struct xlat *x, uint64_t val)
{
	const struct xlat_entry *e = xlat_find(x, val);

	return e ? e->name : NULL;
}

/*
 * "POSIX_FADV_???" for a set of POSIX_FADV_* names: the longest prefix up to an '_' that
 * all its names share, or the first name's up to its first '_' when they share none.
 */
const char *xlat_unknown_text(const struct xlat *x)
{
	static char buf[64];
	const char *first;
	size_t len = 0;

	if (x->dflt)
		return x->dflt;
	if (!x->n || !(first = x->e[0].name))
		return "???";
	for (size_t i = 0; first[i] && i < sizeof(buf) - 4; i++) {
		int shared = 1;

		for (unsigned k = 1; k < x->n && shared; k++)
			shared = x->e[k].name && x->e[k].name[i] == first[i];
		if (!shared)
			break;
		if (first[i] == '_' && i > 0)
			len = i + 1;
	}
	if (!len) {
		const char *us = strchr(first, '_');
		len = us && (size_t)(us - first) < sizeof(buf) - 4 ? (size_t)(us - first) + 1 : 0;
	}
	snprintf(buf, sizeof(buf), "%.*s???", (int)len, first);
	return buf;
}

void print_xlat_unknown(const struct xlat *x, uint64_t val)
{
	tprintf("%#llx", (unsigned long long)val);
	if (x->dflt || (x->n && x->e[0].name))
		tprintf(" /* %s */", xlat_unknown_text(x));
}

int printxval(const struct xlat *x, uint64_t val, const char *dflt)
{
	return printxval_style(x, val, dflt, print_style()->xlat);
}

int printxval_style(const struct xlat *x, uint64_t val, const char *dflt, enum xlat_style xs)
{
	const char *name = xlat_name(x, val);

	if (xs == XLAT_RAW) {
		tprintf("%#llx", (unsigned long long)val);
		return name != NULL;
	}
	if (name && xs == XLAT_VERBOSE) {
		tprintf("%#llx /* %s */", (unsigned long long)val, name);
		return 1;
	}
	if (name) {
		print_const_name(name);
		return 1;
	}
	if (dflt)
		tprintf("%#llx /* %s */", (unsigned long long)val, dflt);
	else
		print_xlat_unknown(x, val);
	return 0;
}

/* printxval with the numbers in decimal (strace's printxval_u): an unknown 9 prints as 9
 * with "IOCB_CMD_???" in a comment. */
int printxval_dec(const struct xlat *x, uint64_t val, const char *dflt)
{
	const char *name = xlat_name(x, val);
	enum xlat_style xs = print_style()->xlat;

	if (xs == XLAT_RAW) {
		tprintf("%llu", (unsigned long long)val);
		return name != NULL;
	}
	if (name && xs != XLAT_VERBOSE) {
		print_const_name(name);
		return 1;
	}
	tprintf("%llu /* %s */", (unsigned long long)val,
		name ? name : dflt ? dflt : xlat_unknown_text(x));
	return name != NULL;
}

/* A value that may have a name in x: printxval's forms if it has, else the number in fmt. */
void print_xval_or_number(const struct xlat *x, uint64_t val, const char *fmt)
{
	if (xlat_name(x, val))
		printxval(x, val, NULL);
	else
		tprintf(fmt, (unsigned long long)val);
}

/*
 * Names for the set bits, in the set's order, then what is left in hex. A zero value
 * prints the set's zero-valued name if it has one (PROT_NONE), else "0".
 */
static int flags_named(const struct xlat *x, uint64_t flags, const char *dflt);
static int flags_known(const struct xlat *x, uint64_t flags);

/* -X raw: the number; -X verbose: the number, then the names in a comment. */
int printflags(const struct xlat *x, uint64_t flags, const char *dflt)
{
	return printflags_style(x, flags, dflt, print_style()->xlat);
}

int printflags_style(const struct xlat *x, uint64_t flags, const char *dflt, enum xlat_style xs)
{
	int n;

	if (xs == XLAT_RAW) {
		tprintf("%#llx", (unsigned long long)flags);
		return 1;
	}
	if (xs != XLAT_VERBOSE || !(flags ? flags_known(x, flags) : xlat_name(x, 0) != NULL))
		return flags_named(x, flags, dflt);
	tprintf("%#llx /* ", (unsigned long long)flags);
	n = flags_named(x, flags, dflt);
	tputs(" */");
	return n;
}

static int flags_known(const struct xlat *x, uint64_t flags)
{
	for (unsigned i = 0; i < x->n; i++)
		if (x->e[i].val && (flags & x->e[i].val) == x->e[i].val)
			return 1;
	return 0;
}

/* Whether any bit of flags has a name in x. */
int xlat_any_flag_named(const struct xlat *x, uint64_t flags)
{
	return flags_known(x, flags);
}

static int flags_named(const struct xlat *x, uint64_t flags, const char *dflt)
{
	int n = 0;

	if (flags == 0) {
		const char *z = xlat_name(x, 0);
		if (z)
			print_const_name(z);
		else
			tputc('0');
		return z != NULL;
	}
	for (unsigned i = 0; i < x->n && flags; i++) {
		uint64_t v = x->e[i].val;
		if (v && (flags & v) == v) {
			if (n++)
				print_flag_sep();
			print_const_name(x->e[i].name);
			flags &= ~v;
		}
	}
	if (flags) {
		if (n++)
			print_flag_sep();
		tprintf("%#llx", (unsigned long long)flags);
		if (n == 1 && dflt)
			tprintf(" /* %s */", dflt);
		else if (n == 1 && x->n)	/* a set with no names yet: plain hex */
			tprintf(" /* %s */", xlat_unknown_text(x));
	}
	return n;
}

const char *errno_name(int err)
{
	return xlat_name(&xlat_errnos, err);
}

/* "ENOENT (No such file or directory)"; a number without a name: "(errno 41)". */
void print_errno(int err)
{
	const struct xlat_entry *e = xlat_find(&xlat_errnos, err);

	if (!e) {
		out_colour(COL_ERROR);
		tprintf("(errno %d)", err);
		out_colour(COL_RESET);
		return;
	}
	print_errno_text(e->name, e->text);
}

/* "ENOENT (No such file or directory)", each part in the error's colour */
void print_errno_text(const char *name, const char *text)
{
	out_colour(COL_ERROR);
	tputs(name);
	out_colour(COL_RESET);
	if (!text)
		return;
	tputc(' ');
	out_colour(COL_ERROR);
	tprintf("(%s)", text);
	out_colour(COL_RESET);
}

/*
 * -X raw and -X verbose for the decoders that print a value's names themselves (open's
 * access mode, mmap's type, st_mode's file type): the number in fmt, and with -X verbose
 * the names in a comment, printed by calling names() again in the default style.
 * Returns 0 when the caller is to print the names (-X abbrev).
 */
int print_number_styled(const char *fmt, uint64_t v, void (*names)(uint64_t))
{
	if (!xlat_raw() && !xlat_verbose())
		return 0;
	tprintf(fmt, (unsigned long long)v);
	print_names_comment(v, names);
	return 1;
}

/*
 * The same, but names() prints in the style in force: under -X verbose the names' own
 * constants carry their comments too, as strace nests them in "IOPRIO_PRIO_VALUE(...)".
 */
int print_number_styled_nested(const char *fmt, uint64_t v, void (*names)(uint64_t))
{
	if (!xlat_raw() && !xlat_verbose())
		return 0;
	tprintf(fmt, (unsigned long long)v);
	if (xlat_raw())
		return 1;
	tputs(" /* ");
	names(v);
	tputs(" */");
	return 1;
}

/*
 * -X verbose, after a value the caller printed raw (a number, a struct): its names in a
 * comment, printed by names(v) in the default style. Nothing under -X raw or abbrev.
 */
void print_names_comment(uint64_t v, void (*names)(uint64_t))
{
	if (!xlat_verbose() || xlat_raw())
		return;
	tputs(" /* ");
	in_xlat_style(XLAT_ABBREV, names, v, NULL, NULL);
	tputs(" */");
}

/* The same for a value that is not a number (an address's bytes): names(p) prints it. */
void print_names_comment_p(const void *p, void (*names)(const void *))
{
	if (!xlat_verbose() || xlat_raw())
		return;
	tputs(" /* ");
	in_xlat_style(XLAT_ABBREV, NULL, 0, names, p);
	tputs(" */");
}

/* The access mode is a two-bit field, not flags: strace prints it first, by name. */
void print_open_flags(uint64_t flags)
{
	const char *mode = xlat_name(&xlat_open_flags, flags & O_ACCMODE);
	uint64_t rest = flags & ~(uint64_t)O_ACCMODE;

	if (print_number_styled("%#llx", flags, print_open_flags))	/* -X raw, -X verbose */
		return;
	/* strace prints open's flags as one constant */
	out_mark(OUT_MARK_CONST);
	tputs(mode);
	if (rest) {
		tputc('|');
		in_one_constant++;
		printflags(&xlat_open_flags, rest, NULL);
		in_one_constant--;
	}
	out_mark(OUT_MARK_END);
}
