/*
 * tracer.c: the ptrace loop. Starts or attaches to the tracees, waits for their stops,
 * tells the kinds of stop apart, and hands syscall stops to syscall.c.
 *
 * Every tracee is seized (PTRACE_SEIZE) so that group-stops are reported as
 * PTRACE_EVENT_STOP and can be told from signal-delivery stops; syscall stops carry
 * SIGTRAP|0x80 (PTRACE_O_TRACESYSGOOD); PTRACE_GET_SYSCALL_INFO gives the arch, number,
 * arguments and result in one call.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "filter.h"
#include "print.h"
#include "report.h"
#include "signals.h"
#include "stack.h"
#include "strc.h"
#include "summary.h"
#include "json.h"
#include "kvm.h"
#include "syscall.h"
#include "sysids.h"
#include "timing.h"
#include "tracer.h"

/* glibc's name for the kernel's struct ptrace_syscall_info */
typedef struct __ptrace_syscall_info syscall_info;

static pid_t main_pid;		/* the command strc started; its status is ours */
static int main_status;
static int main_done;
static struct outfile *shared_out;
static int trace_discarded;	/* --report without -o: the lines feed the report only */
static volatile sig_atomic_t interrupted;
static volatile sig_atomic_t in_wait;	/* on_interrupt may jump out of the blocking wait */
static sigjmp_buf wait_jump;
static unsigned long calls_left;	/* --syscall-limit: printed calls until all are let go */

static unsigned long seize_options(void)
{
	unsigned long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT;

	if (opt.follow)
		o |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	return o | seccomp_ptrace_options();
}

static struct outfile *out_for(pid_t pid)
{
	char path[4096];
	struct outfile *o;

	if (!opt.follow_ff || !opt.outfile)
		return shared_out;
	snprintf(path, sizeof(path), "%s.%d", opt.outfile, pid);
	o = outfile_open(path);
	if (!o)
		die("Can't fopen '%s': %s", path, strerror(errno));
	if (opt.json)
		json_header(o);
	return o;
}

/* The personality of the last call seen, any tracee's: a new tracee starts in it, as in
 * strace, so a 32-bit process's children are not announced again. NULL: strc's own. */
static const struct arch_table *last_pers;

static struct tracee *add_tracee(pid_t pid)
{
	struct tracee *t = tracee_new(pid);

	t->out = out_for(pid);
	t->pers = last_pers;
	return t;
}

static void drop_tracee(struct tracee *t)
{
	if (opt.stack_trace) {
		capture_reopen(t);	/* the frames of a call its end cut short join the exit's
					 * JSON object */
		stack_tracee_gone(t);
		capture_close(t);
		json_frames_done(t);
	}
	inject_tracee_gone(t);
	kvm_tracee_gone(t);
	capture_end(t);
	status_release(t, 0);
	if (t->out != shared_out)
		outfile_close(t->out);
	capture_free(t);
	tracee_free(t);
}

/* Finds the program as execvp would, so a missing one is reported before anything runs. */
static const char *find_program(const char *name, char *buf, size_t size)
{
	struct stat st;
	const char *path;

	if (strchr(name, '/'))
		return stat(name, &st) == 0 ? name : NULL;
	path = getenv("PATH");
	if (!path)
		path = "/usr/local/bin:/bin:/usr/bin";
	while (*path) {
		const char *end = strchrnul(path, ':');
		int len = end - path;

		snprintf(buf, size, "%.*s%s%s", len, path, len ? "/" : "", name);
		if (stat(buf, &st) == 0 && S_ISREG(st.st_mode) && access(buf, X_OK) == 0)
			return buf;
		path = *end ? end + 1 : end;
	}
	errno = ENOENT;
	return NULL;
}

void tracer_init_output(void)
{
	if (opt.outfile && (opt.outfile[0] == '|' || opt.outfile[0] == '!')) {
		shared_out = outfile_pipe(opt.outfile + 1);
	} else if (opt.outfile && !opt.follow_ff) {
		shared_out = outfile_open(opt.outfile);
		if (!shared_out)
			die("Can't fopen '%s': %s", opt.outfile, strerror(errno));
	} else if (!opt.outfile && report_on) {
		/* --report alone: the calls are still decoded, for the report's rings */
		shared_out = outfile_open("/dev/null");
		if (!shared_out)
			die("Can't fopen '/dev/null': %s", strerror(errno));
		trace_discarded = 1;
	} else if (!opt.outfile) {
		shared_out = outfile_stderr();
	}
	if (opt.json && shared_out)
		json_header(shared_out);
	colour_setup(opt.color, shared_out ? outfile_fd(shared_out) : -1);
}

