/*
 * output.h: the output floor. Buffered output files, the current line and its prefix, and
 * the cutting of lines that another tracee interrupts (src/output.c); pids as -Y shows
 * them (src/pids.c). Everything strc prints about a tracee goes through here.
 */
#ifndef STRC_OUTPUT_H
#define STRC_OUTPUT_H

#include <stddef.h>

struct tracee;

/* src/output.c: buffered output files and the current line. */
struct outfile *outfile_open(const char *path);	/* NULL on error, errno set */
struct outfile *outfile_open_mode(const char *path, int append);	/* append: not -A's */
struct outfile *outfile_pipe(const char *cmd);	/* -o '|CMD': to CMD's stdin */
void outfile_pipe_finish(void);	/* closes that pipe and waits for CMD */
struct outfile *outfile_stderr(void);
void output_flush_stderr(void);	/* the trace's part line on stderr, before a message */
void outfile_close(struct outfile *o);
void outfile_flush(struct outfile *o);
void output_flush_all(void);
int output_pending(void);	/* output_flush_all would write something */
int outfile_fd(const struct outfile *o);
void output_use(struct outfile *o);
struct outfile *outfile_memory(void);	/* held lines (-e status=) */
void outfile_memory_commit(struct outfile *m, struct outfile *o);	/* o NULL: drop */
void outfile_memory_free(struct outfile *m);	/* where tprintf writes outside a tracee's line */
char *outfile_memory_text(struct outfile *m, size_t *n);	/* what m holds, m's own */
/* Appends to o whatever the mode: how a rendering other than the text is written. */
void outfile_write(struct outfile *o, const char *s, size_t n);
void outfile_line_written(struct outfile *o);	/* the line is whole: flush a line-flushed file */
/* Capture every tracee's line (no prefix, no cut/resume markers): capture_line reads it. */
void output_capture_enable(void);

void tprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void tputs(const char *s);
void twrite(const char *s, size_t n);
void tputc(char c);

/* Starts t's line: cuts another tracee's open line first, prints the prefix. */
void line_begin(struct tracee *t);
/* Continues t's line at syscall exit, reprinting it as "<... NAME resumed>" if it was cut. */
void line_resume(struct tracee *t, const char *name);
/* Ends the current line. */
void line_end(void);
void line_end_plain(void);	/* ... without --color's reset (a dump's lines) */
/* o's next line starts with " <unfinished ...>" on a line of its own: strace 7.2 thinks a
 * line open after -e kvm=vcpu+'s structures in a -ff file */
void output_owe_cut(struct outfile *o);
/* Pads to the -a column before " = ". */
void tabto(void);
/*
 * strace 7.2 ends a call's entry half without the ", " before the arguments left for its
 * exit: "read(3 <unfinished ...>", then "<... read resumed>, \"x\", 1) = 1". While held,
 * a write ending in ", " keeps those two characters back until the next write;
 * output_sep_take() ends the hold and says whether they were kept back (and drops them),
 * output_sep_owe() writes them before whatever is written next, output_sep_drop() forgets
 * them (nothing came: the line ends).
 */
void output_sep_hold(void);
/* ", " at the end of the entry half, not kept back: strace prints it at entry there
 * (--color's reset after it, and "<unfinished ...>" too) */
void output_sep_entry(void);
int output_sep_take(void);
void output_sep_owe(void);
void output_sep_drop(void);
/* Between these, nothing written goes anywhere (a printer run for what it returns). */
void output_mute(void);
void output_unmute(void);
/* Which tracee's line is open on t's output, if any. */
int line_open_for(struct tracee *t);
/* Whose line the current output holds (the tracee a value being printed belongs to). */
struct tracee *line_tracee(void);
/*
 * The capture of a tracee's line, for the renderings other than the text (JSON) and for
 * reports: the text the decoders wrote for the line, entry and exit halves joined, without
 * the prefix or the unfinished/resumed markers, plus typed atoms that the value printers
 * record with their byte span in that text.
 */
enum {
	ATOM_STR = 1,		/* a tracee string: its exact bytes */
};
enum {
	ATOM_CUT = 1 << 0,	/* -s cut it: "..." follows the closing quote */
	ATOM_HEX = 1 << 1,	/* printed all in \xNN whatever -x says (getrandom) */
	ATOM_BARE = 1 << 2,	/* printed without its quotes (a -y path) */
};
enum {
	CAP_ARGS,		/* a syscall line: where its arguments begin (after the '(') */
	CAP_ARGS_END,		/* ... where they end (before the ')') */
	CAP_RET,		/* ... where the return value begins (after " = ") */
	CAP_MORE,		/* what came after the line (capture_reopen) */
	CAP_NMARKS
};
struct atom {
	int kind;
	unsigned flags;
	size_t start, end;	/* span in the captured text */
	size_t off, len;	/* the raw bytes, in the capture's byte pool */
};
struct capture {
	char *text;
	size_t len, size;
	struct atom *atoms;
	size_t natoms, atoms_size;
	unsigned char *bytes;
	size_t nbytes, bytes_size;
	long mark[CAP_NMARKS];	/* -1 when not reached */
	int open;		/* a line was begun and not yet handed to the renderer */
	int tgid;		/* the renderer's: 0 until known */
	struct outfile *held;	/* the renderer's: its lines while -e status= holds the call */
};
/* Called when t's line is complete (unfinished 0) or cut short because the call never
 * returned (unfinished 1); out is where t's text would go. */
