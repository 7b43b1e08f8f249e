/*
 * colour.c: --color (SGR escapes in the trace, as strace 7.2 writes them) and -N (each
 * argument's name before it), both on the output floor.
 *
 * The decoders write plain text. While a call's arguments print, output.c gathers them
 * (one half of the call at a time) and hands them here whole, with a few marker bytes that
 * the value printers put in (out_mark: a constant's name, a flag separator, text to copy
 * untouched). This file is the one place that decides each token's class: from those marks
 * and from the shape of the text (braces, brackets, "name=", ", ", comments, strings).
 * With neither option the arguments go straight to the file and none of this runs.
 *
 * The escapes are strace's: a class's code is written before its token, and what follows a
 * token of punctuation, a constant or a field name goes back to the argument's own colour.
 * STRACE_COLORS="ARGVAL=1;4:PUNCT=7" changes the codes (names as strace spells them).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "output.h"
#include "strc.h"
#include "sysent.h"

int colour_on;

static const char *const class_names[COL_NCLASSES] = {
	[COL_ARGNAME] = "ARGNAME", [COL_ARGVAL] = "ARGVAL", [COL_SYSCALL] = "SYSCALL",
	[COL_COMMENT] = "COMMENT", [COL_CONST] = "CONST", [COL_ERROR] = "ERROR",
	[COL_PUNCT] = "PUNCT", [COL_RETVAL] = "RETVAL", [COL_RESET] = NULL,
	[COL_FUNC] = NULL,
};

/* strace's palette; a function-like name (htons, makedev) stays yellow whatever is set */
static const char *codes[COL_NCLASSES] = {
	[COL_ARGNAME] = "\033[39m", [COL_ARGVAL] = "\033[35m", [COL_SYSCALL] = "\033[33m",
	[COL_COMMENT] = "\033[36m", [COL_CONST] = "\033[34m", [COL_ERROR] = "\033[31m",
	[COL_PUNCT] = "\033[0m", [COL_RETVAL] = "\033[32m", [COL_RESET] = "\033[0m",
	[COL_FUNC] = "\033[33m",
};

const char *colour_code(enum colour_class c)
{
	return colour_on ? codes[c] : "";
}

/* An SGR value as strace takes it: blanks before it skipped, then a digit, then digits and ';' */
static const char *sgr_value(const char *v, size_t n)
{
	while (n && (*v == ' ' || *v == '\t')) {
		v++;
		n--;
	}
	if (!n || !isdigit((unsigned char)*v))
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)v[i]) && v[i] != ';')
			return NULL;
	return v;
}

/*
 * STRACE_COLORS="KEY=VALUE:KEY=VALUE": a known KEY (any case) takes "ESC [ VALUE m"; an
 * entry strace would not take is skipped, as strace skips it.
 */
static void colours_from_env(const char *spec)
{
	while (spec && *spec) {
		const char *end = strchr(spec, ':');
		const char *eq = strchr(spec, '=');
		size_t len = end ? (size_t)(end - spec) : strlen(spec);

		if (eq && eq < spec + len) {
			size_t klen = (size_t)(eq - spec), vlen = len - klen - 1;
			const char *v = sgr_value(eq + 1, vlen);

			for (int c = 0; v && c < COL_NCLASSES; c++) {
				char *code;

				if (!class_names[c] || strlen(class_names[c]) != klen ||
				    strncasecmp(class_names[c], spec, klen) != 0)
					continue;
				vlen -= (size_t)(v - (eq + 1));
				code = malloc(vlen + 4);
				if (!code)
					die("out of memory");
				snprintf(code, vlen + 4, "\033[%.*sm", (int)vlen, v);
				codes[c] = code;	/* kept for the run */
			}
		}
		spec = end ? end + 1 : NULL;
	}
}