struct outfile *tracer_main_output(void)
{
	return shared_out && !trace_discarded ? shared_out : outfile_stderr();
}

static void announce(pid_t pid, const char *what);

/*
 * Once the command runs, strc's standard input and output are the command's alone: a pipe
 * around `strc CMD` must see end-of-file or EPIPE when the command closes its end, as
 * around strace. They stay open on /dev/null so that no later open lands on fd 0 or 1.
 */
static void let_go_of_stdio(void)
{
	int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
	int out = open("/dev/null", O_WRONLY | O_CLOEXEC);

	fflush(stdout);
	if (in >= 0 && in != STDIN_FILENO)
		dup2(in, STDIN_FILENO);
	if (out >= 0 && out != STDOUT_FILENO)
		dup2(out, STDOUT_FILENO);
	if (in > STDOUT_FILENO)
		close(in);
	if (out > STDOUT_FILENO)
		close(out);
}

/*
 * -D: the command keeps strc's own pid (the shell's child) and strc goes on as a detached
 * grandchild: in a new process group with -DD, a new session with -DDD. The command waits
 * on a pipe until the grandchild has seized it.
 */
static void start_daemonized(const char *prog, char **argv)
{
	pid_t me = getpid(), child;
	int fds[2], status;
	char c;

	if (pipe(fds) < 0 || (child = fork()) < 0)
		die("fork: %s", strerror(errno));
	if (child > 0) {
		close(fds[1]);
		waitpid(child, &status, 0);
		if (read(fds[0], &c, 1) != 1)
			_exit(1);	/* the tracer failed; it said why */
		close(fds[0]);
		seccomp_install();
		command_prepare();
		execv(prog, argv);
		fprintf(stderr, "%s: exec: %s\n", opt.progname, strerror(errno));
		_exit(1);
	}
	if (fork() != 0)
		_exit(0);
	close(fds[0]);
	if (opt.daemonize == 2)
		setpgid(0, 0);
	else if (opt.daemonize >= 3)
		setsid();
	if (ptrace(PTRACE_SEIZE, me, 0, seize_options()) < 0)
		die("PTRACE_SEIZE pid %d: %s", me, strerror(errno));
	ptrace(PTRACE_INTERRUPT, me, 0, 0);
	add_tracee(me)->flags |= TF_STARTUP;
	main_pid = me;
	announce(me, "attached");	/* strace says so: it attached to its parent */
	if (write(fds[1], "", 1) != 1)
		die("write: %s", strerror(errno));
	close(fds[1]);
	let_go_of_stdio();
}

/*
 * Whether the command dies with strc. strace lets it live on (--kill-on-exit aside); under
 * the seccomp filter, a command left without its tracer would see its traced calls fail
 * with ENOSYS, so it goes with strc instead.
 */
static unsigned long command_exitkill(void)
{
	return opt.kill_on_exit || seccomp_wanted() ? PTRACE_O_EXITKILL : 0;
}

void tracer_start_command(char **argv)
{
	char buf[4096];
	const char *prog = find_program(argv[0], buf, sizeof(buf));
	int status;
	pid_t pid;

	if (!prog)
		die("Can't stat '%s': %s", argv[0], strerror(errno));
	if (opt.argv0)
		argv[0] = (char *)opt.argv0;	/* found by its own name, run under this one */
	seccomp_wanted();	/* the filter is built before the fork */
	if (opt.daemonize) {
		start_daemonized(prog, argv);
		return;
	}
	pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		/* stopped until the parent has seized us: nothing before execve is missed */
		raise(SIGSTOP);
		seccomp_install();
		command_prepare();
		execv(prog, argv);
		fprintf(stderr, "%s: exec: %s\n", opt.progname, strerror(errno));
		_exit(1);
	}
	if (waitpid(pid, &status, WSTOPPED) < 0 || !WIFSTOPPED(status))
		die("the child did not stop before exec");
	if (ptrace(PTRACE_SEIZE, pid, 0, seize_options() | command_exitkill()) < 0) {
		kill(pid, SIGKILL);
		die("PTRACE_SEIZE pid %d: %s", pid, strerror(errno));
	}
	struct tracee *t = add_tracee(pid);
	t->flags |= TF_STARTUP;
	main_pid = pid;
	if (report_on)
		report_start(pid, argv);
	kill(pid, SIGCONT);
	let_go_of_stdio();
}

