/*
 * capture.h: what the printer unit tests share. The tracer's globals that main.c would
 * define, and an output file whose contents a test reads back after printing into it.
 */
#ifndef STRC_TEST_CAPTURE_H
#define STRC_TEST_CAPTURE_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "print.h"


static char capture_path[64];
static struct outfile *capture_out;

static void capture_setup(void)
{
	strcpy(capture_path, "/tmp/strc-test-XXXXXX");
	int fd = mkstemp(capture_path);
	cr_assert(fd >= 0);
	close(fd);
	capture_out = outfile_open(capture_path);
	cr_assert_not_null(capture_out);
	output_use(capture_out);
}

static void capture_teardown(void)
{
	outfile_close(capture_out);
	unlink(capture_path);
}

/* What was printed since the last call, as a string; the capture starts empty again. */
static char *printed(void)
{
	static char buf[8192];
	outfile_flush(capture_out);
	FILE *f = fopen(capture_path, "r");
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = 0;
	truncate(capture_path, 0);
	lseek(outfile_fd(capture_out), 0, SEEK_SET);
	return buf;
}

#endif
