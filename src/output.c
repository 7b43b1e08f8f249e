/*
 * output.c: buffered output files, the current line, its prefix, and alignment: the
 * output floor, above memory and below the value printers. The prefix's pid and times come
 * from pids.c and timing.c, on the same floor.
 *
 * strace writes a syscall's line in two halves, at entry and at exit. When another tracee
 * prints in between, the open line is ended with " <unfinished ...>" and finished later on a
 * line of its own beginning "<... NAME resumed>". Each output file remembers whose line is
 * open on it; with -ff every process has its own file and is never cut.
 *
 * The capture: while a tracee's line is open, what is written is also kept in its struct
 * capture, without the prefix, the -a padding or the cut/resume markers, the entry and exit
 * halves of a call joined. One capture serves both its readers: another rendering (JSON) is
 * made from it, with the atoms the value printers record, and the failure report keeps its
 * text (capture_line). In the mode that replaces the text, the text goes only to the
 * capture, the renderer writes the line, and no line is ever cut (each tracee's capture is
 * its own).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "output.h"
#include "strc.h"
#include "timing.h"

#define OUTBUF_SIZE (64 * 1024)

struct outfile {
	int fd;
	int line_flush;		/* write out at every line end (a terminal, stderr) */
	size_t len;
	int col;		/* column of the next character on the current line */
	struct tracee *owner;	/* whose line is open, NULL at a line start */
	int cut_owed;		/* the next line starts with " <unfinished ...>" (-e kvm=vcpu+) */
	struct outfile *next;
	char *path;		/* -o's file, named when a write to it fails */
	char *spill;		/* a memory file: what did not fit in buf */
	size_t spill_len;
	char buf[OUTBUF_SIZE];
};

static struct outfile *all_files;
/* bytes went into a buffer since output_flush_all last ran: the loop's cheap way to know
 * whether it has anything to write before it blocks (see output_pending) */
static int unflushed;
static struct outfile *cur;	/* where tprintf and friends write */
static capture_done_fn capture_done;	/* NULL: no capture */
static int text_replaced;	/* the renderer writes the lines, the text is dropped */
static struct tracee *cap_t;	/* whose capture the writes extend */
static int sep_holding;		/* a trailing ", " is kept back (output_sep_hold) */
static int sep_kept;		/* ", " is kept back, to be written before the next write */
static int capture_wanted;	/* the report reads each line (output_capture_enable) */
static int muted;		/* output_mute: everything written is dropped */

/* A line is captured for JSON's renderer, for the report, or both. */
static int capturing(void)
{
	return capture_done || capture_wanted;
}

void output_capture_enable(void)
{
	capture_wanted = 1;
}

static struct outfile *outfile_new(int fd, int line_flush)
{
	struct outfile *o = calloc(1, sizeof(*o));

	if (!o)
		die("out of memory");
	o->fd = fd;
	o->line_flush = line_flush;
	o->next = all_files;
	all_files = o;
	return o;
}

struct outfile *outfile_open(const char *path)
{
	return outfile_open_mode(path, opt.append);
}

struct outfile *outfile_open_mode(const char *path, int append)
{
	int fd = open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC) | O_CLOEXEC, 0666);
	struct outfile *o;

	if (fd < 0)
		return NULL;
	o = outfile_new(fd, 0);
	o->path = strdup(path);
	return o;
}

static struct outfile *pipe_out;	/* -o '|CMD' or '!CMD' */
static pid_t pipe_pid;

/*
 * -o '|CMD' (or '!CMD'): the trace goes to CMD's standard input, CMD run by /bin/sh.
 * The write end is close-on-exec, so the command traced does not hold it open.
 */
struct outfile *outfile_pipe(const char *cmd)
{
	int fds[2];

