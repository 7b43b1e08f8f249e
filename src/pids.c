/*
 * pids.c: -Y (--decode-pids=comm): a pid is followed by its process's command name,
 * "1234<sh>", read from /proc when it is printed; a pid that is gone prints bare. On the
 * output floor: the line prefix prints pids through it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "output.h"
#include "strc.h"

/* The comm of pid into buf (16 bytes, NUL-terminated); 0 when there is none to read. */
static int read_comm(int pid, char *buf, size_t size)
{
	char path[64];
	ssize_t n;
	int fd;

	if (pid <= 0)
		return 0;
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return 0;
	if (buf[n - 1] == '\n')
		n--;
	buf[n] = 0;
	return 1;
}

/* The name is the tracee's to choose: anything unprintable is escaped. */
static void print_comm(const char *comm)
{
	tputc('<');
	for (const unsigned char *p = (const unsigned char *)comm; *p; p++) {
		if (*p >= ' ' && *p < 0x7f && *p != '\\')
			tputc(*p);
		else
			tprintf("\\%03o", *p);
	}
	tputc('>');
}

/* A tracee already reaped (its SIGCHLD is printed after its end) keeps its last name. */
void print_pid(int pid)
{
	char comm[32];
	struct tracee *t;

	tprintf("%d", pid);
	if (!(opt.decode_pids & 1))
		return;
	if (read_comm(pid, comm, sizeof(comm)))
		print_comm(comm);
	else if (pid > 0 && (t = tracee_find(pid)) && t->comm[0])
		print_comm(t->comm);
}

/* A process group or a user id is no process: strace names only what is one. */
void print_pid_if(int is_pid, int v)
{
	if (is_pid)
		print_pid(v);
	else
		tprintf("%d", v);
}

/*
 * A tracee's pid in a line prefix, padded to width: its name is kept from the last read,
 * for the "+++ exited with 0 +++" line printed when /proc has nothing left of it.
 */
void print_tracee_pid(struct tracee *t, int width)
{
	tprintf("%*d", width, t->pid);
	if (!(opt.decode_pids & 1))
		return;
	tracee_remember_comm(t);
	if (t->comm[0])
		print_comm(t->comm);
}

void tracee_remember_comm(struct tracee *t)
{
	char comm[sizeof(t->comm)];

	if (read_comm(t->pid, comm, sizeof(comm)))
		memcpy(t->comm, comm, sizeof(comm));
}

/* --decode-pids=LIST: "comm" (1) and "pidns" (2), separated by commas. */
int decode_pids_parse(const char *list)
{
	char buf[256], *save = NULL;
	int bits = 0;

	snprintf(buf, sizeof(buf), "%s", list);
	for (char *w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		if (strcmp(w, "comm") == 0)
			bits |= 1;
		else if (strcmp(w, "pidns") == 0)
			bits |= 2;
		else
			die("invalid decode-pids '%s'", list);
	}
	if (!bits)
		die("invalid decode-pids '%s'", list);
	return bits;
}