/* A PTRACE_EVENT_STOP with one of these is a group-stop; otherwise PTRACE_INTERRUPT's. */
static int is_group_stop(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/*
 * A child strace would not trace (made with CLONE_UNTRACED) still inherits the seccomp
 * filter, and a call it stops at fails with ENOSYS when no tracer is there: it is followed
 * silently, every stop resumed as if untraced, nothing printed.
 */
static void silent_stop(struct tracee *t, int status)
{
	int sig = WSTOPSIG(status), event = (unsigned)status >> 16;

	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		drop_tracee(t);
		return;
	}
	if (event == PTRACE_EVENT_STOP && is_group_stop(sig)) {
		ptrace(PTRACE_LISTEN, t->pid, 0, 0);
		return;
	}
	if (event || sig == (SIGTRAP | 0x80))
		sig = 0;
	ptrace(PTRACE_CONT, t->pid, 0, sig);
}

/* "strc: Process N attached": on stderr, after whatever part of a line is pending there */
static void announce(pid_t pid, const char *what)
{
	if (opt.json || opt.json_file)	/* every attach and detach: a JSON reader counts on them */
		json_event(tracee_find(pid), pid, strcmp(what, "attached") ? "detach" : "attach",
			   tracee_find(pid) ? tracee_find(pid)->out : tracer_main_output());
	if (opt.json && !opt.json_file)
		return;	/* nothing but JSON on the stream */
	if (quiet_about(QUIET_ATTACH) || opt.count == 1 || (report_on && !opt.outfile))
		return;
	outfile_flush(outfile_stderr());
	fprintf(stderr, "%s: Process %d %s\n", opt.progname, pid, what);
}

/* NULL for strc's own personality (x86_64 on x86_64), else the call's table */
static const struct arch_table *personality_of(const struct arch_table *a)
{
	if (!a || (a->bits == (int)(8 * sizeof(long)) && !a->nr_base))
		return NULL;
	return a;
}

/*
 * "[ Process PID=N runs in 32 bit mode. ]" when a process's calls change personality (it
 * ran execve on a program of the other one), at the first call in the new one. strace
 * writes it only on a trace that goes to standard error; -q hides it. JSON gets it always,
 * as the attach events.
 */
static void note_personality(struct tracee *t)
{
	const struct arch_table *p = personality_of(t->arch);
	char mode[16];

	last_pers = p;
	if (p == t->pers || !t->arch || (t->flags & TF_STARTUP))
		return;
	t->pers = p;
	if (p && p->nr_base)
		snprintf(mode, sizeof(mode), "%s", p->name);
	else
		snprintf(mode, sizeof(mode), "%d bit", p ? p->bits : (int)(8 * sizeof(long)));
	if (opt.json || opt.json_file)
		json_personality(t, mode, t->out);
	if (opt.json || quiet_about(QUIET_PERSONALITY) || t->out != outfile_stderr())
		return;
	line_begin(t);
	tprintf("[ Process PID=%d runs in %s mode. ]", t->pid, mode);
	line_end();
}

static void on_entry(struct tracee *t, const syscall_info *info,
		     const struct rusage *ru)
{
	call_begin(t);
	syscall_identify(t, arch_by_audit(info->arch, info->entry.nr), info->entry.nr,
			 info->entry.args);
	t->sp = info->stack_pointer;
	t->flags |= TF_IN_SYSCALL;
	t->flags &= ~(TF_HIDDEN | TF_EXECED);
	note_personality(t);
	inject_on_entry(t);	/* before the first execve ends the startup: not counted */
	if ((t->flags & TF_STARTUP) && (t->id == SYS_execve || t->id == SYS_execveat))
		t->flags = (t->flags & ~TF_STARTUP) | TF_STARTUP_EXEC;
	if ((t->flags & TF_STARTUP) || !trace_wanted(t) ||
	    (opt.count == 1 && !trace_discarded) ||
	    (pathtrace_active() && !pathtrace_match(t)))
		t->flags |= TF_HIDDEN;
	timing_syscall_entry(t);
	syscall_entry(t);
	if (report_on && !(t->flags & TF_HIDDEN))
		report_entry(t);
	if (opt.count && ru)
		summary_entry(t, ru);	/* after printing: -w times the call, not our output */
}