static uint16_t le16(const unsigned char *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

/* The terminfo entry of term, in one of the directories the terminfo library searches. */
static FILE *terminfo_open(const char *term)
{
	const char *home = getenv("HOME");
	const char *dirs[] = { getenv("TERMINFO"), NULL, "/etc/terminfo", "/lib/terminfo",
			       "/usr/share/terminfo", "/usr/lib/terminfo" };
	char homedir[4096], path[4096 + 300];

	if (home) {
		snprintf(homedir, sizeof(homedir), "%s/.terminfo", home);
		dirs[1] = homedir;
	}
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		FILE *f;

		if (!dirs[i])
			continue;
		snprintf(path, sizeof(path), "%s/%c/%s", dirs[i], term[0], term);
		f = fopen(path, "rb");
		if (!f) {	/* some systems name the directory by the letter's hex code */
			snprintf(path, sizeof(path), "%s/%02x/%s", dirs[i],
				 (unsigned char)term[0], term);
			f = fopen(path, "rb");
		}
		if (f)
			return f;
	}
	return NULL;
}

/*
 * How many colours the terminal has (terminfo's max_colors, the 14th number): strace
 * colours only a terminal that has some. The compiled format is documented in term(5).
 */
static int terminal_colours(const char *term)
{
	unsigned char h[12], num[4];
	int wide, names, bools, nums, at;
	FILE *f;

	if (!term || !*term || strchr(term, '/') || strstr(term, ".."))
		return 0;
	f = terminfo_open(term);
	if (!f)
		return 0;
	if (fread(h, 1, sizeof(h), f) != sizeof(h) ||
	    (le16(h) != 0432 && le16(h) != 01036)) {
		fclose(f);
		return 0;
	}
	wide = le16(h) == 01036;	/* numbers of 32 bits */
	names = le16(h + 2);
	bools = le16(h + 4);
	nums = le16(h + 6);
	at = 12 + names + bools;
	at += at & 1;	/* the numbers start on an even byte */
	if (nums <= 13 || fseek(f, at + 13 * (wide ? 4 : 2), SEEK_SET) != 0 ||
	    fread(num, 1, wide ? 4 : 2, f) != (size_t)(wide ? 4 : 2)) {
		fclose(f);
		return 0;
	}
	fclose(f);
	if (wide)
		return (int32_t)(num[0] | num[1] << 8 | num[2] << 16 | (uint32_t)num[3] << 24);
	return (int16_t)le16(num);
}

/*
 * --color: never (0), auto (1: on when the trace goes to a terminal that has colours and
 * NO_COLOR is not set, even empty) or always (2). strace 7.2's rules.
 */
int colour_wanted(int when, int fd)
{
	if (when == 2)
		return 1;
	if (when == 0 || getenv("NO_COLOR") || !isatty(fd))
		return 0;
	return terminal_colours(getenv("TERM")) > 0;
}

void colour_setup(int when, int fd)
{
	colour_on = colour_wanted(when, fd);
	if (colour_on)
		colours_from_env(getenv("STRACE_COLORS"));
}

/* ---- the arguments' tokens ---- */

struct lexer {
	const char *s;
	size_t i, n;
	struct tracee *t;
	void (*put)(const char *s, size_t n);	/* visible text */
	void (*code)(enum colour_class c);	/* an escape, nothing when colour is off */
	int comment;	/* inside " / * ... * /" */
	int comment_depth;	/* the brackets open where it began */
};

static int ident_start(char c)
{
	return isalpha((unsigned char)c) || c == '_';
}

static int ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static int at(const struct lexer *x, size_t i, const char *lit)
{
	size_t k = strlen(lit);

	return i + k <= x->n && memcmp(x->s + i, lit, k) == 0;
}

/* Whether the call's arguments meet the case's conditions (none: the plain case). */
static int argnames_match(const struct tracee *t, const struct argnames *a)
{
	if (a->argi == 0xff)
		return 1;
	if (a->argi >= 6 || (t->args[a->argi] & a->mask) != a->value)
		return 0;
	return a->argi2 == 0xff ||
	       (a->argi2 < 6 && (t->args[a->argi2] & a->mask2) == a->value2);
}