	if (pipe2(fds, O_CLOEXEC) < 0)
		die("pipe: %s", strerror(errno));
	pipe_pid = fork();
	if (pipe_pid < 0)
		die("fork: %s", strerror(errno));
	if (pipe_pid == 0) {
		if (dup2(fds[0], STDIN_FILENO) < 0)
			_exit(127);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	pipe_out = outfile_new(fds[1], 0);
	return pipe_out;
}

/* At the end: CMD sees end-of-file, and strc waits for it to finish its output. */
void outfile_pipe_finish(void)
{
	int status;

	if (!pipe_out)
		return;
	outfile_close(pipe_out);
	pipe_out = NULL;
	while (waitpid(pipe_pid, &status, 0) < 0 && errno == EINTR)
		;
}

static struct outfile *stderr_file;	/* the trace's on stderr, once opened */

struct outfile *outfile_stderr(void)
{
	if (!stderr_file)
		stderr_file = outfile_new(STDERR_FILENO, 1);
	return stderr_file;
}


void output_use(struct outfile *o)
{
	cur = o;
}

int outfile_fd(const struct outfile *o)
{
	return o->fd;
}

/* A memory file (fd -1) grows instead of writing. */
static void memory_spill(struct outfile *o)
{
	char *p = realloc(o->spill, o->spill_len + o->len);

	if (!p)
		die("out of memory");
	memcpy(p + o->spill_len, o->buf, o->len);
	o->spill = p;
	o->spill_len += o->len;
	o->len = 0;
}

void outfile_flush(struct outfile *o)
{
	size_t done = 0;

	if (o->fd < 0) {
		memory_spill(o);
		return;
	}

	while (done < o->len) {
		ssize_t n = write(o->fd, o->buf + done, o->len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			/* a full disk must not stop the tracees: said, as strace says it, and lost */
			if (n < 0 && o->path)
				fprintf(stderr, "%s: %s: %s\n", opt.progname, o->path,
					strerror(errno));
			break;
		}
		done += n;
	}
	o->len = 0;
}

void output_flush_all(void)
{
	if (!unflushed)
		return;
	for (struct outfile *o = all_files; o; o = o->next)
		outfile_flush(o);
	unflushed = 0;
}

/* Whether output_flush_all has anything to write (perhaps only a memory file's bytes). */
int output_pending(void)
{
	return unflushed;
}

void outfile_close(struct outfile *o)
{
	struct outfile **p;

	outfile_flush(o);
	for (p = &all_files; *p; p = &(*p)->next) {
		if (*p == o) {
			*p = o->next;
			break;
		}
	}
	if (o->fd != STDERR_FILENO)
		close(o->fd);
	if (cur == o)
		cur = NULL;
	free(o->path);
	free(o);
}

/* A file in memory, not in the flushed list: -e status= holds a call's line in one. */
struct outfile *outfile_memory(void)
{
	struct outfile *o = calloc(1, sizeof(*o));