/*
 * -c with -z, -Z, -e status= or -e errno=: only the calls that filter shows are counted, as
 * in strace 7 (6.1 counted every call)
 */
static int status_wanted_in_count(const struct tracee *t)
{
	if (!(status_mask() & (t->err ? STATUS_FAILED : STATUS_SUCCESSFUL)))
		return 0;
	return !errno_filtering() || (t->err && errno_wanted(t->err));
}

static void on_exit_stop(struct tracee *t, const syscall_info *info,
			 const struct rusage *ru)
{
	if (!(t->flags & TF_IN_SYSCALL))
		return;	/* attached in the middle of a call: its entry was never seen */
	timing_syscall_exit(t);
	t->rval = info->exit.rval;
	t->err = info->exit.is_error ? (int)-info->exit.rval : 0;
	seccomp_note_exit(t);
	inject_on_exit(t);
	if (opt.count && ru && !(t->flags & TF_STARTUP) && trace_wanted(t) &&
	    status_wanted_in_count(t))
		summary_exit(t, ru);
	syscall_exit(t);
	if (opt.syscall_limit && !(t->flags & TF_HIDDEN) && calls_left > 0)
		calls_left--;
	call_release(t);
	t->flags &= ~(TF_IN_SYSCALL | TF_HIDDEN);
	/* the command's exec failed: what our child does next (its message, _exit) is strc's */
	if ((t->flags & TF_STARTUP_EXEC) && t->err)
		t->flags |= TF_STARTUP;
	t->flags &= ~TF_STARTUP_EXEC;
}

static void on_syscall_stop(struct tracee *t, const struct rusage *ru)
{
	syscall_info info;

	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->pid, sizeof(info), &info) <= 0)
		return;
	t->flags &= ~TF_SECCOMP_STOP;
	if (info.op == PTRACE_SYSCALL_INFO_SECCOMP)
		t->flags |= TF_SECCOMP_STOP;
	switch (info.op) {
	case PTRACE_SYSCALL_INFO_SECCOMP:	/* the same nr and args as an entry */
		on_entry(t, &info, ru);
		if (seccomp_untraced_clone(t))
			t->flags |= TF_UNTRACED_KID;
		break;
	case PTRACE_SYSCALL_INFO_ENTRY:
		on_entry(t, &info, ru);
		break;
	case PTRACE_SYSCALL_INFO_EXIT:
		on_exit_stop(t, &info, ru);
		break;
	}
}

static void print_signal_stop(struct tracee *t, const siginfo_t *si)
{
	if ((t->flags & TF_STARTUP) || opt.count == 1 || !signal_wanted(si->si_signo))
		return;
	line_begin(t);
	tputs("--- ");
	print_signal_name(si->si_signo);	/* a name even with -X raw or verbose */
	tputc(' ');
	line_struct_begin(t);
	tputc('{');
	print_siginfo_fields(t, si);
	tputc('}');
	line_struct_end(t);
	tputs(" ---");
	if (opt.stack_trace)
		json_frames_expect(t);
	line_end();
	if (opt.stack_trace) {
		capture_reopen(t);	/* the frames join the signal's JSON object */
		stack_print(t);
		capture_close(t);
		json_frames_done(t);
	}
}

static void print_exit(struct tracee *t, int status)
{
	if (t->flags & TF_IN_SYSCALL)
		syscall_end_unfinished(t);
	if ((quiet_about(QUIET_EXIT) && WIFEXITED(status)) || opt.count == 1)
		return;
	if (WIFSIGNALED(status) && !signal_wanted(WTERMSIG(status)))
		return;	/* -e signal= hides the death by a signal outside its set, as strace */
	line_begin(t);
	if (WIFEXITED(status))
		tprintf("+++ exited with %d +++", WEXITSTATUS(status));
	else
		tprintf("+++ killed by %s%s +++", signal_name(WTERMSIG(status)) ?
			signal_name(WTERMSIG(status)) : "?",
			WCOREDUMP(status) ? " (core dumped)" : "");
	if (opt.stack_trace)
		json_frames_expect(t);	/* drop_tracee prints the cut call's stack below */
	line_end();
}

static void on_exit_status(struct tracee *t, int status)
{
	print_exit(t, status);
	if (report_on)
		report_exit(t->pid, status);
	if (t->pid == main_pid) {
		main_status = status;
		main_done = 1;
	}
	drop_tracee(t);
}