/* -N: the name of the current argument, when the call's table names it */
static void arg_name_put(struct lexer *x)
{
	struct tracee *t = x->t;
	char unknown[16];
	const char *name;

	if (!opt.arg_names || t->lex_arg >= 6)
		return;
	if (!t->se) {	/* syscall_0x150(arg1=0, ...) */
		snprintf(unknown, sizeof(unknown), "arg%d", t->lex_arg + 1);
		name = unknown;
	} else {
		const struct argnames *a = t->se->argnames;

		while (a && a->names && !argnames_match(t, a))
			a++;
		if (!a || !a->names || t->lex_arg >= a->n)
			return;
		name = a->names[t->lex_arg];
	}
	if (!name)
		return;
	x->code(COL_ARGNAME);
	x->put(name, strlen(name));
	x->code(COL_PUNCT);
	x->put("=", 1);
	x->code(COL_ARGVAL);
}

/* -N: the name of the argument about to start */
static void arg_name(struct lexer *x)
{
	if (!x->t->lex_name_due)
		return;
	x->t->lex_name_due = 0;
	arg_name_put(x);
}

/* Where the bracket opened at i closes, -1 if not in this half. */
static long matching(const struct lexer *x, size_t i, char open, char close)
{
	int depth = 0;

	for (size_t k = i; k < x->n; k++) {
		char c = x->s[k];

		if (c == '"') {	/* skip a string */
			for (k++; k < x->n && x->s[k] != '"'; k++)
				if (x->s[k] == '\\')
					k++;
			continue;
		}
		if (c == open)
			depth++;
		else if (c == close && --depth == 0)
			return (long)k;
	}
	return -1;
}

/* "{WIFEXITED(s) && ...}": an expression in braces, no structure (no "field=" in it) */
static int expression_braces(const struct lexer *x, size_t i, long end)
{
	size_t k = i + 1;

	if (k >= x->n || !ident_start(x->s[k]))
		return 0;
	while (k < x->n && ident_char(x->s[k]))
		k++;
	if (k >= x->n || x->s[k] != '(')
		return 0;
	for (k = i + 1; k < (size_t)end; k++)
		if (x->s[k] == '=' && x->s[k + 1] != '=' && x->s[k + 1] != '>' &&
		    !strchr("=!<>", x->s[k - 1]))
			return 0;
	return 1;
}

/* An opening bracket, remembered for what is inside it (a '[''s words are separated). */
static void open_bracket(struct tracee *t, char c)
{
	if (t->lex_depth >= 0 && t->lex_depth < 32) {
		if (c == '[')
			t->lex_squares |= 1u << t->lex_depth;
		else
			t->lex_squares &= ~(1u << t->lex_depth);
	}
	t->lex_depth++;
}

static int in_square(const struct tracee *t)
{
	return t->lex_depth > 0 && t->lex_depth <= 32 && (t->lex_squares >> (t->lex_depth - 1)) & 1;
}

static void punct(struct lexer *x, const char *tok, size_t n)
{
	x->code(COL_PUNCT);
	x->put(tok, n);
	x->code(COL_ARGVAL);
}

static void copy_string(struct lexer *x)
{
	size_t k = x->i + 1;

	while (k < x->n && x->s[k] != '"') {
		if (x->s[k] == '\\')
			k++;
		k++;
	}
	if (k < x->n)
		k++;
	x->put(x->s + x->i, k - x->i);
	x->i = k;
	if (at(x, x->i, "...")) {
		punct(x, "...", 3);
		x->i += 3;
	}
}

/* Copies up to the marks' end (or end) untouched: a word list, a path, an expression. */
static void copy_until(struct lexer *x, size_t end)
{
	int depth = 1;	/* marks nest: a constant's name inside a macro's arguments */

	while (x->i < end) {
		size_t k = x->i;

		while (k < end && ((unsigned char)x->s[k] > OUT_MARK_LAST || !x->s[k]))
			k++;
		x->put(x->s + x->i, k - x->i);
		x->i = k;
		if (k == end)
			return;
		x->i++;
		if (x->s[k] != OUT_MARK_END)
			depth++;
		else if (--depth == 0)
			return;
	}
}

