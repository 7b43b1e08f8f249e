/*
 * json.c: the JSON Lines rendering of the trace (--json, --json-file).
 *
 * There is one decoding: the decoders write strace's text, the output layer keeps it in the
 * tracee's capture with the strings' raw bytes as atoms (print.h), and this file turns one
 * finished line into one JSON object. The call's facts (number, registers, return value,
 * errno, times) come from the tracee's state; the arguments come from the captured text by a
 * small parser of strace's notation that is lossless by construction: every rule keeps what
 * it needs to give back exactly the text it read, and what no rule knows stays as its text
 * ({"sym": ...}). What strace prints below a call (-e read=/write= dumps, -k frames) joins
 * the call's object; the -c table's rows are read from its text the same way. Besides the
 * trace's own objects the stream carries the report's (src/report_json.c builds it with the
 * writer here) and, when it is stderr, strc's messages. man/strc.1 documents the format,
 * man/strc-json.schema.json describes it.
 */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "json.h"
#include "output.h"
#include "strc.h"
#include "tables.h"

#define JSON_SCHEMA_VERSION 1

static struct outfile *json_out;	/* --json-file; NULL: the line goes where the text would */
static int main_argc;
static char **main_argv;
static const char *strc_version;

void jb_put(struct jbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->size) {
		size_t size = b->size ? b->size : 1024;

		while (size < b->len + n + 1)
			size *= 2;
		b->p = realloc(b->p, size);
		if (!b->p)
			die("out of memory");
		b->size = size;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

/* A number without printf: the raw registers of every call take most of a line's numbers */
void jb_u64(struct jbuf *b, uint64_t v)
{
	char d[24];
	int i = sizeof(d);

	do {
		d[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	jb_put(b, d + i, sizeof(d) - i);
}

void jb_i64(struct jbuf *b, int64_t v)
{
	if (v < 0) {
		jb_put(b, "-", 1);
		jb_u64(b, -(uint64_t)v);
		return;
	}
	jb_u64(b, v);
}

void jb_puts(struct jbuf *b, const char *s)
{
	jb_put(b, s, strlen(s));
}

static void jb_printf(struct jbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void jb_printf(struct jbuf *b, const char *fmt, ...)
{
	char small[128];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n > 0 && (size_t)n < sizeof(small))
		jb_put(b, small, n);
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 when there is none. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	size_t len, i;
	uint32_t cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* overlong forms, surrogates and what lies past U+10FFFF are not UTF-8 */
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

static int is_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t k = utf8_seq(s + i, n - i);

		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

/* A JSON string of valid UTF-8 bytes: quotes, backslashes and control bytes escaped. */
void jb_str(struct jbuf *b, const void *bytes, size_t n)
{
	const unsigned char *s = bytes;
	size_t from = 0;

	jb_put(b, "\"", 1);
	for (size_t i = 0; i < n; i++) {
		if (s[i] >= 0x20 && s[i] != '"' && s[i] != '\\' && s[i] != 0x7f)
			continue;
		jb_put(b, (const char *)s + from, i - from);
		if (s[i] == '"' || s[i] == '\\') {
			char e[2] = { '\\', s[i] };

			jb_put(b, e, 2);
		} else if (s[i] == '\n') {
			jb_lit(b, "\\n");
		} else {
			char e[6] = { '\\', 'u', '0', '0', "0123456789abcdef"[s[i] >> 4],
				      "0123456789abcdef"[s[i] & 15] };

			jb_put(b, e, 6);
		}
		from = i + 1;
	}
	jb_put(b, (const char *)s + from, n - from);
	jb_put(b, "\"", 1);
}

void jb_cstr(struct jbuf *b, const char *s)
{
	jb_str(b, s, strlen(s));
}

static void jb_base64(struct jbuf *b, const unsigned char *s, size_t n)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	jb_put(b, "\"", 1);
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = s[i] << 16 | (i + 1 < n ? s[i + 1] << 8 : 0) | (i + 2 < n ? s[i + 2] : 0);
		char q[4] = { digits[v >> 18 & 63], digits[v >> 12 & 63],
			      i + 1 < n ? digits[v >> 6 & 63] : '=', i + 2 < n ? digits[v & 63] : '=' };

		jb_put(b, q, 4);
	}
	jb_put(b, "\"", 1);
}

/* Any bytes: a JSON string when they are UTF-8, else {"b64": ...}, as argv and strings are. */
void jb_bytes(struct jbuf *b, const void *bytes, size_t n)
{
	if (is_utf8(bytes, n)) {
		jb_str(b, bytes, n);
		return;
	}
	jb_lit(b, "{\"b64\":");
	jb_base64(b, bytes, n);
	jb_lit(b, "}");
}

/* ---- the parser of strace's notation, over a span of the captured text ---- */

struct span {
	const struct capture *c;
	size_t a, b;
};

static const struct atom *atom_at(const struct capture *c, size_t a, size_t b)
{
	for (size_t i = 0; i < c->natoms; i++) {
		if (c->atoms[i].start == a && c->atoms[i].end <= b)
			return &c->atoms[i];
		if (c->atoms[i].start > a)
			break;
	}
	return NULL;
}

/* Index past the construct starting at i: an atom, a quoted text or a comment, else i+1. */
static size_t skip_one(const struct capture *c, size_t i, size_t b)
{
	const struct atom *at = atom_at(c, i, b);
	const char *t = c->text;

	if (at && at->end > i)
		return at->end;
	if (t[i] == '"') {
		for (i++; i < b && t[i] != '"'; i++)
			if (t[i] == '\\')
				i++;
		return i < b ? i + 1 : b;
	}
	if (t[i] == '/' && i + 1 < b && t[i + 1] == '*') {
		const char *e = strstr(t + i + 2, "*/");

		return e && (size_t)(e - t) + 2 <= b ? (size_t)(e - t) + 2 : b;
	}
	return i + 1;
}

/* Where sep (", " or " => ") first occurs at depth 0 in [a, b), or b. */
static size_t find_top(const struct capture *c, size_t a, size_t b, const char *sep)
{
	size_t n = strlen(sep);
	int depth = 0;

	for (size_t i = a; i < b;) {
		char ch = c->text[i];

		if (depth == 0 && i + n <= b && memcmp(c->text + i, sep, n) == 0)
			return i;
		if (ch == '{' || ch == '[' || ch == '(')
			depth++;
		else if ((ch == '}' || ch == ']' || ch == ')') && depth > 0)
			depth--;
		i = skip_one(c, i, b);
	}
	return b;
}

/* The bracket matching the one at a is the span's last byte. */
static int closes_at_end(const struct capture *c, size_t a, size_t b)
{
	int depth = 0;

	for (size_t i = a; i < b;) {
		char ch = c->text[i];

		if (ch == '{' || ch == '[' || ch == '(')
			depth++;
		else if (ch == '}' || ch == ']' || ch == ')')
			if (--depth == 0)
				return i == b - 1;
		i = skip_one(c, i, b);
	}
	return 0;
}

static void json_value(struct jbuf *j, const struct capture *c, size_t a, size_t b);

static void json_string_atom(struct jbuf *j, const struct capture *c, const struct atom *at)
{
	const unsigned char *s = c->bytes + at->off;
	int utf8 = is_utf8(s, at->len);
	unsigned flags = at->flags & (ATOM_CUT | ATOM_HEX);

	if (utf8 && !flags) {
		jb_str(j, s, at->len);
		return;
	}
	jb_puts(j, utf8 ? "{\"str\":" : "{\"b64\":");
	if (utf8)
		jb_str(j, s, at->len);
	else
		jb_base64(j, s, at->len);
	if (flags & ATOM_CUT)
		jb_lit(j, ",\"cut\":true");
	if (flags & ATOM_HEX)
		jb_lit(j, ",\"hex\":true");
	jb_lit(j, "}");
}

static int is_number(const char *s, size_t n)
{
	size_t i = 0;

	if (n && s[0] == '-')
		i++;
	if (i == n || (s[i] == '0' && n - i > 1) || n > 20)
		return 0;
	for (; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static void json_sym(struct jbuf *j, const struct capture *c, size_t a, size_t b)
{
	jb_lit(j, "{\"sym\":");
	jb_str(j, c->text + a, b - a);	/* text we printed: escaped, so UTF-8 */
	jb_lit(j, "}");
}

/* A list's items, separated by ", ", as a JSON array. */
static void json_items(struct jbuf *j, const struct capture *c, size_t a, size_t b)
{
	jb_lit(j, "[");
	for (size_t i = a; a < b;) {
		size_t e = find_top(c, i, b, ", ");

		if (i > a)
			jb_lit(j, ",");
		json_value(j, c, i, e);
		if (e == b)
			break;
		i = e + 2;
		if (i == b) {	/* a trailing separator: an empty last item */
			jb_lit(j, ",{\"sym\":\"\"}");
			break;
		}
	}
	jb_lit(j, "]");
}

static size_t key_len(const struct capture *c, size_t a, size_t b)
{
	size_t i = a;
	const char *t = c->text;

	while (i < b && (t[i] == '_' || (t[i] >= 'a' && t[i] <= 'z') ||
			 (t[i] >= 'A' && t[i] <= 'Z') || (i > a && t[i] >= '0' && t[i] <= '9')))
		i++;
	return i > a && i < b && t[i] == '=' && (i + 1 >= b || t[i + 1] != '>') ? i - a : 0;
}

/* The keys of the nodes that are not structures: a structure with only these is braces. */
static int node_key(const char *k, size_t n)
{
	static const char *const keys[] = { "sym", "str", "b64", "cut", "hex", "fd", "path",
					    "info", "in", "out", "braces", "..." };

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strlen(keys[i]) == n && memcmp(keys[i], k, n) == 0)
			return 1;
	return 0;
}

/* {k=v, ...} as an object when every item is k=v (or strace's "...") with distinct keys. */
static int json_struct(struct jbuf *j, const struct capture *c, size_t a, size_t b)
{
	size_t start = j->len;
	int first = 1, plain = 0;

	jb_lit(j, "{");
	for (size_t i = a; i < b;) {
		size_t e = find_top(c, i, b, ", "), k = key_len(c, i, e);

		if (!first)
			jb_lit(j, ",");
		first = 0;
		if (e - i == 3 && memcmp(c->text + i, "...", 3) == 0) {
			jb_lit(j, "\"...\":true");
		} else if (k) {
			plain |= !node_key(c->text + i, k);
			jb_str(j, c->text + i, k);
			jb_lit(j, ":");
			json_value(j, c, i + k + 1, e);
		} else {
			j->len = start;
			return 0;
		}
		if (e == b)
			break;
		i = e + 2;
		if (i == b) {
			j->len = start;
			return 0;
		}
	}
	jb_lit(j, "}");
	if (!plain && a < b) {	/* it would read as another kind of node */
		j->len = start;
		return 0;
	}
	/* the same key twice would be lost in a JSON object */
	for (size_t i = a; i < b;) {
		size_t e = find_top(c, i, b, ", "), k = key_len(c, i, e);

		for (size_t p = e + 2; k && e < b && p < b;) {
			size_t q = find_top(c, p, b, ", ");

			if (key_len(c, p, q) == k && memcmp(c->text + p, c->text + i, k) == 0) {
				j->len = start;
				return 0;
			}
			p = q + 2;
		}
		if (e >= b)
			break;
		i = e + 2;
	}
	return 1;
}

/* N<...> or NAME<...>: a descriptor with its -y decoration. */
static int json_fd(struct jbuf *j, const struct capture *c, size_t a, size_t b)
{
	const char *t = c->text;
	size_t i = a;
	const struct atom *at;

	while (i < b && (t[i] == '-' || t[i] == '_' || (t[i] >= '0' && t[i] <= '9') ||
			 (t[i] >= 'A' && t[i] <= 'Z')))
		i++;
	if (i == a || i + 1 >= b || t[i] != '<' || t[b - 1] != '>')
		return 0;
	jb_lit(j, "{\"fd\":");
	if (is_number(t + a, i - a))
		jb_put(j, t + a, i - a);
	else
		jb_str(j, t + a, i - a);
	at = atom_at(c, i + 1, b - 1);
	if (at && at->end == b - 1 && (at->flags & ATOM_BARE)) {
		jb_lit(j, ",\"path\":");
		json_string_atom(j, c, at);
	} else {
		jb_lit(j, ",\"info\":");
		jb_str(j, t + i + 1, b - 1 - (i + 1));
	}
	jb_lit(j, "}");
	return 1;
}

static void json_value(struct jbuf *j, const struct capture *c, size_t a, size_t b)
{
	const char *t = c->text;
	const struct atom *at = atom_at(c, a, b);
	size_t arrow;

	if (at && at->end == b && !(at->flags & ATOM_BARE)) {
		json_string_atom(j, c, at);
		return;
	}
	if (is_number(t + a, b - a)) {
		jb_put(j, t + a, b - a);
		return;
	}
	if (b - a == 4 && memcmp(t + a, "NULL", 4) == 0) {
		jb_lit(j, "null");
		return;
	}
	arrow = find_top(c, a, b, " => ");
	if (arrow < b) {
		jb_lit(j, "{\"in\":");
		json_value(j, c, a, arrow);
		jb_lit(j, ",\"out\":");
		json_value(j, c, arrow + 4, b);
		jb_lit(j, "}");
		return;
	}
	if (b - a >= 2 && t[a] == '[' && closes_at_end(c, a, b)) {
		json_items(j, c, a + 1, b - 1);
		return;
	}
	if (b - a >= 2 && t[a] == '{' && closes_at_end(c, a, b)) {
		if (json_struct(j, c, a + 1, b - 1))
			return;
		jb_lit(j, "{\"braces\":");
		json_items(j, c, a + 1, b - 1);
		jb_lit(j, "}");
		return;
	}
	if (json_fd(j, c, a, b))
		return;
	json_sym(j, c, a, b);
}

/* ---- the objects ---- */

static uint64_t ts_ns(const struct timespec *ts)
{
	return (uint64_t)ts->tv_sec * 1000000000ULL + ts->tv_nsec;
}

static uint64_t now_ns(clockid_t clk)
{
	struct timespec ts;

	clock_gettime(clk, &ts);
	return ts_ns(&ts);
}

/* The thread group, read once per tracee (a thread's tgid does not change). */
static int tracee_tgid(struct tracee *t)
{
	char path[64], line[256];
	FILE *f;
	int tgid = t->pid;

	if (t->capture->tgid)
		return t->capture->tgid;
	snprintf(path, sizeof(path), "/proc/%d/status", t->pid);
	f = fopen(path, "re");
	if (f) {
		while (fgets(line, sizeof(line), f))
			if (sscanf(line, "Tgid: %d", &tgid) == 1)
				break;
		fclose(f);
	}
	t->capture->tgid = tgid;
	return tgid;
}

static void begin_object(struct jbuf *j, const char *type, struct tracee *t)
{
	jb_lit(j, "{\"type\":\"");
	jb_puts(j, type);
	jb_lit(j, "\",\"pid\":");
	jb_i64(j, t->pid);
	jb_lit(j, ",\"tgid\":");
	jb_i64(j, tracee_tgid(t));
}

/* Writes the object as one line to o (the caller has chosen it: see where()). */
static void emit(struct jbuf *j, struct outfile *o)
{
	jb_put(j, "\n", 1);
	outfile_write(o, j->p, j->len);
	outfile_line_written(o);
	j->len = 0;
}

/*
 * Where t's next object goes: --json-file's file, else where t's text goes; past -e status='s
 * memory file for what is not part of the held call (events), into the capture's own held
 * file for the call itself with --json-file.
 */
static struct outfile *where(struct tracee *t, struct outfile *o, int part_of_call)
{
	if (t && t->held && !part_of_call)
		o = t->held;
	if (!json_out)
		return o;
	if (t && t->held && part_of_call) {
		if (!t->capture->held)
			t->capture->held = outfile_memory();
		return t->capture->held;
	}
	return json_out;
}

/*
 * The realtime clock minus the monotonic one, which the calls' times are taken on: read
 * afresh every 256 objects rather than twice for every one, so that a clock set meanwhile
 * shows within a few hundred calls.
 */
static uint64_t real_offset(void)
{
	static uint64_t offset;
	static unsigned age;

	if (age++ % 256 == 0) {
		uint64_t mono = now_ns(CLOCK_MONOTONIC);

		offset = now_ns(CLOCK_REALTIME) - mono;
	}
	return offset;
}

static void syscall_times(struct jbuf *j, struct tracee *t, int returned)
{
	uint64_t start = ts_ns(&t->call_start), end = ts_ns(&t->call_end);

	jb_lit(j, ",\"ts_ns\":");
	jb_u64(j, start + real_offset());
	if (returned && end >= start) {
		jb_lit(j, ",\"dur_ns\":");
		jb_u64(j, end - start);
	} else {
		jb_lit(j, ",\"dur_ns\":null");
	}
}

static void syscall_result(struct jbuf *j, struct tracee *t, const struct capture *c,
			   int returned)
{
	const struct xlat_entry *e;

	if (!returned) {
		jb_lit(j, ",\"ret\":null,\"errno\":null,\"errmsg\":null,\"unfinished\":true");
	} else if (t->err) {
		e = xlat_find(&xlat_errnos, t->err);
		jb_lit(j, ",\"ret\":-1,\"errno\":");
		if (e)
			jb_cstr(j, e->name);
		else
			jb_printf(j, "%d", t->err);
		jb_lit(j, ",\"errmsg\":");
		if (e && e->text)
			jb_cstr(j, e->text);
		else
			jb_lit(j, "null");
		jb_lit(j, ",\"unfinished\":false");
	} else {
		jb_lit(j, ",\"ret\":");
		jb_i64(j, t->rval);
		jb_lit(j, ",\"errno\":null,\"errmsg\":null,\"unfinished\":false");
	}
	jb_lit(j, ",\"ret_text\":");
	if (c->mark[CAP_RET] >= 0)
		jb_str(j, c->text + c->mark[CAP_RET], c->len - c->mark[CAP_RET]);
	else
		jb_lit(j, "null");
}

static void syscall_object(struct jbuf *j, struct tracee *t, const struct capture *c,
			   int unfinished)
{
	int returned = !unfinished && c->mark[CAP_RET] >= 0 && t->exiting &&
		       strcmp(c->text + c->mark[CAP_RET], "?") != 0;
	size_t a = c->mark[CAP_ARGS], b = c->mark[CAP_ARGS_END] >= 0 ?
		(size_t)c->mark[CAP_ARGS_END] : c->len;
	int nargs = t->se ? t->se->nargs : 6, open = 0;

	begin_object(j, "syscall", t);
	syscall_times(j, t, returned);
	jb_lit(j, ",\"syscall\":");
	jb_str(j, c->text, a - 1);	/* the name as printed, "syscall_0x..." when unknown */
	jb_lit(j, ",\"nr\":");
	jb_u64(j, t->nr);
	jb_lit(j, ",\"arch\":");
	jb_cstr(j, t->arch ? t->arch->name : "?");
	if (b - a >= 2 && memcmp(c->text + b - 2, ", ", 2) == 0) {
		b -= 2;	/* the entry half's separator: the rest was never printed */
		open = 1;
	}
	jb_lit(j, ",\"args\":");
	if (a < b)
		json_items(j, c, a, b);
	else
		jb_lit(j, "[]");
	if (open)
		jb_lit(j, ",\"args_open\":true");
	if (c->mark[CAP_ARGS_END] >= 0 &&
	    strncmp(c->text + c->mark[CAP_ARGS_END], " <unfinished ...>", 17) == 0)
		jb_lit(j, ",\"args_cut\":true");	/* strace: not all arguments were shown */
	jb_lit(j, ",\"raw_args\":[");
	for (int i = 0; i < nargs; i++) {
		if (i)
			jb_put(j, ",", 1);
		jb_u64(j, t->args[i]);
	}
	jb_lit(j, "]");
	syscall_result(j, t, c, returned);
	jb_lit(j, "}");
}

/* "--- SIGCHLD {si_signo=...} ---" and "--- stopped by SIGSTOP ---" */
static void signal_object(struct jbuf *j, struct tracee *t, const struct capture *c)
{
	const char *s = c->text + 4, *brace = strstr(s, " {");
	size_t end = c->len - 4;

	begin_object(j, "signal", t);
	jb_printf(j, ",\"ts_ns\":%" PRIu64, now_ns(CLOCK_REALTIME));
	if (strncmp(s, "stopped by ", 11) == 0) {
		jb_lit(j, ",\"signal\":");
		jb_str(j, s + 11, end - (s + 11 - c->text));
		jb_lit(j, ",\"stopped\":true}");
		return;
	}
	jb_lit(j, ",\"signal\":");
	jb_str(j, s, brace ? (size_t)(brace - s) : end - 4);
	jb_lit(j, ",\"siginfo\":");
	if (brace)
		json_value(j, c, brace + 1 - c->text, end);
	else
		jb_lit(j, "null");
	jb_lit(j, "}");
}

static void exit_object(struct jbuf *j, struct tracee *t, const struct capture *c)
{
	int status;
	char sig[64];

	if (sscanf(c->text, "+++ exited with %d +++", &status) == 1) {
		begin_object(j, "exit", t);
		jb_printf(j, ",\"status\":%d,\"signal\":null,\"core_dumped\":false}", status);
	} else if (sscanf(c->text, "+++ killed by %63s", sig) == 1) {
		begin_object(j, "killed", t);
		jb_lit(j, ",\"status\":null,\"signal\":");
		jb_cstr(j, sig);
		jb_printf(j, ",\"core_dumped\":%s}",
			  strstr(c->text, "(core dumped)") ? "true" : "false");
	} else {
		begin_object(j, "exec", t);	/* "+++ superseded by execve in pid N +++" */
		jb_lit(j, ",\"text\":");
		jb_str(j, c->text, c->len);
		jb_lit(j, "}");
	}
}

/* -k, -e read=/write=, -e kvm=vcpu+: the syscall, signal or exit object whose frames, dumps
 * or structures come next, and where it goes */
static struct tracee *frames_for;
static struct jbuf frames_obj;
static struct outfile *frames_to;

static int is_signal_line(const struct capture *c)
{
	return strncmp(c->text, "--- ", 4) == 0 && c->len > 8;
}

static void json_line(struct tracee *t, struct capture *c, int unfinished, struct outfile *o)
{
	static struct jbuf j;

	if (frames_for == t && c->mark[CAP_ARGS] > 0) {
		frames_obj.len = 0;
		syscall_object(&frames_obj, t, c, unfinished);
		frames_to = where(t, o, 1);
		return;
	}
	if (frames_for == t && is_signal_line(c)) {
		frames_obj.len = 0;
		signal_object(&frames_obj, t, c);
		frames_to = where(t, o, 0);
		return;
	}
	if (frames_for == t && strncmp(c->text, "+++ ", 4) == 0) {
		frames_obj.len = 0;
		exit_object(&frames_obj, t, c);
		frames_to = where(t, o, 0);
		return;
	}
	frames_for = NULL;
	if (c->mark[CAP_ARGS] > 0) {
		syscall_object(&j, t, c, unfinished);
	} else if (is_signal_line(c)) {
		signal_object(&j, t, c);
	} else if (strncmp(c->text, "+++ ", 4) == 0) {
		exit_object(&j, t, c);
	} else {
		begin_object(&j, "text", t);
		jb_lit(&j, ",\"text\":");
		jb_str(&j, c->text, c->len);
		jb_lit(&j, "}");
	}
	emit(&j, where(t, o, 1));
}

void json_frames_expect(struct tracee *t)
{
	if ((opt.json || opt.json_file) && !(t->flags & TF_HIDDEN))
		frames_for = t;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * The bytes of one dump line " | 00010  68 65 ...  hello... |" appended to the dump being
 * gathered: the 16 hex columns after the offset, two digits and a blank each, one more
 * blank after the eighth.
 */
static void dump_line_bytes(struct jbuf *bytes, const char *line, size_t n)
{
	for (size_t i = 0; i < 16; i++) {
		size_t at = 10 + i * 3 + (i >= 8);
		int hi, lo;
		char byte;

		if (at + 2 > n)
			return;
		hi = hex_digit(line[at]);
		lo = hex_digit(line[at + 1]);
		if (hi < 0 || lo < 0)
			return;	/* the last line's blank columns */
		byte = (char)(hi << 4 | lo);
		jb_put(bytes, &byte, 1);
	}
}

/* One item of "dump": the buffer's index (null for a call's one buffer) and its bytes. */
static void dump_item(struct jbuf *j, long buffer, const struct jbuf *bytes, int *first)
{
	if (!*first)
		jb_lit(j, ",");
	*first = 0;
	jb_lit(j, "{\"buffer\":");
	if (buffer < 0)
		jb_lit(j, "null");
	else
		jb_i64(j, buffer);
	jb_lit(j, ",\"bytes\":");
	jb_bytes(j, bytes->p ? bytes->p : "", bytes->len);
	jb_lit(j, "}");
}

/* -e kvm=vcpu+: the struct kvm_run lines " VCPU:0< {...}" (before the run) and
 * " VCPU:0> {...}" (after it) below the call, as "kvm_run": {vcpu, entry, exit}, each
 * structure a value as the arguments' are. */
static void kvm_run_lines(struct jbuf *j, const struct capture *c, size_t from)
{
	int first = 1;

	for (size_t at = from; at < c->len;) {
		const char *line = c->text + at, *nl = memchr(line, '\n', c->len - at);
		size_t n = nl ? (size_t)(nl - line) : c->len - at;
		const char *brace = memchr(line, '{', n);
		int vcpu, used = 0;
		char dir;

		if (brace && sscanf(line, " VCPU:%d%c %n", &vcpu, &dir, &used) == 2 &&
		    line + used == brace && (dir == '<' || dir == '>')) {
			if (first)
				jb_printf(j, ",\"kvm_run\":{\"vcpu\":%d", vcpu);
			first = 0;
			if (dir == '<')
				jb_lit(j, ",\"entry\":");
			else
				jb_lit(j, ",\"exit\":");
			json_value(j, c, at + (size_t)(brace - line), at + n);
		}
		at += n + 1;
	}
	if (!first)
		jb_lit(j, "}");
}

/* What strace prints below the call: -e read=/write= dumps, then -k's frames, then
 * -e kvm=vcpu+'s structures. */
static void after_lines(struct jbuf *j, const struct capture *c)
{
	static struct jbuf bytes;
	size_t from = c->mark[CAP_MORE] >= 0 ? (size_t)c->mark[CAP_MORE] : c->len;
	long buffer = -1;
	int first = 1, in_dump = 0;
	unsigned long long len, index;

	for (size_t at = from; at < c->len;) {
		const char *line = c->text + at, *nl = memchr(line, '\n', c->len - at);
		size_t n = nl ? (size_t)(nl - line) : c->len - at;

		if (n >= 3 && memcmp(line, " | ", 3) == 0) {
			if (!in_dump) {
				if (first)
					jb_lit(j, ",\"dump\":[");
				bytes.len = 0;
				in_dump = 1;
			}
			dump_line_bytes(&bytes, line, n);
		} else if (sscanf(line, " * %llu bytes in buffer %llu", &len, &index) == 2) {
			if (in_dump)
				dump_item(j, buffer, &bytes, &first);
			else if (first)
				jb_lit(j, ",\"dump\":[");
			in_dump = 1;	/* a buffer's dump, even of no line */
			bytes.len = 0;
			buffer = (long)index;
		}
		at += n + 1;
	}
	if (in_dump) {
		dump_item(j, buffer, &bytes, &first);
		jb_lit(j, "]");
	}
	if (opt.kvm_vcpu > 1)
		kvm_run_lines(j, c, from);
	if (!opt.stack_trace)
		return;
	jb_lit(j, ",\"frames\":[");
	first = 1;
	for (size_t at = from; at < c->len;) {
		const char *line = c->text + at, *nl = memchr(line, '\n', c->len - at);
		size_t n = nl ? (size_t)(nl - line) : c->len - at;

		if (n >= 3 && memcmp(line, " > ", 3) == 0) {
			if (!first)
				jb_lit(j, ",");
			first = 0;
			jb_str(j, line + 3, n - 3);
		}
		at += n + 1;
	}
	jb_lit(j, "]");
}

/* The call's, signal's or exit's object, held since its line ended, takes what was printed
 * below it. */
void json_frames_done(struct tracee *t)
{
	struct capture *c = t->capture;

	if (frames_for != t || !frames_obj.len || !c)
		return;
	frames_for = NULL;
	frames_obj.len--;	/* reopen the object */
	after_lines(&frames_obj, c);
	jb_lit(&frames_obj, "}");
	emit(&frames_obj, frames_to);
}

void json_status_release(struct tracee *t, int keep)
{
	struct capture *c = t->capture;

	if (!json_out || !c || !c->held)
		return;
	outfile_memory_commit(c->held, keep ? json_out : NULL);
}

/* attach, detach and the like: the notes strace writes on standard error */
void json_event(struct tracee *t, pid_t pid, const char *what, struct outfile *o)
{
	static struct jbuf j;

	if (opt.count == 1)
		return;	/* -c: the summary only, as in the text */
	jb_lit(&j, "{\"type\":");
	jb_cstr(&j, what);
	jb_printf(&j, ",\"pid\":%d", pid);
	if (t)
		jb_printf(&j, ",\"tgid\":%d", t->capture ? tracee_tgid(t) : pid);
	jb_printf(&j, ",\"ts_ns\":%" PRIu64 "}", now_ns(CLOCK_REALTIME));
	emit(&j, where(t, o, 0));
}

/* A process that now runs in another personality: strace's "[ Process PID=N runs in ...". */
void json_personality(struct tracee *t, const char *mode, struct outfile *o)
{
	static struct jbuf j;

	if (opt.count == 1)
		return;
	jb_printf(&j, "{\"type\":\"personality\",\"pid\":%d,\"tgid\":%d,\"mode\":", t->pid,
		  t->capture ? tracee_tgid(t) : t->pid);
	jb_cstr(&j, mode);
	jb_printf(&j, ",\"ts_ns\":%" PRIu64 "}", now_ns(CLOCK_REALTIME));
	emit(&j, where(t, o, 0));
}

/* A new process or thread and the one that made it. */
void json_spawn(pid_t pid, pid_t parent, struct outfile *o)
{
	static struct jbuf j;

	if (opt.count == 1)
		return;
	jb_printf(&j, "{\"type\":\"spawn\",\"pid\":%d,\"parent\":%d,\"ts_ns\":%" PRIu64 "}",
		  pid, parent, now_ns(CLOCK_REALTIME));
	emit(&j, where(NULL, o, 0));
}

/* The first line of every JSON stream (each -ff file has its own; stderr has one). */
void json_header(struct outfile *o)
{
	int argc = main_argc;
	char **argv = main_argv;
	static uint64_t start;
	static int stderr_done;
	struct jbuf j = { 0 };

	if (json_out && o != json_out)
		return;
	if (o == outfile_stderr()) {
		if (stderr_done)
			return;	/* a message came first, or the report's object */
		stderr_done = 1;
	}
	if (!start)
		start = now_ns(CLOCK_REALTIME);
	jb_printf(&j, "{\"type\":\"header\",\"schema\":%d,\"strc_version\":", JSON_SCHEMA_VERSION);
	jb_cstr(&j, strc_version);
	jb_lit(&j, ",\"argv\":[");
	for (int i = 0; i < argc; i++) {
		if (i)
			jb_lit(&j, ",");
		jb_bytes(&j, argv[i], strlen(argv[i]));
	}
	jb_printf(&j, "],\"start_ns\":%" PRIu64 ",\"strings_in_hex\":%d,\"max_strlen\":%d}",
		  start, opt.xflag, opt.max_strlen);
	emit(&j, o);	/* o is the stream's file itself */
	free(j.p);
}

/*
 * Where an object written at the end goes (the summary, the report): --json-file's file,
 * else main_out, the trace's stream; on stderr the header comes first if nothing has
 * written it (the trace went nowhere, or to -ff's files).
 */
static struct outfile *closing_stream(struct outfile *main_out)
{
	if (json_out)
		return json_out;
	if (main_out == outfile_stderr())
		json_header(main_out);
	return main_out;
}

/* ---- -c/-C: the summary table's rows, read from the text the summary printed ---- */

#define SUM_COLS 16

struct sum_table {
	int open, rows;		/* between the header's rule and the total's */
	int ncols;
	char key[SUM_COLS][16];	/* each column's, from the header over the rule's spans */
};

static int is_rule(const char *line, size_t n)
{
	size_t dashes = 0;

	for (size_t i = 0; i < n; i++) {
		if (line[i] != '-' && line[i] != ' ')
			return 0;
		dashes += line[i] == '-';
	}
	return dashes > 0;
}

/* The columns' spans from the rule, their keys from the header line above it. */
static void sum_columns(struct sum_table *tb, const char *head, size_t hn, const char *rule,
			size_t n)
{
	tb->ncols = 0;
	for (size_t i = 0; i < n && tb->ncols < SUM_COLS;) {
		size_t a = i, k = 0;
		char *key = tb->key[tb->ncols];

		while (i < n && rule[i] == '-')
			i++;
		for (size_t c = a; c < hn && (c < i || i == n) && k + 1 < sizeof(tb->key[0]); c++) {
			char ch = head[c];

			if (ch == ' ' || ch == '%')
				continue;
			key[k++] = ch == '-' || ch == '/' ? '_' : ch;
		}
		key[k] = '\0';
		if (!strcmp(key, "time"))
			strcpy(key, "percent");	/* "% time" */
		else if (!strcmp(key, "usecs_call"))
			strcpy(key, "usecs_per_call");
		tb->ncols++;
		while (i < n && rule[i] == ' ')
			i++;
	}
}

/*
 * One row: its words in the columns' order, numbers as numbers, the name as a string. Only
 * the errors cell can be blank (no errors): a row one word short has none there. Words,
 * not the rule's spans, so that a value wider than its column still reads.
 */
static void sum_row(struct jbuf *j, const struct sum_table *tb, const char *line, size_t n)
{
	const char *word[SUM_COLS];
	size_t len[SUM_COLS];
	int nw = 0, w = 0;

	for (size_t i = 0; i < n && nw < SUM_COLS;) {
		while (i < n && line[i] == ' ')
			i++;
		if (i == n)
			break;
		word[nw] = line + i;
		while (i < n && line[i] != ' ')
			i++;
		len[nw] = line + i - word[nw];
		nw++;
	}
	jb_lit(j, "{");
	for (int c = 0; c < tb->ncols; c++) {
		int blank = !strcmp(tb->key[c], "errors") && nw < tb->ncols;

		if (c)
			jb_lit(j, ",");
		jb_cstr(j, tb->key[c]);
		jb_lit(j, ":");
		if (blank || w >= nw)
			jb_puts(j, strcmp(tb->key[c], "syscall") ? "0" : "\"\"");
		else if (!strcmp(tb->key[c], "syscall"))
			jb_str(j, word[w], len[w]);
		else
			jb_put(j, word[w], len[w]);
		w += !blank;
	}
	jb_lit(j, "}");
}

/* "System call usage summary for pid N (comm):" or "... for 32 bit mode:" */
static void sum_title(const char *line, size_t n, int *pid, const char **comm, size_t *comm_len,
		      const char **mode, size_t *mode_len)
{
	const char *for_ = "System call usage summary for ";
	size_t k = strlen(for_);

	if (n < k + 2 || line[n - 1] != ':')
		return;
	if (sscanf(line + k, "pid %d (", pid) == 1) {
		const char *open = memchr(line, '(', n);

		*comm = open ? open + 1 : line + n;
		*comm_len = open && n >= 2 ? (size_t)(line + n - 2 - *comm) : 0;
		*mode = NULL;
	} else {
		*mode = line + k;
		*mode_len = n - 1 - k;
	}
}

static void summary_tables(struct jbuf *j, const char *text, size_t len)
{
	struct sum_table tb = { 0 };
	const char *prev = NULL, *comm = NULL, *mode = NULL;
	size_t prev_n = 0, comm_len = 0, mode_len = 0;
	int pid = 0, ntables = 0;

	jb_lit(j, ",\"tables\":[");
	for (size_t at = 0; at < len;) {
		const char *line = text + at, *nl = memchr(line, '\n', len - at);
		size_t n = nl ? (size_t)(nl - line) : len - at;

		at += n + 1;
		if (!tb.open && n > 30 && !memcmp(line, "System call usage summary for ", 30)) {
			sum_title(line, n, &pid, &comm, &comm_len, &mode, &mode_len);
		} else if (!tb.open && prev && is_rule(line, n)) {
			sum_columns(&tb, prev, prev_n, line, n);
			tb.open = 1;
			tb.rows = 0;
			if (ntables++)
				jb_lit(j, ",");
			jb_lit(j, "{\"pid\":");
			if (comm)
				jb_i64(j, pid);
			else
				jb_lit(j, "null");
			jb_lit(j, ",\"comm\":");
			if (comm)
				jb_str(j, comm, comm_len);
			else
				jb_lit(j, "null");
			jb_lit(j, ",\"mode\":");
			if (mode)
				jb_str(j, mode, mode_len);
			else
				jb_lit(j, "null");
			jb_lit(j, ",\"rows\":[");
			mode = NULL;
		} else if (tb.open == 1 && is_rule(line, n)) {
			jb_lit(j, "],\"total\":");
			tb.open = 2;	/* the total's row comes next */
		} else if (tb.open == 1) {
			if (tb.rows++)
				jb_lit(j, ",");
			sum_row(j, &tb, line, n);
		} else if (tb.open == 2) {
			sum_row(j, &tb, line, n);
			jb_lit(j, "}");
			tb.open = 0;
		}
		prev = line;
		prev_n = n;
	}
	if (tb.open == 1)
		jb_lit(j, "],\"total\":null");
	if (tb.open)
		jb_lit(j, "}");
	jb_lit(j, "]");
}

/* The -c/-C table as one object: its text, as the summary prints it, and its rows. */
void json_summary(const char *text, size_t n, struct outfile *o)
{
	struct jbuf j = { 0 };

	jb_lit(&j, "{\"type\":\"summary\",\"ts_ns\":");
	jb_u64(&j, now_ns(CLOCK_REALTIME));
	jb_lit(&j, ",\"table\":");
	jb_str(&j, text, n);
	summary_tables(&j, text, n);
	jb_lit(&j, "}");
	emit(&j, closing_stream(o));
	free(j.p);
}

/*
 * The report's object (src/report_json.c made it): into --json-file's file, else into the
 * stream the trace went to. That stream had no header when it was not written (--report
 * without -o sends the trace nowhere; -ff's go to files of their own): standard error gets
 * the header, then the report.
 */
void json_report(struct jbuf *j, struct outfile *main_out)
{
	emit(j, closing_stream(main_out));
}

/*
 * strc's own message (a warning, -d's notes, the error it dies of) as an object on the JSON
 * stream that is stderr, after the header: nothing but JSON on it.
 */
static void json_message(const char *level, const char *text)
{
	struct outfile *err = outfile_stderr();
	struct jbuf j = { 0 };

	json_header(err);
	jb_lit(&j, "{\"type\":\"message\",\"level\":");
	jb_cstr(&j, level);
	jb_lit(&j, ",\"ts_ns\":");
	jb_u64(&j, now_ns(CLOCK_REALTIME));
	jb_lit(&j, ",\"text\":");
	jb_bytes(&j, text, strlen(text));
	jb_lit(&j, "}");
	emit(&j, err);
	free(j.p);
}

/* From now on strc's messages go to the JSON stream on stderr (the usage errors do not). */
void json_messages(int argc, char **argv, const char *version)
{
	main_argc = argc;
	main_argv = argv;
	strc_version = version;
	message_set_hook(json_message);
}

/* --json-file=FILE (opened here, the same errors as -o) or --json: the capture renders. */
void json_init(int argc, char **argv, const char *version)
{
	main_argc = argc;
	main_argv = argv;
	strc_version = version;
	if (opt.json_file) {
		json_out = outfile_open(opt.json_file);
		if (!json_out)
			die("Can't fopen '%s': %s", opt.json_file, strerror(errno));
	}
	capture_enable(json_line, !opt.json_file);
	if (json_out)
		json_header(json_out);
}

struct outfile *json_output(void)
{
	return json_out;
}
