/*
 * pids.c: -Y (--decode-pids=comm): a pid is followed by its process's command name,
 * "1234<sh>", read from /proc when it is printed; a pid that is gone prints bare. On the
 * output floor: the line prefix prints pids through it.
 *
 * --decode-pids=pidns (--pidns-translation): a tracee in another pid namespace than strc's
 * sees other numbers for the same processes. A pid (or process group, or session) it passes
 * or gets back is followed by a comment with the number strc's namespace gives that
 * process, in strace 7.2's words ("in strace's PID NS"); -Y's name is the process's under
 * that number. The number is found in /proc: the process whose NSpid list holds the
 * tracee's number at the tracee's namespace level, in that namespace (nsfs says which is
 * whose parent). Found numbers are kept, and checked again before each use: pids are
 * reused. A number no live process has any more prints bare, as in strace. -Y alone
 * translates as well (without the comment), so that it names the right process.
 */
#include <dirent.h>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
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

/*
 * '<' or '>' around a name: punctuation under --color, in a call's arguments (gathered,
 * marked for colour.c) as in a line's prefix (written at once).
 */
static void comm_bracket(char c)
{
	if (out_gathering) {
		out_mark(OUT_MARK_PUNCT);
		tputc(c);
		out_mark(OUT_MARK_END);
		return;
	}
	out_colour(COL_PUNCT);
	tputc(c);
	out_colour(COL_ARGVAL);
}

/* The name is the tracee's to choose: anything unprintable is escaped. */
static void print_comm(const char *comm)
{
	comm_bracket('<');
	out_mark(OUT_MARK_VERBATIM);
	for (const unsigned char *p = (const unsigned char *)comm; *p; p++) {
		if (*p >= ' ' && *p < 0x7f && *p != '\\')
			tputc(*p);
		else
			tprintf("\\%03o", *p);
	}
	out_mark(OUT_MARK_END);
	comm_bracket('>');
}

/* ---- pidns ---- */

#define NS_LEVELS 33	/* the kernel nests pid namespaces 32 deep at most */

/* The inode of pid's pid namespace, 0 when it cannot be read. */
static unsigned long pidns_of(int pid)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/proc/%d/ns/pid", pid);
	return stat(path, &st) == 0 ? (unsigned long)st.st_ino : 0;
}

/* pid's numbers from strc's namespace inward (NSpid in /proc/PID/status): how many. */
static int ns_pids(int pid, int *ids)
{
	char path[64], buf[4096];
	ssize_t n;
	int fd, count = 0;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	char *p = strstr(buf, "\nNSpid:");
	if (!p)
		return 0;
	p += 7;
	while (count < NS_LEVELS && *p != '\n' && *p) {
		char *end;
		long v = strtol(p, &end, 10);

		if (end == p)
			break;
		ids[count++] = (int)v;
		p = end;
	}
	return count;
}

/* The inode of the namespace up levels outward from pid's own, 0 when unknown. */
static unsigned long pidns_up(int pid, int up)
{
	char path[64];
	struct stat st;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/ns/pid", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	while (fd >= 0 && up-- > 0) {
		int parent = ioctl(fd, NS_GET_PARENT);

		close(fd);
		fd = parent;
	}
	if (fd < 0)
		return 0;
	unsigned long ino = fstat(fd, &st) == 0 ? (unsigned long)st.st_ino : 0;
	close(fd);
	return ino;
}

/* Whether the process strc calls outer is number v at level (in namespace ns). */
static int is_number(int outer, int level, unsigned long ns, int v)
{
	int ids[NS_LEVELS];
	int n = ns_pids(outer, ids);

	return n > level && ids[level] == v && pidns_up(outer, n - 1 - level) == ns;
}

static struct {
	unsigned long ns;
	int v, outer;
} found[64];
static unsigned next_found;

/* Every process strc can see, for a number no kept one answers. */
static int search_proc(int level, unsigned long ns, int v)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	int outer = 0;

	while (d && !outer && (e = readdir(d))) {
		char *end;
		long p = strtol(e->d_name, &end, 10);

		if (*end || p <= 0)
			continue;
		if (is_number((int)p, level, ns, v))
			outer = (int)p;
	}
	if (d)
		closedir(d);
	return outer;
}

/*
 * The number strc's namespace gives the process the current line's tracee calls v, when
 * the tracee's namespace is another one; 0 when it is the same (or pidns is off), -1 when
 * no live process has that number there.
 */
static int translated(int v)
{
	static unsigned long own;
	struct tracee *t = line_tracee();
	int ids[NS_LEVELS], level, outer = 0;
	unsigned long ns;

	/* -Y alone translates too: the name is the process's under strc's number */
	if (!opt.decode_pids || v <= 0 || !t)
		return 0;
	if (!own)
		own = pidns_of(getpid());
	ns = pidns_of(t->pid);
	if (!ns || ns == own)
		return 0;
	level = ns_pids(t->pid, ids) - 1;
	if (level < 1)
		return 0;
	for (size_t i = 0; i < sizeof(found) / sizeof(found[0]); i++)
		if (found[i].outer && found[i].ns == ns && found[i].v == v &&
		    is_number(found[i].outer, level, ns, v))
			return found[i].outer;
	for (struct tracee *o = tracee_first(); o && !outer; o = tracee_next(o))
		if (is_number(o->pid, level, ns, v))
			outer = o->pid;
	if (!outer)
		outer = search_proc(level, ns, v);
	if (!outer)
		return -1;
	unsigned i = next_found++ % (sizeof(found) / sizeof(found[0]));
	found[i].ns = ns;
	found[i].v = v;
	found[i].outer = outer;
	return outer;
}

static void print_translation(int outer)
{
	if (outer > 0 && (opt.decode_pids & DECODE_PID_NS))
		tprintf(" /* %d in strace's PID NS */", outer);
}

/* A tracee already reaped (its SIGCHLD is printed after its end) keeps its last name. */
void print_pid(int pid)
{
	char comm[32];
	struct tracee *t;
	int outer = translated(pid);

	tprintf("%d", pid);
	if ((opt.decode_pids & DECODE_PID_COMM) && outer >= 0) {
		/* the number in strc's namespace names the process; a number gone there, none */
		if (read_comm(outer ? outer : pid, comm, sizeof(comm)))
			print_comm(comm);
		else if (!outer && pid > 0 && (t = tracee_find(pid)) && t->comm[0])
			print_comm(t->comm);
	}
	print_translation(outer);
}

void print_pgid(int pgid)
{
	tprintf("%d", pgid);
	print_translation(translated(pgid));
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
	if (!(opt.decode_pids & DECODE_PID_COMM))
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
