/*
 * tracer.h: what main.c needs from the ptrace loop in src/tracer.c.
 */
#ifndef STRC_TRACER_H
#define STRC_TRACER_H

struct outfile;

void tracer_init_output(void);
struct outfile *tracer_main_output(void);
void tracer_start_command(char **argv);
int tracer_attach(const char **lists, int n);	/* -p; -1 when nothing was attached */
void tracer_setup_signals(void);
void tracer_loop(void);
int tracer_exit_code(void);

/* src/runas.c: -E and -u */
void command_lookup_user(void);
void command_prepare(void);

/* src/probe.c: dies with a clear message when ptrace cannot do what strc needs */
void probe_kernel(void);

#endif
