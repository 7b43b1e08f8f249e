/*
 * json.h: the JSON Lines rendering (src/json.c), made from the output layer's capture of
 * each line (print.h), never from decoders of its own.
 */
#ifndef STRC_JSON_H
#define STRC_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "strc.h"

/* A JSON text being built: what src/json.c writes with, and src/report_json.c too. */
struct jbuf {
	char *p;
	size_t len, size;
};
void jb_put(struct jbuf *b, const char *s, size_t n);
void jb_puts(struct jbuf *b, const char *s);
#define jb_lit(b, s) jb_put(b, s, sizeof(s) - 1)	/* a literal: its length known */
void jb_u64(struct jbuf *b, uint64_t v);
void jb_i64(struct jbuf *b, int64_t v);
void jb_str(struct jbuf *b, const void *utf8, size_t n);	/* valid UTF-8 text, quoted */
void jb_cstr(struct jbuf *b, const char *utf8);
void jb_bytes(struct jbuf *b, const void *bytes, size_t n);	/* any bytes, lossless */

void json_init(int argc, char **argv, const char *version);	/* dies like -o on a bad file */
void json_header(struct outfile *o);	/* the first line of each JSON stream */
void json_event(struct tracee *t, pid_t pid, const char *what, struct outfile *o);
void json_spawn(pid_t pid, pid_t parent, struct outfile *o);
/* the process's calls are now of personality mode ("32 bit", "64 bit", "x32") */
void json_personality(struct tracee *t, const char *mode, struct outfile *o);
void json_summary(const char *text, size_t n, struct outfile *o);
struct outfile *json_output(void);
/* strc's messages (util.h) become objects on stderr, the JSON stream */
void json_messages(int argc, char **argv, const char *version);
/* The report's object, one line, where the JSON stream goes (main_out: the trace's own) */
void json_report(struct jbuf *j, struct outfile *main_out);
/* -k, -e read=/write=: the call's object waits for its frames and dumps (the capture from
 * CAP_MORE on) */
void json_frames_expect(struct tracee *t);
void json_frames_done(struct tracee *t);
void json_status_release(struct tracee *t, int keep);	/* --json-file under -e status= */

#endif