static void restart(struct tracee *t, int sig)
{
	if (ptrace(seccomp_resume_request(t), t->pid, 0, sig) < 0 && errno != ESRCH)
		warnx_("PTRACE_SYSCALL pid %d: %s", t->pid, strerror(errno));
}

/*
 * A thread other than the leader called execve: the kernel gave it the leader's pid and
 * the leader is gone without a report. The leader's call ends "= ?", the leader's tracee
 * takes over the execing thread's call, and strace's "superseded" line says so.
 */
static struct tracee *thread_execed(struct tracee *leader, pid_t old)
{
	struct tracee *e = tracee_find(old);

	if (e && (e->flags & TF_SILENT)) {
		/* without -f the execing thread was never shown: neither is its execve */
		drop_tracee(e);
		leader->flags &= ~(TF_IN_SYSCALL | TF_HIDDEN);
		return leader;
	}
	if (leader->flags & TF_IN_SYSCALL)
		syscall_end_unfinished(leader);
	if (!e)
		return leader;
	if (line_open_for(e)) {
		output_use(e->out);
		tprintf(" <pid changed to %d ...>", leader->pid);
		line_end();
	}
	leader->flags = e->flags | TF_UNFINISHED;
	leader->arch = e->arch;
	call_move(leader, e);
	drop_tracee(e);
	if (!quiet_about(QUIET_SUPERSEDED) && opt.count != 1) {
		line_begin(leader);
		tprintf("+++ superseded by execve in pid %d +++", old);
		line_end();
	}
	if (!(leader->flags & TF_HIDDEN))
		status_hold(leader);	/* its execve resumes on a line of its own */
	return leader;
}

/*
 * -b execve: a process that has just called execve is let go, as strace does, except the
 * command strc started, at its own first execve. Returns 1 when t is gone.
 */
static int detach_on_exec(struct tracee *t)
{
	static int command_execed;

	if (t->pid == main_pid && !(t->flags & TF_ATTACHED) && !command_execed) {
		command_execed = 1;
		return 0;
	}
	announce(t->pid, "detached");
	if (line_open_for(t)) {
		output_use(t->out);
		tputs(" <detached ...>");
		line_end();
	}
	ptrace(PTRACE_DETACH, t->pid, 0, 0);
	drop_tracee(t);
	return 1;
}

/* Whether a clone made a thread: the child's thread group is the parent's. */
static int same_process(pid_t parent, pid_t child)
{
	char path[64], line[128];
	pid_t tgid[2] = { 0, 0 };
	pid_t who[2] = { parent, child };

	for (int i = 0; i < 2; i++) {
		snprintf(path, sizeof(path), "/proc/%d/status", who[i]);
		FILE *f = fopen(path, "re");
		if (!f)
			return 0;
		while (fgets(line, sizeof(line), f))
			if (sscanf(line, "Tgid: %d", &tgid[i]) == 1)
				break;
		fclose(f);
	}
	return tgid[0] && tgid[0] == tgid[1];
}

/* Children whose first stop has not come yet, to be followed silently (TF_SILENT). */
static pid_t silent_pending[64];
static int nsilent_pending;

static void make_silent(pid_t pid)
{
	struct tracee *c = tracee_find(pid);

	if (c)
		c->flags |= TF_SILENT;
	else if (nsilent_pending < (int)(sizeof(silent_pending) / sizeof(silent_pending[0])))
		silent_pending[nsilent_pending++] = pid;
}

static int take_silent(pid_t pid)
{
	for (int i = 0; i < nsilent_pending; i++) {
		if (silent_pending[i] == pid) {
			silent_pending[i] = silent_pending[--nsilent_pending];
			return 1;
		}
	}
	return 0;
}