/* Copies s[i..end) with the marks in it dropped: a macro's text strace prints plain. */
static void copy_plain(struct lexer *x, size_t end)
{
	while (x->i < end) {
		size_t k = x->i;

		while (k < end && ((unsigned char)x->s[k] > OUT_MARK_LAST || !x->s[k]))
			k++;
		x->put(x->s + x->i, k - x->i);
		x->i = k < end ? k + 1 : k;
	}
}

/* Where a field's name of several words (eventfd-count=, fmt.pix=) ends: at its '=', else 0. */
static size_t hyphenated_name(const struct lexer *x, size_t k)
{
	while (k + 1 < x->n && (x->s[k] == '-' || x->s[k] == '.') && ident_start(x->s[k + 1])) {
		k++;
		while (k < x->n && ident_char(x->s[k]))
			k++;
	}
	return k < x->n && x->s[k] == '=' ? k : 0;
}

static void identifier(struct lexer *x)
{
	size_t k = x->i, h;

	while (k < x->n && ident_char(x->s[k]))
		k++;
	if (k < x->n && (x->s[k] == '-' || x->s[k] == '.') && (h = hyphenated_name(x, k)))
		k = h;
	if (k < x->n && x->s[k] == '=' && !(k + 1 < x->n && x->s[k + 1] == '=')) {
		x->code(COL_ARGNAME);
		x->put(x->s + x->i, k - x->i);
		punct(x, "=", 1);
		x->i = k + 1;
		return;
	}
	if (k < x->n && x->s[k] == '(') {
		/* htons(...), _IOC(...), makedev(...) in a comment too: named like a call */
		x->code(COL_FUNC);
		x->put(x->s + x->i, k - x->i);
		punct(x, "(", 1);
		open_bracket(x->t, '(');
		x->i = k + 1;
		return;
	}
	x->put(x->s + x->i, k - x->i);
	x->i = k;
}

/* In a comment constants keep its colour, but in a call's arguments there (K(KT_LATIN, 'a')) */
static int consts_off(const struct lexer *x)
{
	return x->comment && x->t->lex_depth == x->comment_depth;
}

static void mark(struct lexer *x, char m)
{
	x->i++;
	switch (m) {
	case OUT_MARK_CONST:	/* a constant's text is all one token */
		if (!consts_off(x))
			x->code(COL_CONST);
		copy_until(x, x->n);
		if (!consts_off(x))
			x->code(COL_ARGVAL);
		break;
	case OUT_MARK_CONST_LOUD:
		x->code(COL_CONST);
		copy_until(x, x->n);
		x->code(COL_ARGVAL);
		break;
	case OUT_MARK_PUNCT:	/* its text copied: not lexed again as punctuation */
		x->code(COL_PUNCT);
		copy_until(x, x->n);
		x->code(COL_ARGVAL);
		break;
	case OUT_MARK_VERBATIM:
		copy_until(x, x->n);
		break;
	case OUT_MARK_END:
		x->code(COL_ARGVAL);
		break;
	}
}