	if (!o)
		die("out of memory");
	o->fd = -1;
	return o;
}

/* Appends memory file m's complete lines to o (or drops them when o is NULL), empties m. */
void outfile_memory_commit(struct outfile *m, struct outfile *o)
{
	struct outfile *save = cur;

	if (o) {
		cur = o;
		outfile_write(o, m->spill, m->spill_len);
		outfile_write(o, m->buf, m->len);
		o->col = 0;
		o->owner = NULL;
		if (o->line_flush)
			outfile_flush(o);
		cur = save == m ? o : save;
	} else if (save == m) {
		cur = NULL;
	}
	free(m->spill);
	m->spill = NULL;
	m->spill_len = 0;
	m->len = 0;
	m->col = 0;
	m->owner = NULL;
}

char *outfile_memory_text(struct outfile *m, size_t *n)
{
	memory_spill(m);
	*n = m->spill_len;
	return m->spill;
}

void outfile_memory_free(struct outfile *m)
{
	if (cur == m)
		cur = NULL;
	free(m->spill);
	free(m);
}

void outfile_write(struct outfile *o, const char *s, size_t n)
{
	while (n > 0) {
		size_t room = sizeof(o->buf) - o->len;
		size_t k = n < room ? n : room;

		memcpy(o->buf + o->len, s, k);
		o->len += k;
		unflushed = 1;
		o->col += k;
		s += k;
		n -= k;
		if (o->len == sizeof(o->buf))
			outfile_flush(o);
	}
}

void outfile_line_written(struct outfile *o)
{
	o->col = 0;
	if (o->line_flush)
		outfile_flush(o);
}

static void grow(void **p, size_t *size, size_t need, size_t elem)
{
	size_t n = *size ? *size : 256;

	if (need <= *size)
		return;
	while (n < need)
		n *= 2;
	*p = realloc(*p, n * elem);
	if (!*p)
		die("out of memory");
	*size = n;
}

static void capture_text(const char *s, size_t n)
{
	struct capture *c = cap_t->capture;

	grow((void **)&c->text, &c->size, c->len + n + 1, 1);
	memcpy(c->text + c->len, s, n);
	c->len += n;
	c->text[c->len] = 0;
}

/*
 * Atoms are JSON's alone: without its renderer the printers need not record them. A
 * separator kept back is written before the next value: that value starts after it.
 */
long capture_pos(void)
{
	return cap_t && capture_done ? (long)cap_t->capture->len + (sep_kept ? 2 : 0) : -1;
}

void capture_atom(int kind, unsigned flags, long start, const void *bytes, size_t n)
{
	struct capture *c;
	struct atom *a;

	if (!cap_t || start < 0 || muted)
		return;
	c = cap_t->capture;
	grow((void **)&c->atoms, &c->atoms_size, c->natoms + 1, sizeof(*a));
	grow((void **)&c->bytes, &c->bytes_size, c->nbytes + n + 1, 1);
	a = &c->atoms[c->natoms++];
	a->kind = kind;
	a->flags = flags;
	a->start = start;
	a->end = c->len;
	a->off = c->nbytes;
	a->len = n;
	memcpy(c->bytes + c->nbytes, bytes, n);
	c->nbytes += n;
}

void capture_mark(int which)
{
	if (cap_t && !muted)
		cap_t->capture->mark[which] = cap_t->capture->len;
}

static void capture_begin(struct tracee *t)
{
	struct capture *c = t->capture;

	if (!c) {
		c = calloc(1, sizeof(*c));
		if (!c)
			die("out of memory");
		t->capture = c;
	}
	c->len = 0;
	if (c->text)
		c->text[0] = '\0';	/* capture_line: this line's text, never the last one's */
	c->natoms = 0;
	c->nbytes = 0;
	for (int i = 0; i < CAP_NMARKS; i++)
		c->mark[i] = -1;
	c->open = 1;
	cap_t = t;
}

/* Hands t's open line to the renderer: whole when its end was written, else cut short. */
static void capture_finish(struct tracee *t, int unfinished)
{
	struct capture *c = t->capture;
	struct outfile *save = cur;

	if (!c || !c->open)
		return;
	c->open = 0;
	if (cap_t == t)
		cap_t = NULL;
	if (capture_done)
		capture_done(t, c, unfinished, t->out);
	cur = save;
}

void capture_end(struct tracee *t)
{
	capture_finish(t, 1);
}

/* The text of t's last line (or the one still open), NULL when none was captured. */
const char *capture_line(const struct tracee *t)
{
	const struct capture *c = t->capture;

	return c && c->text ? c->text : NULL;
}

void capture_reopen(struct tracee *t)
{
	if (!capture_done || !t->capture)
		return;
	t->capture->mark[CAP_MORE] = t->capture->len;
	cap_t = t;
}

void capture_close(struct tracee *t)
{
	if (cap_t == t)
		cap_t = NULL;
}

void capture_free(struct tracee *t)
{
	struct capture *c = t->capture;

	if (cap_t == t)
		cap_t = NULL;
	if (!c)
		return;
	free(c->text);
	free(c->atoms);
	free(c->bytes);
	free(c);
	t->capture = NULL;
}

void capture_enable(capture_done_fn done, int replace_text)
{
	capture_done = done;
	text_replaced = replace_text;
}

/*
 * --color and -N: a call's arguments are gathered here, one half at a time, and written
 * through colour.c when the half is done; the marks the printers add go only here.
 */
int out_gathering;
static char *gathered;
static size_t gathered_len, gathered_size;

static void gather(const char *s, size_t n)
{
	grow((void **)&gathered, &gathered_size, gathered_len + n, 1);
	memcpy(gathered + gathered_len, s, n);
	gathered_len += n;
}

static void write_all(const char *s, size_t n)
{
	if (muted)
		return;
	if (cap_t)
		capture_text(s, n);
	if (cur && !text_replaced) {
		if (out_gathering)
			gather(s, n);
		else
			outfile_write(cur, s, n);
	}
}

static void write_kept_sep(void)
{
	if (sep_kept) {
		sep_kept = 0;
		write_all(", ", 2);
	}
}

/* Before a message on stderr: the line so far, a kept-back ", " included, as strace's
 * unbuffered stream has it (a line gathered for --color or -N stays whole). */
void output_flush_stderr(void)
{
	if (!stderr_file)
		return;
	if (cur == stderr_file && !out_gathering)
		write_kept_sep();
	if (stderr_file->len)
		outfile_flush(stderr_file);
}

/* A mark for --color: after a kept-back ", ", which belongs before the token it opens. */
void out_mark_put(char m)
{
	if (muted)
		return;
	write_kept_sep();
	if (cur && !text_replaced)
		gather(&m, 1);
}

/*
 * A printer run only to learn what it returns (whether a decoder knows a request): what it
 * writes goes nowhere, and the kept-back separator is as it was.
 */
static int muted_sep_holding, muted_sep_kept;

void output_mute(void)
{
	muted_sep_holding = sep_holding;
	muted_sep_kept = sep_kept;
	muted = 1;
}

void output_unmute(void)
{
	muted = 0;
	sep_holding = muted_sep_holding;
	sep_kept = muted_sep_kept;
}

/* 1: the entry half ends with a separator strace prints at entry (output_sep_entry) */
static int sep_at_entry;

void output_sep_entry(void)
{
	write_kept_sep();
	write_all(", ", 2);
	sep_at_entry = 1;
}

void output_sep_hold(void)
{
	sep_holding = 1;
	sep_kept = 0;
}

int output_sep_take(void)
{
	int kept = sep_kept;

	sep_holding = 0;
	sep_kept = 0;
	return kept;
}

void output_sep_owe(void)
{
	sep_kept = 1;
}

void output_sep_drop(void)
{
	sep_kept = 0;
}

void twrite(const char *s, size_t n)
{
	write_kept_sep();
	if (sep_holding && n >= 2 && s[n - 2] == ',' && s[n - 1] == ' ') {
		n -= 2;
		sep_kept = 1;
	}
	write_all(s, n);
}

void tputs(const char *s)
{
	twrite(s, strlen(s));
}

void tputc(char c)
{
	struct outfile *o = cur;

	if (muted)
		return;
	write_kept_sep();
	if (cap_t)
		capture_text(&c, 1);
	if (!o || text_replaced)
		return;
	if (out_gathering) {
		gather(&c, 1);
		return;
	}
	if (o->len == sizeof(o->buf))
		outfile_flush(o);
	o->buf[o->len++] = c;
	o->col++;
	unflushed = 1;
}

void tprintf(const char *fmt, ...)
{
	char small[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof(small)) {
		twrite(small, n);
		return;
	}
	char *big = malloc(n + 1);
	if (!big)
		die("out of memory");
	va_start(ap, fmt);
	vsnprintf(big, n + 1, fmt, ap);
	va_end(ap);
	twrite(big, n);
	free(big);
}

/* Ends another tracee's open line on o, as strace does, so t can start its own; and the
 * line strace 7.2 thinks still open after -e kvm=vcpu+'s structures in a -ff file. */
static void cut_open_line(struct outfile *o, struct tracee *t)
{
	struct tracee *other = o->owner;

	if (o->cut_owed && !text_replaced) {
		struct outfile *save = cur;

		o->cut_owed = 0;
		cur = o;
		tputs(" <unfinished ...>");
		line_end();
		cur = save;
	}
	if (!other || other == t || text_replaced)
		return;
	struct outfile *save = cur;
	cap_t = NULL;	/* the marker is not part of other's call */
	cur = o;
	tputs(" <unfinished ...>");
	line_end();
	other->flags |= TF_UNFINISHED;
	cur = save;
}

/* "PID " at the start of a line, as -o with -f and --always-show-pid write it */
static void plain_pid_prefix(struct tracee *t)
{
	if (opt.decode_pids & 1) {
		print_tracee_pid(t, 0);
		tputc(' ');
	} else {
		tprintf("%-5d ", t->pid);
	}
}

/*
 * The line prefix, then the timestamps. Several processes in one output (-f, or several
 * -p without it; not the children followed silently for the filter's sake) are told
 * apart by their pid: "[pid N] " on a terminal while more than one
 * is traced, "PID " in a file.
 */
static void print_prefix(struct tracee *t)
{
	if (!opt.follow_ff && (opt.follow || (opt.npids && tracee_count() > 1))) {
		if (opt.outfile) {
			plain_pid_prefix(t);
		} else if (tracee_count() > 1) {
			out_colour(COL_PUNCT);
			tputc('[');
			out_colour(COL_ARGVAL);
			tputs("pid ");
			print_tracee_pid(t, 5);
			out_colour(COL_PUNCT);
			tputc(']');
			out_colour(COL_ARGVAL);
			tputc(' ');
		} else if (opt.always_show_pid) {
			plain_pid_prefix(t);
		}
	} else if (opt.always_show_pid) {
		plain_pid_prefix(t);
	}
	timing_prefix(t);
}

void output_owe_cut(struct outfile *o)
{
	o->cut_owed = 1;
}

void line_begin(struct tracee *t)
{
	struct outfile *o = t->out;

	capture_finish(t, 1);	/* t left a call open: it never reached its exit */
	cap_t = NULL;
	free(t->deferred);	/* ... and what it deferred to that exit */
	t->deferred = NULL;
	cut_open_line(o, t);
	cur = o;
	if (o->owner == t) {
		/* t left a line open (a call that never reached its exit) */
		line_end();
		cur = o;
	}
	o->owner = t;
	o->col = 0;
	t->flags &= ~TF_UNFINISHED;
	print_prefix(t);
	if (capturing())
		capture_begin(t);
}

void line_resume(struct tracee *t, const char *name)
{
	struct outfile *o = t->out;

	cap_t = NULL;
	if (text_replaced || (o->owner == t && !(t->flags & TF_UNFINISHED))) {
		cur = o;
		o->owner = t;
		if (t->capture && t->capture->open)
			cap_t = t;
		return;
	}
	cut_open_line(o, t);
	cur = o;
	o->owner = t;
	o->col = 0;
	print_prefix(t);
	tprintf("<... %s resumed>", name);
	t->flags &= ~TF_UNFINISHED;
	if (t->capture && t->capture->open)
		cap_t = t;
}

int line_open_for(struct tracee *t)
{
	return t->out && t->out->owner == t;
}

struct tracee *line_tracee(void)
{
	return cur ? cur->owner : NULL;
}

static void end_line(int reset)
{
	struct outfile *o = cur;

	if (cap_t)
		capture_finish(cap_t, 0);
	if (!o)
		return;
	if (reset && colour_on)
		out_colour(COL_RESET);
	tputc('\n');
	o->owner = NULL;
	o->col = 0;
	if (o->line_flush)
		outfile_flush(o);
}

void line_end(void)
{
	end_line(1);
}

/* A line strace ends without a reset under --color: -e read=/write='s dump lines. */
void line_end_plain(void)
{
	end_line(0);
}

/* strace puts the " = " so that its '=' lands in column -a (40), counting from 1. */
void tabto(void)
{
	int to = opt.align - 1;
	struct tracee *t = cap_t;

	cap_t = NULL;	/* the padding depends on the prefix, not part of the call */
	if (cur && cur->col < to)
		tprintf("%*s", to - cur->col, "");
	cap_t = t;
}

/* An escape: written to the file only, and no column (the -a alignment counts text). */
void out_colour(enum colour_class c)
{
	const char *code;
	size_t n;

	if (!colour_on || !cur || text_replaced || muted)
		return;
	code = colour_code(c);
	n = strlen(code);
	if (out_gathering) {
		gather(code, n);
		return;
	}
	outfile_write(cur, code, n);
	cur->col -= (int)n;
}

/* What colour.c writes: a mark it did not take is dropped, never written out. */
static void gathered_put(const char *s, size_t n)
{
	size_t from = 0;

	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)s[i] > OUT_MARK_LAST || !s[i])
			continue;
		outfile_write(cur, s + from, i - from);
		from = i + 1;
	}
	outfile_write(cur, s + from, n - from);
}