static void on_event(struct tracee *t, int event, int sig)
{
	unsigned long msg = 0;

	switch (event) {
	case PTRACE_EVENT_CLONE:
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
		if (ptrace(PTRACE_GETEVENTMSG, t->pid, 0, &msg) < 0)
			msg = 0;
		if ((t->flags & TF_UNTRACED_KID) && msg)
			make_silent((pid_t)msg);
		t->flags &= ~TF_UNTRACED_KID;
		if (report_on && msg)
			report_spawn(t->pid, (pid_t)msg,
				     event == PTRACE_EVENT_CLONE && same_process(t->pid, (pid_t)msg));
		if ((opt.json || opt.json_file) && msg)
			json_spawn((pid_t)msg, t->pid, t->held ? t->held : t->out);
		break;
	case PTRACE_EVENT_EXEC:
		if (ptrace(PTRACE_GETEVENTMSG, t->pid, 0, &msg) == 0 && (pid_t)msg != t->pid)
			t = thread_execed(t, (pid_t)msg);
		if (opt.json || opt.json_file)
			json_event(t, t->pid, "exec", t->out);
		t->flags |= TF_EXECED;
		t->flags &= ~TF_STARTUP;	/* with the filter, an untraced execve has no stop */
		if (opt.detach_on_execve && detach_on_exec(t))
			return;
		break;
	case PTRACE_EVENT_EXIT:
		if (opt.decode_pids)
			tracee_remember_comm(t);	/* for its "+++ exited" line */
		if (t->flags & TF_IN_SYSCALL)
			syscall_end_unfinished(t);
		t->flags &= ~(TF_IN_SYSCALL | TF_HIDDEN);
		break;
	case PTRACE_EVENT_STOP:
		if (is_group_stop(sig)) {
			/* a group-stop: stay stopped, but keep reporting (PTRACE_LISTEN) */
			if (!(t->flags & TF_STARTUP) && opt.count != 1 && signal_wanted(sig)) {
				line_begin(t);
				tputs("--- stopped by ");
				print_signal_name(sig);
				tputs(" ---");
				line_end();
			}
			if (!(t->flags & TF_STARTUP)) {
				ptrace(PTRACE_LISTEN, t->pid, 0, 0);
				return;
			}
		}
		break;
	}
	restart(t, 0);
}

static void on_signal_stop(struct tracee *t, int sig)
{
	siginfo_t si;

	if (ptrace(PTRACE_GETSIGINFO, t->pid, 0, &si) < 0) {
		restart(t, sig);
		return;
	}
	if (t->flags & TF_STARTUP) {
		/* the SIGSTOP/SIGCONT pair that held the child until we seized it */
		restart(t, sig == SIGSTOP || sig == SIGCONT ? 0 : sig);
		return;
	}
	print_signal_stop(t, &si);
	if (report_on)
		report_signal(t, &si);
	restart(t, sig);
}

static void on_interrupt(int sig)
{
	interrupted = sig;
	if (in_wait) {
		in_wait = 0;
		siglongjmp(wait_jump, 1);
	}
}

/*
 * -I: 1 and 2 let SIGHUP, SIGINT, SIGQUIT and SIGTERM interrupt strc, which then lets its
 * tracees go (the command too: detached, not killed) and dies by the signal; 3 ignores
 * them, 4 SIGTSTP as well. strace's default is 3 when it started the command and writes
 * to -o (the trace goes on until the command ends), 2 otherwise. Under the seccomp filter
 * the command cannot be let go (its traced calls would fail with ENOSYS), and strace, which
 * has no filter by default, would not kill it: strc traces on until it ends, as with -o.
 */
static int interrupt_level(void)
{
	if (opt.interruptible)
		return opt.interruptible;
	return main_pid && (opt.outfile || seccomp_wanted()) ? 3 : 2;
}

