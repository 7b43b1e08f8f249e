/*
 * kvmrun.c: a virtual machine of one vcpu for -e kvm=vcpu. Sixteen bytes of real-mode code
 * at the reset vector (so no register needs setting): an OUT of one byte to port 0x3f8,
 * then HLT. KVM_RUN returns at each: KVM_EXIT_IO, then KVM_EXIT_HLT. Before the vcpu's
 * struct kvm_run is mapped a KVM_RUN (the OUT's exit) has no name to show; a KVM_RUN on
 * the VM's descriptor fails. Exits 77 where /dev/kvm cannot be opened.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
	/* at 0xfff0 of the last page below 4 GiB: mov dx,0x3f8; mov al,'A'; out dx,al; hlt */
	static const unsigned char code[] = { 0xba, 0xf8, 0x03, 0xb0, 'A', 0xee, 0xf4 };
	int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);

	if (kvm < 0)
		return 77;
	int vm = ioctl(kvm, KVM_CREATE_VM, 0);
	unsigned char *mem = mmap(NULL, 0x1000, PROT_READ | PROT_WRITE,
				  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (vm < 0 || mem == MAP_FAILED)
		return 1;
	memset(mem, 0xf4, 0x1000);
	memcpy(mem + 0xff0, code, sizeof(code));
	struct kvm_userspace_memory_region region = {
		.slot = 0, .guest_phys_addr = 0xfffff000, .memory_size = 0x1000,
		.userspace_addr = (unsigned long)mem,
	};
	if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region) != 0)
		return 1;
	int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	int size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (vcpu < 0 || size <= 0)
		return 1;
	if (ioctl(vm, KVM_RUN, 0) == 0 || ioctl(vcpu, KVM_RUN, 0) != 0)
		return 1;
	struct kvm_run *run = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
	if (run == MAP_FAILED || run->exit_reason != KVM_EXIT_IO)
		return 1;
	if (ioctl(vcpu, KVM_RUN, 0) != 0 || run->exit_reason != KVM_EXIT_HLT)
		return 1;
	return 0;
}
