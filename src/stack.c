/*
 * stack.c: -k, the tracee's user-space stack printed after each call line, as strace -k
 * prints it:
 *
 *    > /usr/lib/x86_64-linux-gnu/libc.so.6(__write+0x10) [0xf8350]
 *
 * the file mapped at the frame's address, the function and the offset into it when known,
 * and in brackets the frame's offset in that file. libunwind walks the stack through
 * ptrace; src/symbols.c names the frames.
 *
 * What makes it fast is what is kept between calls. Per process (threads share it): the
 * executable file mappings from /proc/PID/maps and one libunwind address space whose
 * caches remember how each return address unwinds; both are dropped only when the calls
 * that change executable mappings (mmap, munmap, mprotect, mremap, execve, ...) complete.
 * Per walk: the registers in one PTRACE_GETREGS and the stack read a page at a time,
 * instead of the word per ptrace call that libunwind's own accessors make.
 *
 * As strace 7.2, the stack is taken at the call's entry and printed after its line; exit,
 * exit_group and a call its process's end cuts short never return, so theirs is printed
 * when the tracee is gone, after its "+++ exited" line, where strace prints it too.
 */
#include <libunwind-ptrace.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/sysmacros.h>
#include <sys/user.h>

#include "abi.h"
#include "mem.h"
#include "print.h"
#include "stack.h"
#include "strc.h"
#include "sysids.h"

struct map {
	uint64_t start, end, offset;
	struct module *mod;
	char *path;
};

/* One address space: a process and its threads. */
struct proc {
	pid_t tgid;
	int refs;
	unsigned gen;		/* bumped whenever the executable mappings change */
	int maps_valid;
	unsigned long maps_walk;	/* the walk in which the maps were read */
	struct map *maps;
	size_t nmaps;
	unw_addr_space_t as;
	struct proc *next;
};

#define PAGE 4096
#define NPAGES 8

/* A tracee's walking state: t->unwind. */
struct unwinder {
	struct tracee *t;
	struct proc *p;
	void *upt;
	unsigned upt_gen;
	unsigned long walk;		/* pages and registers below belong to this walk */
	int have_regs;
	struct user_regs_struct regs;
	struct {
		uint64_t base;
		unsigned long walk;
		unsigned char data[PAGE];
	} page[NPAGES];
	unsigned next_page;
	char *queued;		/* the frames taken at entry, printed after the call */
};

static struct proc *procs;
/*
 * The unwinder of the walk in progress. The accessors find it here rather than in their
 * argument: libunwind-ptrace calls them with its own.
 */
static struct unwinder *cur;
static unsigned long walks;	/* count of stack walks: what "this walk" means */

/* A growing text buffer: the frames of one walk. */
struct text {
	char *s;
	size_t len, cap;
};

static void text_add(struct text *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void text_add(struct text *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->s ? b->s + b->len : NULL, b->s ? b->cap - b->len : 0, fmt, ap);
		va_end(ap);
		if (n < 0)
			return;
		if (b->s && b->len + n < b->cap) {
			b->len += n;
			return;
		}
		b->cap = (b->cap + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			die("out of memory");
	}
}

/* ---- the processes' executable mappings ---- */

static void maps_clear(struct proc *p)
{
	for (size_t i = 0; i < p->nmaps; i++)
		free(p->maps[i].path);
	free(p->maps);
	p->maps = NULL;
	p->nmaps = 0;
	p->maps_valid = 0;
}