void tracer_setup_signals(void)
{
	static const int fatal[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM };
	struct sigaction sa;
	int level = interrupt_level();

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = level >= 3 ? SIG_IGN : on_interrupt;
	sa.sa_flags = SA_NODEFER;	/* it may jump out: the signal must not stay blocked */
	for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
		sigaction(fatal[i], &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sa.sa_flags = 0;
	if (level >= 4)
		sigaction(SIGTSTP, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

/*
 * Leaves t running as if never traced. A tracee that is running (or blocked in a call) is
 * interrupted first, since only a stopped one can be detached; a signal it was about to
 * receive is handed back with the detach, and one in a group-stop stays stopped.
 */
static void detach_one(struct tracee *t)
{
	int status, sig = 0;

	if (ptrace(PTRACE_DETACH, t->pid, 0, 0) == 0)
		goto done;
	if (ptrace(PTRACE_INTERRUPT, t->pid, 0, 0) < 0)
		goto done;
	while (waitpid(t->pid, &status, __WALL) == t->pid) {
		if (!WIFSTOPPED(status))
			goto done;	/* it ended meanwhile */
		int event = (unsigned)status >> 16;
		int stopsig = WSTOPSIG(status);
		if (!event && stopsig != (SIGTRAP | 0x80))
			sig = stopsig;	/* a signal-delivery stop: pass it on */
		if (ptrace(PTRACE_DETACH, t->pid, 0, sig) == 0 || errno == ESRCH)
			break;
	}
done:
	if (line_open_for(t)) {
		output_use(t->out);
		tputs(" <detached ...>");
		line_end();
	}
	status_release(t, STATUS_DETACHED);
	announce(t->pid, "detached");
}

/* --syscall-limit reached: every tracee goes on untraced, the command too (strace exits 0) */
static void detach_everyone(void)
{
	warnx_("System call limit has been reached, detaching tracees");
	for (struct tracee *t = tracee_first(), *next; t; t = next) {
		next = tracee_next(t);
		detach_one(t);
		drop_tracee(t);
	}
	main_pid = 0;
}

static void detach_all(void)
{
	for (struct tracee *t = tracee_first(), *next; t; t = next) {
		next = tracee_next(t);
		if (t->pid == main_pid && !(t->flags & TF_ATTACHED) && command_exitkill())
			kill(t->pid, SIGKILL);
		else
			detach_one(t);
		drop_tracee(t);
	}
}

/* "strc: attach: ptrace(PTRACE_SEIZE, N): ERROR", as strace says it. leader: the process
 * whose thread pid is, 0 for a process. */
static int seize(pid_t pid, pid_t leader)
{
	unsigned long o = seize_options() | (opt.kill_on_exit ? PTRACE_O_EXITKILL : 0);

	if (ptrace(PTRACE_SEIZE, pid, 0, o) < 0) {
		warnx_("attach: ptrace(PTRACE_SEIZE, %d): %s", pid, strerror(errno));
		return -1;
	}
	ptrace(PTRACE_INTERRUPT, pid, 0, 0);
	add_tracee(pid)->flags |= TF_ATTACHED;
	if (report_on && leader)
		report_spawn(leader, pid, 1);	/* the report shows it under its process */
	else if (report_on)
		report_attach(pid);
	return 0;
}

/* With -f every thread of the process, as strace: "attached with N threads". */
static void attach_pid(pid_t pid)
{
	char path[64];
	DIR *d;
	struct dirent *de;
	int n = 0;

	if (tracee_find(pid))
		return;
	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	if (!opt.follow || !(d = opendir(path))) {
		if (seize(pid, 0) == 0)
			announce(pid, "attached");
		return;
	}
	if (seize(pid, 0) < 0) {
		closedir(d);
		return;
	}
	n = 1;
	while ((de = readdir(d))) {
		pid_t tid = atoi(de->d_name);

		if (tid > 0 && tid != pid && !tracee_find(tid) && seize(tid, pid) == 0)
			n++;
	}
	closedir(d);
	if (n > 1 && !quiet_about(QUIET_ATTACH) && !(opt.json && !opt.json_file)) {
		outfile_flush(outfile_stderr());
		fprintf(stderr, "%s: Process %d attached with %d threads\n", opt.progname, pid, n);
	} else {
		announce(pid, "attached");
	}
}

/* -p: each argument is a list of pids separated by commas or spaces. */
int tracer_attach(const char **lists, int n)
{
	for (int i = 0; i < n; i++) {
		char *copy = strdup(lists[i]), *save = NULL;

		if (!copy)
			die("out of memory");
		for (char *tok = strtok_r(copy, ", \t\n", &save); tok;
		     tok = strtok_r(NULL, ", \t\n", &save)) {
			char *end;
			long pid = strtol(tok, &end, 10);

			if (*end || pid <= 0 || pid > INT_MAX)
				die("Invalid process id: '%s'", tok);
			if (pid == getpid())
				die("I'm sorry, I can't let you do that, Dave.");
			attach_pid((pid_t)pid);
		}
		free(copy);
	}
	return tracee_count() > 0 ? 0 : -1;
}

/*
 * wait4 for any stop, which a signal to strc always ends (EINTR). Looking at `interrupted`
 * and then blocking leaves a gap: a signal landing in it would be seen only at the next
 * stop, and a tracee blocked in read() may never stop again; so while strc is in the gap
 * or asleep, the handler jumps back here. (A status reaped in the instant between wait4's
 * return and in_wait's reset is lost, but strc is then letting every tracee go anyway.)
 */
static pid_t wait_blocking(int *status, struct rusage *ru)
{
	pid_t pid;

	if (sigsetjmp(wait_jump, 0)) {
		errno = EINTR;
		return -1;
	}
	in_wait = 1;
	if (interrupted) {
		in_wait = 0;
		errno = EINTR;
		return -1;
	}
	pid = wait4(-1, status, __WALL, ru);
	in_wait = 0;
	return pid;
}

/*
 * The next stop. Output is batched only while stops keep coming: before strc blocks, all
 * it has decoded (and the open half of a blocked call's line) is written out, so a strc
 * killed while its tracees hang leaves every finished line, and `tail -f` follows the trace.
 * Whether a stop is already there is looked at (a wait that does not block) only when the
 * answer can save a write: never with nothing buffered, and less and less often while the
 * looks find nothing, as with one busy tracee, where nearly every look is a wasted call;
 * with many tracees stops queue up, the looks find them and the lines go out in batches.
 * With tracees held by a delay, returns 0 when no stop is there yet.
 */
static pid_t next_stop(int *status, int held, struct rusage *ru)
{
	static unsigned skip, backoff;	/* looks to skip: doubles (to 64) at each miss */
	pid_t pid;

	if (!held && !output_pending())
		return wait_blocking(status, ru);
	if (!held && skip) {
		skip--;
		output_flush_all();
		return wait_blocking(status, ru);
	}
	pid = wait4(-1, status, __WALL | WNOHANG, ru);
	if (pid != 0) {
		backoff = 0;
		return pid;
	}
	backoff = backoff ? (backoff < 64 ? 2 * backoff : 64) : 1;
	skip = backoff;
	output_flush_all();
	if (held)
		return 0;
	return wait_blocking(status, ru);
}

void tracer_loop(void)
{
	struct rusage ru;

	calls_left = opt.syscall_limit;
	while (tracee_count() > 0) {
		int status;
		pid_t pid;

		if (opt.syscall_limit && !calls_left) {
			detach_everyone();
			break;
		}
		if (interrupted || (main_done && main_pid && opt.npids)) {
			/* a signal to strc, or the command over: let the attached ones go */
			detach_all();
			break;
		}
		/* with tracees held by a delay, wait for a stop only until the next is due */
		int held = inject_resume_due(restart);
		pid = next_stop(&status, held, opt.count ? &ru : NULL);
		if (pid == 0) {
			inject_wait();
			continue;
		}
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		struct tracee *t = tracee_find(pid);
		if (!t) {
			/* a new child's first stop, before or after its parent's fork event */
			if (!WIFSTOPPED(status))
				continue;
			if (!opt.follow) {
				ptrace(PTRACE_DETACH, pid, 0, 0);	/* not ours to follow */
				continue;
			}
			if (take_silent(pid)) {
				add_tracee(pid)->flags |= TF_SILENT;
				ptrace(PTRACE_CONT, pid, 0, 0);
				continue;
			}
			t = add_tracee(pid);
			announce(pid, "attached");
			restart(t, 0);
			continue;
		}
		if (t->flags & TF_SILENT) {
			silent_stop(t, status);
			continue;
		}
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			on_exit_status(t, status);
			continue;
		}
		if (!WIFSTOPPED(status))
			continue;
		int sig = WSTOPSIG(status);
		int event = (unsigned)status >> 16;
		if (sig == (SIGTRAP | 0x80) || event == PTRACE_EVENT_SECCOMP) {
			on_syscall_stop(t, opt.count ? &ru : NULL);
			inject_resume(t, restart);	/* now or after a delay, with a signal */
		} else if (event) {
			on_event(t, event, sig);
		} else {
			on_signal_stop(t, sig);
		}
	}
}

/* strc ends as its command did: the same exit code, or the same signal. */
int tracer_exit_code(void)
{
	if (interrupted) {
		/* strace's status after a signal to it: 128 + the signal, no core from SIGQUIT */
		struct rlimit no_core = { 0, 0 };

		output_flush_all();
		setrlimit(RLIMIT_CORE, &no_core);
		signal(interrupted, SIG_DFL);
		raise(interrupted);
		return 128 + interrupted;
	}
	if (!main_done)
		return 0;
	if (WIFEXITED(main_status))
		return WEXITSTATUS(main_status);
	if (WIFSIGNALED(main_status)) {
		int sig = WTERMSIG(main_status);
		struct rlimit no_core = { 0, 0 };

		output_flush_all();
		setrlimit(RLIMIT_CORE, &no_core);
		signal(sig, SIG_DFL);
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, sig);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		raise(sig);
		return 128 + sig;
	}
	return 0;
}
