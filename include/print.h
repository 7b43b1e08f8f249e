/*
 * print.h: the one output layer. Everything strc prints about a tracee goes through here:
 * the line prefix, strings and their escaping, flags and constants, alignment of the
 * return value, and the cutting of lines that another tracee interrupts.
 */
#ifndef STRC_PRINT_H
#define STRC_PRINT_H

#include <stddef.h>
#include <stdint.h>

#include "strc.h"

/* src/output.c: buffered output files and the current line. */
struct outfile *outfile_open(const char *path);	/* NULL on error, errno set */
struct outfile *outfile_stderr(void);
void outfile_close(struct outfile *o);
void outfile_flush(struct outfile *o);
void output_flush_all(void);
int outfile_fd(const struct outfile *o);
void output_use(struct outfile *o);
struct outfile *outfile_memory(void);	/* held lines (-e status=) */
void outfile_memory_commit(struct outfile *m, struct outfile *o);	/* o NULL: drop */
void outfile_memory_free(struct outfile *m);
char *outfile_memory_text(struct outfile *m, size_t *n);	/* what m holds, m's own */	/* where tprintf writes outside a tracee's line */

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
/* Pads to the -a column before " = ". */
void tabto(void);
/* Which tracee's line is open on t's output, if any. */
int line_open_for(struct tracee *t);
/* Line prefix hook: pid, timestamps; set by the tracer core. */
void print_prefix(struct tracee *t);
void print_pid(int pid);			/* -Y: 1234<sh> (src/pids.c) */
void print_tracee_pid(struct tracee *t, int width);	/* the same, in a line prefix */
void tracee_remember_comm(struct tracee *t);
int decode_pids_parse(const char *list);	/* --decode-pids= bits; dies on a bad word */

/*
 * The capture of a tracee's line (src/output.c), for the renderings other than the text
 * (JSON) and for reports: the text the decoders wrote for the line, entry and exit halves
 * joined, without the prefix or the unfinished/resumed markers, plus typed atoms that the
 * value printers record with their byte span in that text.
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
};
/* Called when t's captured line is complete (finished 0) or cut short by the tracee's
 * end (finished 1: the call never returned); out is where the line's rendering goes. */
typedef void (*capture_done_fn)(struct tracee *t, struct capture *c, int unfinished,
				struct outfile *out);
void capture_enable(capture_done_fn done, int replace_text);
void capture_mark(int which);
long capture_pos(void);		/* where the next byte goes, -1 when not capturing */
void capture_atom(int kind, unsigned flags, long start, const void *bytes, size_t n);
void capture_end(struct tracee *t);	/* the tracee is gone: hand over an open line */
void capture_free(struct tracee *t);
/* Appends to o whatever the current mode: how a rendering other than text is written. */
void outfile_write(struct outfile *o, const char *s, size_t n);
void outfile_line_written(struct outfile *o);	/* flushes a line-flushed file */

/* src/print.c: values. */
enum {
	QUOTE_NUL_TERMINATED = 1 << 0,	/* stop at the first NUL */
	QUOTE_FORCE_HEX = 1 << 1,	/* every byte as \xNN (getrandom) */
	QUOTE_OMIT_QUOTES = 1 << 2,
	QUOTE_ELLIPSIS = 1 << 3,	/* append "..." after the closing quote */
};
void print_quoted(const unsigned char *s, size_t n, unsigned flags);
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
int printflags(const struct xlat *x, uint64_t flags, const char *dflt);
int xlat_any_flag_named(const struct xlat *x, uint64_t flags);
int printxval(const struct xlat *x, uint64_t val, const char *dflt);
void print_xval_or_number(const struct xlat *x, uint64_t val, const char *fmt);	/* fmt: "%#llx" */
void print_xlat_unknown(const struct xlat *x, uint64_t val);
const char *xlat_unknown_text(const struct xlat *x);	/* "SEEK_???" */
int print_number_styled(const char *fmt, uint64_t v, void (*names)(uint64_t));
void print_names_comment(uint64_t v, void (*names)(uint64_t));	/* -X verbose */
void print_names_comment_p(const void *p, void (*names)(const void *));
int print_number_styled_nested(const char *fmt, uint64_t v, void (*names)(uint64_t));
void print_errno(int err);				/* ENOENT (No such file or directory) */
const char *errno_name(int err);

/* The word-sized view of an argument as the tracee's ABI sees it. */
int64_t arg_long(struct tracee *t, int i);
uint64_t arg_ulong(struct tracee *t, int i);
int arg_int(struct tracee *t, int i);

/* Prints argument i of the call in progress the way its signature says. */
void print_arg(struct tracee *t, int i);
void print_args(struct tracee *t, int from, int to);	/* with ", " between */

#endif
