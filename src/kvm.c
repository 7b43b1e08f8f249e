/*
 * kvm.c: -e kvm=vcpu and -e kvm=vcpu+ (--kvm=), as strace 7.2 prints them. After a
 * KVM_RUN that returned, why the virtual CPU stopped running guest code, struct kvm_run's
 * exit_reason by name:
 *
 *    ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_IO)
 *
 * and with vcpu+, below that line (and below its -k stack), the whole structure twice: as
 * the run found it ('<', read at the call's entry) and as it left it ('>', read at exit),
 * the exit reason in a comment after its number:
 *
 *     VCPU:0< {request_interrupt_window=0, immediate_exit=0, exit_reason=5 ..., ...}
 *     VCPU:0> {request_interrupt_window=0, ..., exit_reason=2 ..., ...,
 *              {io={direction=KVM_EXIT_IO_OUT, size=1, port=0x3f8, ..., data=[0x41]}}}
 *
 * The tracee reads that structure from the vcpu descriptor's mapping, so strc reads it
 * there too: the descriptor's link names the vcpu ("anon_inode:kvm-vcpu:0"), and the
 * process's mapping of that name in /proc/PID/maps is its struct kvm_run. Without such a
 * mapping (the tracee has not mapped it yet) nothing is added. Of the exit's own union
 * only a port access's and an MMIO's are shown, as 7.2 does; a port access's bytes lie
 * outside the structure (at data_offset in the mapping) and are read when the lines are
 * printed, for both lines, as 7.2 reads them.
 */
#include <inttypes.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abi.h"
#include "decode.h"
#include "kvm.h"
#include "mem.h"
#include "output.h"
#include "strc.h"
#include "sysent.h"
#include "sysids.h"
#include "xlats.h"

/* t->kvm: the structure as this call's KVM_RUN found it and left it (vcpu+), and the last
 * vcpu the thread ran, to find its mapping again without reading /proc/PID/maps */
struct kvm_call {
	int vcpu;		/* its number, from the descriptor's name */
	uint64_t base;		/* where the tracee has the structure mapped */
	int have_entry, have_exit;
	struct kvm_run entry, exit;
	int last_fd;		/* -1: none yet */
	char last_link[64];	/* its descriptor's link, "anon_inode:kvm-vcpu:0" */
	uint64_t last_base, last_len;
};

/* A vcpu's mapping in pid: the start and the length of the mapping of the file whose /proc
 * link reads name; 0 when there is none. */
static uint64_t mapping_of(pid_t pid, const char *name, uint64_t *len)
{
	char path[64], line[512];
	uint64_t start = 0;
	size_t nlen = strlen(name);
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	f = fopen(path, "re");
	if (!f)
		return 0;
	while (!start && fgets(line, sizeof(line), f)) {
		size_t n = strcspn(line, "\n");
		unsigned long long lo, hi;

		if (n > nlen && line[n - nlen - 1] == ' ' &&
		    memcmp(line + n - nlen, name, nlen) == 0 &&
		    sscanf(line, "%llx-%llx", &lo, &hi) == 2 && hi > lo) {
			start = lo;
			*len = hi - lo;
		}
	}
	fclose(f);
	return start;
}

/* Whether t's call is a KVM_RUN that -e kvm= decorates: the style's raw= shows none. */
static int is_kvm_run(struct tracee *t)
{
	return t->id == SYS_ioctl && t->se && !t->style.raw &&
	       (uint32_t)arg_ulong(t, 1) == KVM_RUN;
}

static struct kvm_call *kvm_call_of(struct tracee *t)
{
	if (!t->kvm) {
		struct kvm_call *k = calloc(1, sizeof(struct kvm_call));

		if (!k)
			die("out of memory");
		k->last_fd = -1;
		t->kvm = k;
	}
	return t->kvm;
}

/* Whether t still has the mapping [base, base + len) of the file whose link is link: its
 * /proc/PID/map_files entry names it (one readlink, where maps would be read whole). */
static int still_mapped(pid_t pid, uint64_t base, uint64_t len, const char *link)
{
	char path[96], now[128];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/map_files/%llx-%llx", pid,
		 (unsigned long long)base, (unsigned long long)(base + len));
	n = readlink(path, now, sizeof(now) - 1);
	if (n <= 0)
		return 0;
	now[n] = 0;
	return strcmp(now, link) == 0;
}

/* Where descriptor fd's struct kvm_run is mapped in t, and the vcpu's number; 0 when fd
 * is no vcpu or the structure is not mapped (whole). A vcpu thread runs the same vcpu
 * over and over: the last one's mapping is checked, not looked for again. */
static uint64_t vcpu_run_of(struct tracee *t, int fd, int *vcpu)
{
	static const char prefix[] = "anon_inode:kvm-vcpu:";
	struct kvm_call *k = kvm_call_of(t);
	char path[64], link[128], *end;
	uint64_t start, len = 0;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/fd/%d", t->pid, fd);
	n = readlink(path, link, sizeof(link) - 1);
	if (n <= 0)
		return 0;
	link[n] = 0;
	if (strncmp(link, prefix, sizeof(prefix) - 1) != 0)
		return 0;
	long id = strtol(link + sizeof(prefix) - 1, &end, 10);
	if (*end || end == link + sizeof(prefix) - 1 || id < 0 || id > 0x7fffffff)
		return 0;
	*vcpu = (int)id;
	if (k->last_fd == fd && strcmp(k->last_link, link) == 0 &&
	    still_mapped(t->pid, k->last_base, k->last_len, link))
		return k->last_base;
	start = mapping_of(t->pid, link, &len);
	if (!start || len < sizeof(struct kvm_run))
		return 0;
	if ((size_t)n < sizeof(k->last_link)) {
		k->last_fd = fd;
		memcpy(k->last_link, link, (size_t)n + 1);
		k->last_base = start;
		k->last_len = len;
	}
	return start;
}