/* Executable mappings of a file or a named pseudo-file ([vdso]): what strace names. */
static void maps_read(struct proc *p, pid_t pid)
{
	char fn[64], line[4096 + 256];
	size_t cap = 0;
	FILE *f;

	maps_clear(p);
	p->maps_valid = 1;
	p->maps_walk = walks;
	snprintf(fn, sizeof(fn), "/proc/%d/maps", pid);
	f = fopen(fn, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		unsigned long long start, end, off, ino;
		unsigned maj, min;
		char perms[8];
		int pathpos = 0;

		if (sscanf(line, "%llx-%llx %7s %llx %x:%x %llu %n", &start, &end, perms, &off,
			   &maj, &min, &ino, &pathpos) < 7 || !pathpos)
			continue;
		char *path = line + pathpos;
		path[strcspn(path, "\n")] = '\0';
		if (perms[2] != 'x' || !*path)
			continue;
		if (p->nmaps == cap) {
			cap = cap ? 2 * cap : 32;
			p->maps = realloc(p->maps, cap * sizeof(*p->maps));
			if (!p->maps)
				die("out of memory");
		}
		struct map *m = &p->maps[p->nmaps++];
		m->start = start;
		m->end = end;
		m->offset = off;
		m->path = strdup(path);
		if (!m->path)
			die("out of memory");
		m->mod = module_get(pid, path, start, end,
				    (unsigned long)makedev(maj, min), (unsigned long)ino);
	}
	fclose(f);
}

static struct map *maps_find(struct proc *p, uint64_t ip)
{
	size_t lo = 0, hi = p->nmaps;

	while (lo < hi) {	/* /proc/PID/maps is sorted by address */
		size_t mid = lo + (hi - lo) / 2;

		if (ip < p->maps[mid].start)
			hi = mid;
		else if (ip >= p->maps[mid].end)
			lo = mid + 1;
		else
			return &p->maps[mid];
	}
	return NULL;
}

/* A mapping strc has not seen made (by an untraced thread, say) is looked for once more. */
static struct map *map_of(struct proc *p, pid_t pid, uint64_t ip)
{
	if (!p->maps_valid)
		maps_read(p, pid);
	struct map *m = maps_find(p, ip);
	if (!m && p->maps_walk != walks) {
		maps_read(p, pid);
		m = maps_find(p, ip);
	}
	return m;
}

static int overlaps_exec(struct proc *p, uint64_t start, uint64_t len)
{
	if (!p->maps_valid)
		return 0;
	for (size_t i = 0; i < p->nmaps; i++)
		if (start < p->maps[i].end && p->maps[i].start - start < len)
			return 1;
	return 0;
}

static void proc_changed(struct proc *p)
{
	maps_clear(p);
	p->gen++;
	if (p->as)
		unw_flush_cache(p->as, 0, 0);
}

/* ---- libunwind's view of the tracee ---- */

static int acc_find_proc_info(unw_addr_space_t as, unw_word_t ip, unw_proc_info_t *pi,
			      int need, void *arg)
{
	return _UPT_find_proc_info(as, ip, pi, need, cur->upt);
}

static void acc_put_unwind_info(unw_addr_space_t as, unw_proc_info_t *pi, void *arg)
{
	_UPT_put_unwind_info(as, pi, cur->upt);
}

static int acc_get_dyn_info_list_addr(unw_addr_space_t as, unw_word_t *addr, void *arg)
{
	return _UPT_get_dyn_info_list_addr(as, addr, cur->upt);
}

/* Stack and unwind tables are read a page at a time and kept for the rest of the walk. */
static int acc_access_mem(unw_addr_space_t as, unw_word_t addr, unw_word_t *val, int write,
			  void *arg)
{
	struct unwinder *u = cur;
	uint64_t base = addr & ~(uint64_t)(PAGE - 1);

	if (write)
		return _UPT_access_mem(as, addr, val, write, u->upt);
	if (addr - base > PAGE - sizeof(*val))
		return umoven(u->t, addr, sizeof(*val), val) == 0 ? 0 : -UNW_EINVAL;
	for (int i = 0; i < NPAGES; i++) {
		if (u->page[i].walk == u->walk && u->page[i].base == base) {
			memcpy(val, u->page[i].data + (addr - base), sizeof(*val));
			return 0;
		}
	}
	unsigned i = u->next_page++ % NPAGES;
	if (umoven(u->t, base, PAGE, u->page[i].data) == 0) {
		u->page[i].base = base;
		u->page[i].walk = u->walk;
		memcpy(val, u->page[i].data + (addr - base), sizeof(*val));
		return 0;
	}
	u->page[i].walk = 0;
	return umoven(u->t, addr, sizeof(*val), val) == 0 ? 0 : -UNW_EINVAL;
}

