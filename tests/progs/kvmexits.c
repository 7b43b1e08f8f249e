/*
 * kvmexits.c: -e kvm=vcpu+ (tests/expect.py): a virtual machine of one vcpu whose guest
 * stops at each kind of exit whose union strace 7.2 shows (port output and input, one byte
 * and a word; MMIO writes of one and four bytes, an MMIO read), then at a HLT. Before each
 * KVM_RUN the program keeps its own copy of the struct kvm_run it mapped, and after it
 * prints the line the tracer must write for the call and the structure's two lines, as
 * the run found it and as it left it. The bytes of a port access lie in the mapping at
 * data_offset; the tracer reads them when it prints, so both lines show them as they are
 * after the call. Strace 6.1 has no vcpu+, hence the expectations.
 *
 *   kvmexits abbrev|raw|verbose|terse|short
 *
 * names the options the case runs with: none, -X raw, -X verbose, -e verbose=none, -s 1.
 * The memory slot is set with KVM_SET_USER_MEMORY_REGION2, whose argument neither strace
 * 7.2 nor strc decodes (the older request's structure is the KVM ioctls' decoder's
 * business, not this test's). Exits 77 where /dev/kvm or that request is missing.
 */
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "expect.h"

#define REGION2 0x40a0ae49u	/* KVM_SET_USER_MEMORY_REGION2: _IOW(0xae, 0x49, 160 bytes) */

/* The guest, real mode: from the reset vector (0xfff0) a jump to the page's start, then:
 * out 0x42 to port 1; in from port 0x80; out that byte to 0x3f8; out the word 0x1234;
 * a byte 0x77 to 0x1000 and 0x11223344 to 0x1008 (no memory there: MMIO); a byte read from
 * 0x2000; out that byte to 0x3f8; hlt. */
static const unsigned char guest[] = {
	0xba, 0x01, 0x00, 0xb0, 0x42, 0xee,		/* mov dx,1; mov al,0x42; out */
	0xba, 0x80, 0x00, 0xec,				/* mov dx,0x80; in al,dx */
	0xba, 0xf8, 0x03, 0xee,				/* mov dx,0x3f8; out dx,al */
	0xb8, 0x34, 0x12, 0xef,				/* mov ax,0x1234; out dx,ax */
	0xb0, 0x77, 0xa2, 0x00, 0x10,			/* mov al,0x77; mov [0x1000],al */
	0x66, 0xb8, 0x44, 0x33, 0x22, 0x11,		/* mov eax,0x11223344 */
	0x66, 0xa3, 0x08, 0x10,				/* mov [0x1008],eax */
	0xa0, 0x00, 0x20,				/* mov al,[0x2000] */
	0xba, 0xf8, 0x03, 0xee,				/* mov dx,0x3f8; out dx,al */
	0xf4,						/* hlt */
};
static const unsigned char reset_jump[] = { 0xe9, 0x0d, 0xf0 };	/* jmp 0xf000 */

enum style { ABBREV, RAW, VERBOSE, TERSE, SHORT };
static enum style style;

static const char *exit_name(uint32_t reason)
{
	switch (reason) {
	case KVM_EXIT_UNKNOWN: return "KVM_EXIT_UNKNOWN";
	case KVM_EXIT_IO: return "KVM_EXIT_IO";
	case KVM_EXIT_HLT: return "KVM_EXIT_HLT";
	case KVM_EXIT_MMIO: return "KVM_EXIT_MMIO";
	default: return "KVM_EXIT_???";
	}
}

/* "[0x34, 0x12]" as strace prints an array of bytes: -s 1 keeps one and says "..." */
static void byte_array(char *out, size_t size, const unsigned char *b, unsigned n)
{
	size_t len = snprintf(out, size, "[");

	for (unsigned i = 0; i < n; i++) {
		if (i)
			len += snprintf(out + len, size - len, ", ");
		if (style == SHORT && i >= 1) {
			len += snprintf(out + len, size - len, "...");
			break;
		}
		len += snprintf(out + len, size - len, b[i] ? "%#x" : "0", b[i]);
	}
	snprintf(out + len, size - len, "]");
}

static const char *direction(uint8_t d)
{
	static const char *const names[] = { "KVM_EXIT_IO_IN", "KVM_EXIT_IO_OUT" };
	static char text[64];

	if (style == RAW)
		snprintf(text, sizeof(text), d ? "%#x" : "0", d);
	else if (style == VERBOSE && d)
		snprintf(text, sizeof(text), "%#x /* %s */", d, names[d]);
	else if (style == VERBOSE)
		snprintf(text, sizeof(text), "0 /* %s */", names[d]);
	else
		snprintf(text, sizeof(text), "%s", names[d]);
	return text;
}

/* The exit's union, for a port access and an MMIO: ", {io={...}}" */
static void exit_union(char *out, size_t size, const struct kvm_run *r,
		       const unsigned char *map)
{
	char data[256];

	out[0] = 0;
	if (r->exit_reason == KVM_EXIT_IO) {
		if (style == TERSE)
			snprintf(data, sizeof(data), "%p", (void *)(map + r->io.data_offset));
		else
			byte_array(data, sizeof(data), map + r->io.data_offset,
				   r->io.size * r->io.count);
		snprintf(out, size, ", {io={direction=%s, size=%u, port=%#04x, count=%u"
			 ", data_offset=%#016llx, data=%s}}", direction(r->io.direction),
			 r->io.size, r->io.port, r->io.count,
			 (unsigned long long)r->io.data_offset, data);
	} else if (r->exit_reason == KVM_EXIT_MMIO) {
		byte_array(data, sizeof(data), r->mmio.data, sizeof(r->mmio.data));
		snprintf(out, size, ", {mmio={phys_addr=%#016llx, data=%s, len=%u, is_write=%u}}",
			 (unsigned long long)r->mmio.phys_addr, data, r->mmio.len,
			 r->mmio.is_write);
	}
}

