/*
 * status.c: -e status=, -e errno=, -z and -Z. Whether a call is shown depends on how it ends, so
 * while some status is filtered out a call's line is written to a memory file at entry
 * and copied to the real output, or dropped, when the call is over. A held line is
 * written whole, so it is never cut by another tracee's ("<unfinished ...>"), as in strace.
 */
#include <stdlib.h>

#include "filter.h"
#include "json.h"
#include "print.h"
#include "strc.h"

static struct outfile *spare;	/* one memory file kept for the next call */

void status_hold(struct tracee *t)
{
	if (t->held || !status_filtering())
		return;
	t->held = t->out;
	t->out = spare ? spare : outfile_memory();
	spare = NULL;
}

/* The call's line is complete; status is one STATUS_* bit, or 0 to drop the line. */
void status_release(struct tracee *t, unsigned status)
{
	struct outfile *m = t->out;

	if (!t->held)
		return;
	t->out = t->held;
	t->held = NULL;
	if (errno_filtering() && !(status == STATUS_FAILED && errno_wanted(t->err)))
		status = 0;	/* -e errno= shows only calls that failed with one of its errnos */
	json_status_release(t, status & status_mask());
	outfile_memory_commit(m, status & status_mask() ? t->out : NULL);
	if (spare)
		outfile_memory_free(m);
	else
		spare = m;
}