static void gathered_code(enum colour_class c)
{
	const char *code = colour_code(c);
	size_t n = strlen(code);

	outfile_write(cur, code, n);
	cur->col -= (int)n;
}

/* Writes the half gathered so far, each token coloured, -N's names put in. */
static void gathered_flush(struct tracee *t, int entry)
{
	out_gathering = 0;
	if (cur && !text_replaced)
		colour_args(t, gathered, gathered_len, entry, gathered_put, gathered_code);
	gathered_len = 0;
}

static int gathering_wanted(void)
{
	return colour_on || opt.arg_names;
}

void line_call_begin(struct tracee *t, const char *name)
{
	out_colour(COL_SYSCALL);
	tputs(name);
	out_colour(COL_PUNCT);
	tputc('(');
	out_colour(COL_ARGVAL);
	t->lex_name_due = 1;
	if (gathering_wanted()) {
		gathered_len = 0;
		out_gathering = 1;
	}
}

/*
 * Where the entry's text that strace prints at exit begins (-1: none). What a decoder
 * writes after line_args_defer at entry is held in the tracee and written at exit, the
 * kept-back separator with it; only while the arguments are gathered (--color, -N): plain
 * text cannot tell the difference, but where --color's reset falls can.
 */
static long defer_from = -1;

void line_args_defer(void)
{
	if (out_gathering && defer_from < 0)
		defer_from = (long)gathered_len;
}