typedef void (*capture_done_fn)(struct tracee *t, struct capture *c, int unfinished,
				struct outfile *out);
/* done NULL: no capture; replace_text: the text goes to the capture only, done writes */
void capture_enable(capture_done_fn done, int replace_text);
void capture_mark(int which);
long capture_pos(void);		/* where the next byte goes, -1 when not capturing */
void capture_atom(int kind, unsigned flags, long start, const void *bytes, size_t n);
void capture_end(struct tracee *t);
const char *capture_line(const struct tracee *t);	/* its last line's text, or NULL */
/* What is written between these (a call's -k frames, after its line) goes to t's capture
 * from CAP_MORE on, not to the renderer's hook: the renderer takes it after. */
void capture_reopen(struct tracee *t);
void capture_close(struct tracee *t);	/* the tracee is gone: hand over an open line */
void capture_free(struct tracee *t);

/*
 * src/colour.c: --color and -N. Classes of token, as strace names them in STRACE_COLORS
 * (COL_RESET and COL_FUNC are fixed codes of its own).
 */
enum colour_class {
	COL_ARGNAME, COL_ARGVAL, COL_SYSCALL, COL_COMMENT, COL_CONST, COL_ERROR, COL_PUNCT,
	COL_RETVAL, COL_RESET, COL_FUNC, COL_NCLASSES
};
extern int colour_on;		/* the decision, made once (colour_setup) */
int colour_wanted(int when, int fd);	/* when: 0 never, 1 auto, 2 always */
void colour_setup(int when, int fd);	/* main.c: decides for the trace, reads STRACE_COLORS */
const char *colour_code(enum colour_class c);	/* "" when colour is off */
void colour_args(struct tracee *t, const char *s, size_t n, int entry,
		 void (*put)(const char *s, size_t n), void (*code)(enum colour_class c));

/*
 * Marks the value printers put in a call's arguments while they are gathered for colour
 * or -N (never written out): a constant's name, punctuation (a flag set's '|'), text to
 * copy untouched; each up to OUT_MARK_END. Bytes no printer writes otherwise: what a
 * tracee controls is always escaped. OUT_MARK_ARGNAME stands alone: -N's name of the
 * current argument once more, where strace 7.2's decoder of a call prints it twice.
 */
enum {
	OUT_MARK_CONST = 1, OUT_MARK_PUNCT, OUT_MARK_VERBATIM,
	OUT_MARK_CONST_LOUD,	/* a constant coloured even in a comment (mmap's flags) */
	OUT_MARK_END, OUT_MARK_ARGNAME, OUT_MARK_LAST = OUT_MARK_ARGNAME
};
extern int out_gathering;	/* output.c: the arguments are being gathered */
void out_mark_put(char m);
static inline void out_mark(char m)
{
	if (out_gathering)
		out_mark_put(m);
}
/* The parts of a syscall's line around its arguments, coloured when --color says so. */
void line_call_begin(struct tracee *t, const char *name);	/* "NAME(" */
void line_args_defer(void);	/* what the entry prints from here on is written at exit */
void line_args_pause(struct tracee *t);		/* the entry half is written */
void line_args_continue(struct tracee *t);	/* after line_resume: the exit half */
void line_args_close(struct tracee *t);		/* ")" */
void line_equals(void);				/* " = " */
void line_aux_begin(void);			/* a decoder's " (...)" after the return value */
void line_aux_end(void);
void line_struct_begin(struct tracee *t);	/* a signal's siginfo */
void line_struct_end(struct tracee *t);
void out_colour(enum colour_class c);		/* an escape, when colour is on */

/* src/pids.c */
void print_pid(int pid);	/* -Y: 1234<sh>; pidns: its pid in strc's namespace too */
void print_pgid(int pgid);	/* a process group or session: pidns's translation, no name */
/* a "who" argument: a pid when its "which" says it is one, else a plain number */
void print_pid_if(int is_pid, int v);
void print_tracee_pid(struct tracee *t, int width);	/* the same, in a line prefix */
void tracee_remember_comm(struct tracee *t);

#endif
