/*
 * json.h: the JSON Lines rendering (src/json.c), made from the output layer's capture of
 * each line (print.h), never from decoders of its own.
 */
#ifndef STRC_JSON_H
#define STRC_JSON_H

#include <stddef.h>
#include <sys/types.h>

#include "strc.h"

void json_init(int argc, char **argv, const char *version);	/* dies like -o on a bad file */
void json_header(struct outfile *o);	/* the first line of each JSON stream */
void json_event(struct tracee *t, pid_t pid, const char *what, struct outfile *o);
void json_spawn(pid_t pid, pid_t parent, struct outfile *o);
void json_summary(const char *text, size_t n, struct outfile *o);
struct outfile *json_output(void);
/* -k: the call's object waits for its frames (the capture from CAP_MORE on) */
void json_frames_expect(struct tracee *t);
void json_frames_done(struct tracee *t);
void json_status_release(struct tracee *t, int keep);	/* --json-file under -e status= */	/* --json-file's, NULL with --json */

#endif