#if defined(__x86_64__)
static int reg_from(const struct user_regs_struct *r, unw_regnum_t reg, unw_word_t *val)
{
	switch (reg) {
	case UNW_X86_64_RAX: *val = r->rax; return 0;
	case UNW_X86_64_RDX: *val = r->rdx; return 0;
	case UNW_X86_64_RCX: *val = r->rcx; return 0;
	case UNW_X86_64_RBX: *val = r->rbx; return 0;
	case UNW_X86_64_RSI: *val = r->rsi; return 0;
	case UNW_X86_64_RDI: *val = r->rdi; return 0;
	case UNW_X86_64_RBP: *val = r->rbp; return 0;
	case UNW_X86_64_RSP: *val = r->rsp; return 0;
	case UNW_X86_64_R8: *val = r->r8; return 0;
	case UNW_X86_64_R9: *val = r->r9; return 0;
	case UNW_X86_64_R10: *val = r->r10; return 0;
	case UNW_X86_64_R11: *val = r->r11; return 0;
	case UNW_X86_64_R12: *val = r->r12; return 0;
	case UNW_X86_64_R13: *val = r->r13; return 0;
	case UNW_X86_64_R14: *val = r->r14; return 0;
	case UNW_X86_64_R15: *val = r->r15; return 0;
	case UNW_X86_64_RIP: *val = r->rip; return 0;
	}
	return -1;
}
#endif

/* All registers in one PTRACE_GETREGS per walk, not one PTRACE_PEEKUSER each. */
static int acc_access_reg(unw_addr_space_t as, unw_regnum_t reg, unw_word_t *val, int write,
			  void *arg)
{
	struct unwinder *u = cur;

#if defined(__x86_64__)
	if (!write) {
		if (!u->have_regs &&
		    ptrace(PTRACE_GETREGS, u->t->pid, 0, &u->regs) == 0)
			u->have_regs = 1;
		if (u->have_regs && reg_from(&u->regs, reg, val) == 0)
			return 0;
	}
#endif
	return _UPT_access_reg(as, reg, val, write, u->upt);
}

static int acc_access_fpreg(unw_addr_space_t as, unw_regnum_t reg, unw_fpreg_t *val,
			    int write, void *arg)
{
	return _UPT_access_fpreg(as, reg, val, write, cur->upt);
}

static int acc_resume(unw_addr_space_t as, unw_cursor_t *c, void *arg)
{
	return -UNW_EINVAL;	/* strc only looks */
}

static int acc_get_proc_name(unw_addr_space_t as, unw_word_t ip, char *buf, size_t len,
			     unw_word_t *off, void *arg)
{
	return _UPT_get_proc_name(as, ip, buf, len, off, cur->upt);
}

static unw_accessors_t accessors = {
	.find_proc_info = acc_find_proc_info,
	.put_unwind_info = acc_put_unwind_info,
	.get_dyn_info_list_addr = acc_get_dyn_info_list_addr,
	.access_mem = acc_access_mem,
	.access_reg = acc_access_reg,
	.access_fpreg = acc_access_fpreg,
	.resume = acc_resume,
	.get_proc_name = acc_get_proc_name,
};

/* ---- per-tracee state ---- */

static pid_t tgid_of(pid_t pid)
{
	char fn[64], line[256];
	pid_t tgid = pid;
	FILE *f;

	snprintf(fn, sizeof(fn), "/proc/%d/status", pid);
	f = fopen(fn, "re");
	if (!f)
		return pid;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Tgid: %d", &tgid) == 1)
			break;
	fclose(f);
	return tgid;
}

static struct proc *proc_get(pid_t tgid)
{
	struct proc *p;