static void token(struct lexer *x)
{
	struct tracee *t = x->t;
	char c = x->s[x->i];
	long end;

	if (c == OUT_MARK_ARGNAME) {
		x->i++;
		arg_name_put(x);
		return;
	}
	if ((unsigned char)c <= OUT_MARK_LAST && c != '\0') {
		if (c != OUT_MARK_END)
			arg_name(x);
		mark(x, c);
		return;
	}
	if (c == ',' && at(x, x->i, ", ")) {
		if (x->comment && t->lex_depth == x->comment_depth) {
			x->put(", ", 2);	/* "2 vars, unterminated": words of the comment */
			x->i += 2;
			return;
		}
		if (t->lex_depth == 0 && !x->comment) {
			t->lex_arg++;
			t->lex_name_due = 1;
		}
		punct(x, ", ", 2);
		x->i += 2;
		return;
	}
	if (c == ' ' && at(x, x->i, " /* ")) {
		x->code(COL_COMMENT);
		x->put(" /* ", 4);
		x->i += 4;
		x->comment = 1;
		x->comment_depth = t->lex_depth;
		return;
	}
	if (c == ' ' && x->comment && at(x, x->i, " */")) {
		x->code(COL_COMMENT);
		x->put(" */", 3);
		x->code(COL_ARGVAL);
		x->i += 3;
		x->comment = 0;
		return;
	}
	arg_name(x);
	switch (c) {
	case '"':
		copy_string(x);
		return;
	case '{':
		end = matching(x, x->i, '{', '}');
		if (end > 0 && expression_braces(x, x->i, end)) {
			copy_plain(x, (size_t)end + 1);
			return;
		}
		open_bracket(t, '{');
		punct(x, "{", 1);
		x->i++;
		return;
	case '[':
		open_bracket(t, '[');
		punct(x, "[", 1);
		x->i++;
		return;
	case '}':
	case ']':
		t->lex_depth--;
		/* "[VEOL]=0": an element's index and its '=' are one token */
		punct(x, x->s + x->i, c == ']' && at(x, x->i, "]=") ? 2 : 1);
		x->i += c == ']' && at(x, x->i, "]=") ? 2 : 1;
		return;
	case ')':
		t->lex_depth--;
		x->code(COL_PUNCT);
		x->put(")", 1);
		x->code(COL_RESET);
		x->i++;
		return;
	case '(':
		open_bracket(t, '(');
		break;
	case ' ':
		/* "[0 1]" (a cpu set), "[4<pipe:[1]> 5]": the space between words is
		 * punctuation, "=>" is not */
		if (in_square(t) && x->i > 0 &&
		    (isalnum((unsigned char)x->s[x->i - 1]) || x->s[x->i - 1] == '>' ||
		     x->s[x->i - 1] == OUT_MARK_END) &&
		    x->i + 1 < x->n && isalnum((unsigned char)x->s[x->i + 1])) {
			punct(x, " ", 1);
			x->i++;
			return;
		}
		if (at(x, x->i, " or ")) {	/* an ioctl's names that share a number */
			punct(x, " or ", 4);
			x->i += 4;
			return;
		}
		if (at(x, x->i, " => ")) {	/* what the kernel changed, after its old value */
			punct(x, " => ", 4);
			x->i += 4;
			return;
		}
		break;
	case '?':	/* "???", a value that could not be read: strace's error colour */
		if (at(x, x->i, "???") && !x->comment &&
		    (x->i == 0 || (!ident_char(x->s[x->i - 1]) && x->s[x->i - 1] != '?')) &&
		    (x->i + 3 >= x->n || (!ident_char(x->s[x->i + 3]) && x->s[x->i + 3] != '?'))) {
			x->code(COL_ERROR);
			x->put("???", 3);
			x->code(COL_ARGVAL);
			x->i += 3;
			return;
		}
		break;
	case '|':	/* a flag set's separator, whoever printed it */
		punct(x, "|", 1);
		x->i++;
		return;
	case '.':
		if (at(x, x->i, "...")) {
			punct(x, "...", 3);
			x->i += 3;
			return;
		}
		break;
	default:
		if (ident_start(c)) {
			identifier(x);
			return;
		}
		if (isdigit((unsigned char)c)) {	/* 0x7f: no name in it */
			size_t k = x->i;

			while (k < x->n && ident_char(x->s[k]))
				k++;
			x->put(x->s + x->i, k - x->i);
			x->i = k;
			return;
		}
	}
	x->put(&c, 1);
	x->i++;
}

/*
 * One half of a call's arguments, s[0..n) with marks. At the end of the entry half
 * (entry 1) strace resets the colour before the separator the half may end with; after it
 * for a decoder that prints the separator at entry (entry 2, output_sep_entry).
 */
void colour_args(struct tracee *t, const char *s, size_t n, int entry,
		 void (*put)(const char *s, size_t n), void (*code)(enum colour_class c))
{
	struct lexer x = { .s = s, .n = n, .t = t, .put = put, .code = code };

	if (entry == 1 && n >= 2 && s[n - 2] == ',' && s[n - 1] == ' ')
		x.n = n - 2;
	while (x.i < x.n)
		token(&x);
	if (!entry)
		return;
	code(COL_RESET);
	if (x.n < n) {
		x.s = s;
		x.i = x.n;
		x.n = n;
		while (x.i < x.n)
			token(&x);
	}
}