static void hold_deferred(struct tracee *t)
{
	size_t n = gathered_len - (size_t)defer_from;

	free(t->deferred);
	t->deferred = malloc(n ? n : 1);
	if (!t->deferred)
		die("out of memory");
	memcpy(t->deferred, gathered + defer_from, n);
	t->deferred_len = n;
	gathered_len = (size_t)defer_from;
}

void line_args_pause(struct tracee *t)
{
	if (out_gathering) {
		if (defer_from >= 0)
			hold_deferred(t);
		gathered_flush(t, sep_at_entry ? 2 : 1);
	}
	defer_from = -1;
	sep_at_entry = 0;
}

void line_args_continue(struct tracee *t)
{
	if (gathering_wanted()) {
		gathered_len = 0;
		out_gathering = 1;
	}
	if (t->deferred) {
		if (out_gathering)
			gather(t->deferred, t->deferred_len);
		free(t->deferred);
		t->deferred = NULL;
	}
}

void line_args_close(struct tracee *t)
{
	if (out_gathering)
		gathered_flush(t, 0);
	out_colour(COL_PUNCT);
	tputc(')');
	out_colour(COL_RESET);
}

void line_equals(void)
{
	if (!colour_on) {
		tputs(" = ");
		return;
	}
	tputc(' ');
	out_colour(COL_PUNCT);
	tputc('=');
	out_colour(COL_RESET);
	out_colour(COL_RESET);
	tputc(' ');
}