	for (p = procs; p; p = p->next) {
		if (p->tgid == tgid) {
			p->refs++;
			return p;
		}
	}
	p = calloc(1, sizeof(*p));
	if (!p)
		die("out of memory");
	p->tgid = tgid;
	p->refs = 1;
	p->as = unw_create_addr_space(&accessors, 0);
	if (p->as)
		unw_set_caching_policy(p->as, UNW_CACHE_GLOBAL);
	p->next = procs;
	procs = p;
	return p;
}

static void proc_put(struct proc *p)
{
	struct proc **pp;

	if (--p->refs > 0)
		return;
	for (pp = &procs; *pp; pp = &(*pp)->next) {
		if (*pp == p) {
			*pp = p->next;
			break;
		}
	}
	maps_clear(p);
	if (p->as)
		unw_destroy_addr_space(p->as);
	free(p);
}

static struct unwinder *unwinder_of(struct tracee *t)
{
	struct unwinder *u = t->unwind;

	if (!u) {
		u = calloc(1, sizeof(*u));
		if (!u)
			die("out of memory");
		u->p = proc_get(tgid_of(t->pid));
		u->upt_gen = u->p->gen;
		t->unwind = u;
	}
	u->t = t;
	/* libunwind-ptrace keeps the last module's unwind table: stale once maps change */
	if (u->upt && u->upt_gen != u->p->gen) {
		_UPT_destroy(u->upt);
		u->upt = NULL;
	}
	if (!u->upt) {
		u->upt = _UPT_create(t->pid);
		u->upt_gen = u->p->gen;
	}
	return u;
}

static void unwinder_free(struct tracee *t)
{
	struct unwinder *u = t->unwind;

	if (!u)
		return;
	if (u->upt)
		_UPT_destroy(u->upt);
	proc_put(u->p);
	free(u->queued);
	free(u);
	t->unwind = NULL;
}

/* ---- the walk ---- */

/* -kk: " FILE:LINE" after a frame whose code the line tables know, as strace 7.2 adds it. */
static void source_text(struct text *b, struct map *m, uint64_t vaddr)
{
	const char *file;
	int line;

	if (opt.stack_trace > 1 && module_source(m->mod, vaddr, &file, &line) == 0)
		text_add(b, " %s:%d", file, line);
}

static void frame_text(struct text *b, struct map *m, uint64_t pc)
{
	uint64_t fileoff = pc - m->start + m->offset;
	uint64_t vaddr, symaddr;
	const char *name = NULL;
	/* in brackets the address less the module's load bias, as libdw gives it: the
	 * ELF address (a non-PIE program's is the absolute one); the file offset when the
	 * segments do not tell */
	uint64_t shown = fileoff;

	if (module_vaddr(m->mod, m->offset, fileoff, &vaddr) == 0) {
		name = module_symbol(m->mod, vaddr, &symaddr);
		shown = vaddr;
	}
	/* "0x" even before a 0: a signal handler's return lands at __restore_rt+0x0 */
	if (name)
		text_add(b, " > %s(%s+0x%llx) [0x%llx]", m->path, name,
			 (unsigned long long)(vaddr - symaddr), (unsigned long long)shown);
	else
		text_add(b, " > %s() [0x%llx]", m->path, (unsigned long long)shown);
	if (name)
		source_text(b, m, vaddr);
	text_add(b, "\n");
}

/*
 * Whether the walk ended where the unwind information says the chain ends (the caller's
 * address undefined: libunwind gives 0), not at a frame it has no information for (an
 * entry point written in assembler without any, ld.so's _start): there libdw goes on to
 * an address nothing maps.
 */
static int outermost(unw_cursor_t *c)
{
	unw_word_t ip;

	return unw_get_reg(c, UNW_REG_IP, &ip) == 0 && ip == 0;
}

