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
struct outfile *outfile_stderr(void);
void outfile_close(struct outfile *o);
void outfile_flush(struct outfile *o);
void output_flush_all(void);
int outfile_fd(const struct outfile *o);
void output_use(struct outfile *o);
struct outfile *outfile_memory(void);	/* held lines (-e status=) */
void outfile_memory_commit(struct outfile *m, struct outfile *o);	/* o NULL: drop */
void outfile_memory_free(struct outfile *m);	/* where tprintf writes outside a tracee's line */
/* Keep each tracee's call line (no prefix, no cut/resume markers) in t->call_text. */
void output_capture_enable(void);
void output_capture_forget(struct tracee *t);	/* t is about to be freed */

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
/* src/pids.c */
void print_pid(int pid);			/* -Y: 1234<sh> */
void print_tracee_pid(struct tracee *t, int width);	/* the same, in a line prefix */
void tracee_remember_comm(struct tracee *t);
int decode_pids_parse(const char *list);	/* --decode-pids= bits; dies on a bad word */

#endif