/* " VCPU:0< {...}": one state of the structure; the port data read from the mapping now */
static void expect_state(char dir, const struct kvm_run *r, const unsigned char *map)
{
	char tail[512];

	exit_union(tail, sizeof(tail), r, map);
	printf(" VCPU:0%c {request_interrupt_window=%u, immediate_exit=%u, exit_reason=%u /* %s */"
	       ", ready_for_interrupt_injection=%u, if_flag=%u, flags=%u, cr8=%#016llx"
	       ", apic_base=%#016llx%s}\n", dir, r->request_interrupt_window, r->immediate_exit,
	       r->exit_reason, exit_name(r->exit_reason), r->ready_for_interrupt_injection,
	       r->if_flag, r->flags, (unsigned long long)r->cr8,
	       (unsigned long long)r->apic_base, tail);
}

static const char *request(const char *name, unsigned value)
{
	static char text[96];

	if (style == RAW)
		snprintf(text, sizeof(text), "%#x", value);
	else if (style == VERBOSE)
		snprintf(text, sizeof(text), "%#x /* %s */", value, name);
	else
		snprintf(text, sizeof(text), "%s", name);
	return text;
}

/* One KVM_RUN: the call's line with its exit reason, then the two states */
static int run_once(int vcpu, struct kvm_run *run, const unsigned char *map)
{
	struct kvm_run before = *run;
	char call[128];

	if (ioctl(vcpu, KVM_RUN, 0) != 0)
		return -1;
	snprintf(call, sizeof(call), "ioctl(%d, %s, 0)", vcpu, request("KVM_RUN", KVM_RUN));
	printf("%-*s = 0 (%s)\n", EXPECT_COLUMN, call, exit_name(run->exit_reason));
	expect_state('<', &before, map);
	expect_state('>', run, map);
	fflush(stdout);
	return 0;
}

/* The guest's page, the vm, its vcpu and the vcpu's mapping, each call's line printed */
static int setup(int kvm, int *vcpu_out, unsigned char **map_out)
{
	unsigned char *mem = mmap(NULL, 0x1000, PROT_READ | PROT_WRITE,
				  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	struct {
		uint32_t slot, flags;
		uint64_t guest_phys_addr, memory_size, userspace_addr;
		uint64_t guest_memfd_offset;
		uint32_t guest_memfd, pad1;
		uint64_t pad2[14];
	} region = { .guest_phys_addr = 0xfffff000, .memory_size = 0x1000 };

	if (mem == MAP_FAILED)
		return 1;
	memset(mem, 0xf4, 0x1000);
	memcpy(mem, guest, sizeof(guest));
	memcpy(mem + 0xff0, reset_jump, sizeof(reset_jump));
	region.userspace_addr = (uintptr_t)mem;

	int vm = ioctl(kvm, KVM_CREATE_VM, 0);
	if (vm < 0)
		return 77;
	expect(vm, "ioctl(%d, %s, 0)", kvm, request("KVM_CREATE_VM", KVM_CREATE_VM));
	int rc = ioctl(vm, REGION2, &region);
	if (rc != 0)
		return 77;	/* a kernel before 6.8 */
	expect(rc, "ioctl(%d, %s, %p)", vm, request("KVM_SET_USER_MEMORY_REGION2", REGION2),
	       (void *)&region);
	int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	if (vcpu < 0)
		return 1;
	expect(vcpu, "ioctl(%d, %s, 0)", vm, request("KVM_CREATE_VCPU", KVM_CREATE_VCPU));
	int size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (size <= 0)
		return 1;
	expect(size, "ioctl(%d, %s, 0)", kvm,
	       request("KVM_GET_VCPU_MMAP_SIZE", KVM_GET_VCPU_MMAP_SIZE));
	*map_out = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
	if (*map_out == MAP_FAILED)
		return 1;
	*vcpu_out = vcpu;
	return 0;
}

int main(int argc, char **argv)
{
	static const char *const styles[] = { "abbrev", "raw", "verbose", "terse", "short" };
	int kvm, vcpu, rc;
	unsigned char *map;

	if (argc != 2)
		return 2;
	for (style = ABBREV; style <= SHORT && strcmp(argv[1], styles[style]); style++)
		;
	if (style > SHORT)
		return 2;
	kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm < 0)
		return 77;
	rc = setup(kvm, &vcpu, &map);
	if (rc)
		return rc;
	struct kvm_run *run = (struct kvm_run *)map;
	for (int i = 0; i < 16; i++) {
		if (run_once(vcpu, run, map) != 0)
			return 1;
		if (run->exit_reason == KVM_EXIT_HLT)
			break;
		/* what the guest reads: a byte from port 0x80, a byte at 0x2000 */
		if (run->exit_reason == KVM_EXIT_IO && run->io.direction == KVM_EXIT_IO_IN)
			map[run->io.data_offset] = 0x55;
		if (run->exit_reason == KVM_EXIT_MMIO && !run->mmio.is_write)
			run->mmio.data[0] = 0x99;
	}
	if (run->exit_reason != KVM_EXIT_HLT)
		return 1;
	expect_done();
	return 0;
}
