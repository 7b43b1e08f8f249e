/*
 * kvm.c: -e kvm=vcpu (--kvm=vcpu), as strace 7.2 prints it: after a KVM_RUN that returned,
 * why the virtual CPU stopped running guest code, struct kvm_run's exit_reason by name:
 *
 *    ioctl(5, KVM_RUN, 0)                    = 0 (KVM_EXIT_IO)
 *
 * The tracee reads that structure from the vcpu descriptor's mapping, so strc reads it
 * there too: the descriptor's link names the vcpu ("anon_inode:kvm-vcpu:0"), and the
 * process's mapping of that name in /proc/PID/maps is its struct kvm_run. Without such a
 * mapping (the tracee has not mapped it yet) nothing is added.
 */
#include <linux/kvm.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "abi.h"
#include "kvm.h"
#include "mem.h"
#include "output.h"
#include "strc.h"
#include "sysent.h"
#include "sysids.h"
#include "xlats.h"

/* The start of pid's mapping of the file whose /proc link reads name; 0 when none. */
static uint64_t mapping_of(pid_t pid, const char *name)
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
		size_t len = strcspn(line, "\n");
		unsigned long long lo;

		if (len > nlen && line[len - nlen - 1] == ' ' &&
		    memcmp(line + len - nlen, name, nlen) == 0 && sscanf(line, "%llx-", &lo) == 1)
			start = lo;
	}
	fclose(f);
	return start;
}

void kvm_suffix(struct tracee *t)
{
	char path[64], link[128];
	uint32_t reason;
	ssize_t len;

	if (t->id != SYS_ioctl || t->err || !t->se || t->style.raw ||
	    (uint32_t)arg_ulong(t, 1) != KVM_RUN)
		return;
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", t->pid, arg_int(t, 0));
	len = readlink(path, link, sizeof(link) - 1);
	if (len <= 0)
		return;
	link[len] = 0;
	if (strncmp(link, "anon_inode:kvm-vcpu:", 20) != 0)
		return;
	uint64_t run = mapping_of(t->pid, link);
	if (!run || umoven_data(t, run + offsetof(struct kvm_run, exit_reason), sizeof(reason),
				&reason) != 0)
		return;
	const char *name = xlat_name(&xlat_kvm_exit_reasons, reason);
	tprintf(" (%s)", name ? name : "KVM_EXIT_???");
}