/*
 * The frames as strace 7.2 (libdw) prints them. A caller's frame is shown at its return
 * address minus one, inside the call instruction; not the innermost frame (the syscall's
 * own address), a signal trampoline, nor the frame a signal interrupted. libunwind marks
 * the interrupted frame (the one unwound through the trampoline), so a frame is known to be
 * a trampoline only once the next one is read: each is printed one step late. A frame no
 * file maps, or the caller of a frame without unwind information, ends the stack as
 * "no matching address range".
 */
struct pending_frame {
	int depth;
	uint64_t ip;
	int interrupted;	/* a signal interrupted it: libunwind's signal frame */
};

/* 0 when no file maps it: the walk ends there */
static int print_frame(struct text *b, struct proc *p, pid_t pid, const struct pending_frame *f,
		       int next_interrupted)
{
	uint64_t pc = f->ip - (f->depth && !f->interrupted && !next_interrupted);
	struct map *m = map_of(p, pid, pc);

	if (!m) {
		text_add(b, " > no matching address range\n");
		return 0;
	}
	frame_text(b, m, pc);
	return 1;
}

#if defined(__x86_64__)
/* Whether an unwind table covers ip (libunwind's own lookup makes up a one-byte procedure
 * where none does, so the table is asked directly). */
static int has_unwind_info(struct unwinder *u, unw_word_t ip)
{
	unw_proc_info_t pi;

	memset(&pi, 0, sizeof(pi));
	if (_UPT_find_proc_info(u->p->as, ip, &pi, 0, u->upt) < 0)
		return 0;
	if (pi.unwind_info)
		_UPT_put_unwind_info(u->p->as, &pi, u->upt);
	return 1;
}

/*
 * Where the innermost frame has no unwind information, libdw (strace 7.2) steps by the
 * frame pointer: the caller's return address at [rbp + 8], its rbp at [rbp], its rsp
 * rbp + 16. That is rt_sigreturn's case: the trampoline's information ends before the
 * address after its syscall instruction, where the call's stack is taken, and rbp is then
 * the interrupted function's again (the handler has returned). The innermost frame is
 * printed here and the registers become the caller's, for libunwind to go on from; 0 when
 * the step failed, which ends the stack.
 */
static int frame_pointer_step(struct unwinder *u, unw_cursor_t *c, struct text *b)
{
	unw_word_t ip;
	uint64_t saved[2];

	if (tracee_word_bits(u->t) != 64 || unw_get_reg(c, UNW_REG_IP, &ip) < 0 ||
	    !u->have_regs || has_unwind_info(u, ip))
		return -1;	/* it has unwind information: libunwind's walk as usual */
	if (!print_frame(b, u->p, u->t->pid, &(struct pending_frame){ 0, ip, 0 }, 0))
		return 0;
	if (umoven(u->t, u->regs.rbp, sizeof(saved), saved) != 0) {
		text_add(b, " > no matching address range\n");
		return 0;
	}
	u->regs.rip = saved[1];
	u->regs.rsp = u->regs.rbp + 16;
	u->regs.rbp = saved[0];
	return unw_init_remote(c, u->p->as, u) == 0;
}
#else
static int frame_pointer_step(struct unwinder *u, unw_cursor_t *c, struct text *b)
{
	return -1;
}
#endif

static void walk(struct tracee *t, struct text *b)
{
	struct unwinder *u = unwinder_of(t);
	struct proc *p = u->p;
	struct pending_frame f = { -1, 0, 0 };
	unw_cursor_t c;
	int first = 0;

	u->walk = ++walks;
	u->have_regs = 0;
	cur = u;
	if (!p->as || !u->upt || unw_init_remote(&c, p->as, u) < 0)
		return;
	switch (frame_pointer_step(u, &c, b)) {
	case 0:
		return;
	case 1:
		first = 1;	/* the caller's frame: shown one byte before its return address */
		break;
	}
	for (int depth = first;; depth++) {
		unw_word_t ip;
		int interrupted;

		if (unw_get_reg(&c, UNW_REG_IP, &ip) < 0)
			break;
		interrupted = unw_is_signal_frame(&c) > 0;
		if (f.depth >= 0 && !print_frame(b, p, t->pid, &f, interrupted))
			return;
		f.depth = -1;
		if (depth >= opt.stack_frame_limit) {
			text_add(b, " > too many stack frames\n");
			return;
		}
		f = (struct pending_frame){ depth, ip, interrupted };
		if (unw_step(&c) <= 0) {
			if (print_frame(b, p, t->pid, &f, 0) && !outermost(&c))
				text_add(b, " > no matching address range\n");
			return;
		}
	}
	if (f.depth >= 0)
		print_frame(b, p, t->pid, &f, 0);
}