/* A return value's " (...)" printed by a decoder: in the return value's colour. */
void line_aux_begin(void)
{
	if (!colour_on)
		return;
	gathered_len = 0;
	out_gathering = 1;
}

void line_aux_end(void)
{
	size_t i = 0, k = 0;

	if (!out_gathering)
		return;
	out_gathering = 0;
	for (size_t j = 0; j < gathered_len; j++)	/* the marks mean nothing here */
		if ((unsigned char)gathered[j] > OUT_MARK_LAST || !gathered[j])
			gathered[k++] = gathered[j];
	gathered_len = k;
	if (!k)		/* the decoder had nothing to say (outside -e verbose=) */
		return;
	if (gathered[0] == ' ') {
		tputc(' ');
		i = 1;
	}
	out_colour(COL_RETVAL);
	outfile_write(cur, gathered + i, gathered_len - i);
	out_colour(COL_RESET);
	gathered_len = 0;
}

/* A structure outside a call's arguments (a signal's siginfo): coloured as they are. */
void line_struct_begin(struct tracee *t)
{
	t->lex_name_due = 0;
	if (colour_on) {
		gathered_len = 0;
		out_gathering = 1;
	}
}

void line_struct_end(struct tracee *t)
{
	if (out_gathering)
		gathered_flush(t, 0);
}