void kvm_syscall_entry(struct tracee *t)
{
	struct kvm_call *k;
	uint64_t base;
	int vcpu;

	if (t->kvm)
		((struct kvm_call *)t->kvm)->have_entry = 0;
	if (!is_kvm_run(t))
		return;
	base = vcpu_run_of(t, arg_int(t, 0), &vcpu);
	if (!base)
		return;
	k = kvm_call_of(t);
	k->have_entry = umoven_data(t, base, sizeof(k->entry), &k->entry) == 0;
}

void kvm_suffix(struct tracee *t)
{
	struct kvm_run run, *r = &run;
	struct kvm_call *k = NULL;
	uint64_t base;
	int vcpu;

	if (t->kvm)
		((struct kvm_call *)t->kvm)->have_exit = 0;
	if (t->err || !is_kvm_run(t))
		return;
	base = vcpu_run_of(t, arg_int(t, 0), &vcpu);
	if (!base)
		return;
	if (opt.kvm_vcpu > 1) {
		k = kvm_call_of(t);
		r = &k->exit;
	}
	if (umoven_data(t, base, sizeof(*r), r) != 0)
		return;
	const char *name = xlat_name(&xlat_kvm_exit_reasons, r->exit_reason);
	tprintf(" (%s)", name ? name : "KVM_EXIT_???");
	if (k) {
		k->have_exit = 1;
		k->vcpu = vcpu;
		k->base = base;
	}
}

static void print_byte_elem(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	tprintf("%#x", *(const unsigned char *)elem);
}

/* {io={...}}: a port access, its bytes at data_offset in the tracee's mapping */
static void print_io(struct tracee *t, const struct kvm_run *r, uint64_t base)
{
	uint64_t bytes = (uint64_t)r->io.size * r->io.count;

	tputs(", {io={direction=");
	printxval(&xlat_kvm_exit_io, r->io.direction, NULL);
	tprintf(", size=%u, port=%#04x, count=%u, data_offset=%#016llx, data=", r->io.size,
		r->io.port, r->io.count, (unsigned long long)r->io.data_offset);
	if (t->style.terse)
		printaddr(base + r->io.data_offset);
	else
		print_array(t, base + r->io.data_offset, bytes, 1, print_byte_elem, NULL);
	tputs("}}");
}

/* {mmio={...}}: a guest access to memory no slot backs, its 8 bytes of data inline */
static void print_mmio(const struct kvm_run *r)
{
	tprintf(", {mmio={phys_addr=%#016llx, data=[", (unsigned long long)r->mmio.phys_addr);
	for (size_t i = 0; i < sizeof(r->mmio.data); i++) {
		if (i)
			tputs(", ");
		if (style_abbrev() && i >= (size_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		tprintf("%#x", r->mmio.data[i]);
	}
	tprintf("], len=%u, is_write=%u}}", r->mmio.len, r->mmio.is_write);
}

/* One line: " VCPU:0< {...}" */
static void print_run(struct tracee *t, const struct kvm_call *k, char dir,
		      const struct kvm_run *r)
{
	const char *name = xlat_name(&xlat_kvm_exit_reasons, r->exit_reason);

	tprintf(" VCPU:%d%c ", k->vcpu, dir);
	line_struct_begin(t);
	tprintf("{request_interrupt_window=%u, immediate_exit=%u, exit_reason=%u /* %s */"
		", ready_for_interrupt_injection=%u, if_flag=%u, flags=%u, cr8=%#016llx"
		", apic_base=%#016llx", r->request_interrupt_window,
		r->immediate_exit,
		r->exit_reason, name ? name : "KVM_EXIT_???", r->ready_for_interrupt_injection,
		r->if_flag, r->flags, (unsigned long long)r->cr8,
		(unsigned long long)r->apic_base);
	if (r->exit_reason == KVM_EXIT_IO)
		print_io(t, r, k->base);
	else if (r->exit_reason == KVM_EXIT_MMIO)
		print_mmio(r);
	tputc('}');
	line_struct_end(t);
	out_colour(COL_RESET);	/* a line's end, as line_end writes it */
	tputc('\n');
}

void kvm_print_run(struct tracee *t)
{
	struct kvm_call *k = t->kvm;

	if (!k || !k->have_entry || !k->have_exit || (t->flags & TF_HIDDEN))
		return;
	k->have_entry = k->have_exit = 0;
	output_use(t->out);
	print_style_use(&t->style);
	print_run(t, k, '<', &k->entry);
	print_run(t, k, '>', &k->exit);
	print_style_use(NULL);
	if (t->out == outfile_stderr())
		outfile_flush(t->out);
	/* strace 7.2 leaves a -ff file's line open after these: the next line of that
	 * process starts with " <unfinished ...>" on a line of its own */
	if (opt.follow_ff && opt.outfile)
		output_owe_cut(t->out);
}

void kvm_tracee_gone(struct tracee *t)
{
	free(t->kvm);
	t->kvm = NULL;
}