void stack_print(struct tracee *t)
{
	struct unwinder *u = t->unwind;
	struct text b = { 0 };

	if (t->flags & TF_HIDDEN)
		return;
	if (u && u->queued) {
		b.s = u->queued;
		b.len = strlen(b.s);
		u->queued = NULL;
	} else {
		walk(t, &b);
	}
	if (b.len) {
		output_use(t->out);
		twrite(b.s, b.len);
		if (t->out == outfile_stderr())
			outfile_flush(t->out);
	}
	free(b.s);
}

/*
 * strace 7.2 takes a call's stack at its entry and prints it after the call's line: the
 * stack of the program execve replaces, rt_sigreturn's in its trampoline, and for a call
 * that never returns (exit, or one cut by its process's end) after the "+++ exited" line.
 * Not for the execve that starts the command, whose stack is strace's own: that one is
 * taken at its exit, in the new program.
 */
void stack_syscall_entry(struct tracee *t)
{
	static int started;
	struct unwinder *u;

	if (t->flags & TF_HIDDEN)
		return;
	if ((t->id == SYS_execve || t->id == SYS_execveat) && !started && !opt.npids) {
		started = 1;
		return;
	}
	struct text b = { 0 };
	walk(t, &b);
	u = t->unwind;
	free(u->queued);
	u->queued = b.s ? b.s : strdup("");
}

/*
 * What the call just completed did to the executable mappings: the calls that may change
 * them say so in their signature (!maps); for some the arguments tell whether they did.
 */
static int maps_changed(struct tracee *t, struct proc *p)
{
	uint64_t a0 = arg_ulong(t, 0), a1 = arg_ulong(t, 1);

	if (!t->se || !(t->se->flags & SF_MAPS))
		return 0;
	switch (t->id) {
	case SYS_mmap:
	case SYS_mmap2:
		return (arg_ulong(t, 2) & PROT_EXEC) || overlaps_exec(p, (uint64_t)t->rval, a1);
	case SYS_mprotect:
	case SYS_pkey_mprotect:
		return (arg_ulong(t, 2) & PROT_EXEC) || overlaps_exec(p, a0, a1);
	case SYS_munmap:
	case SYS_mremap:
		return overlaps_exec(p, a0, a1);
	}
	return 1;	/* shmat, remap_file_pages: no cheap way to tell */
}

void stack_syscall_exit(struct tracee *t)
{
	struct unwinder *u = t->unwind;

	if (!u)
		return;
	if (t->flags & TF_EXECED) {
		/* a new program, perhaps a new pid for this thread: start afresh */
		proc_changed(u->p);
		if (u->upt)
			_UPT_destroy(u->upt);
		u->upt = NULL;
		proc_put(u->p);
		u->p = proc_get(tgid_of(t->pid));
		u->upt_gen = u->p->gen;
		return;
	}
	if (!t->err && maps_changed(t, u->p))
		proc_changed(u->p);
}

void stack_tracee_gone(struct tracee *t)
{
	struct unwinder *u = t->unwind;

	if (!u)
		return;
	if (u->queued && *u->queued && t->out) {
		output_use(t->out);
		tputs(u->queued);
		if (t->out == outfile_stderr())
			outfile_flush(t->out);
	}
	unwinder_free(t);
}
