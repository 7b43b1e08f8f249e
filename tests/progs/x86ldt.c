/*
 * x86ldt.c: x86's segment descriptor calls from a 64-bit process (tests/integration/
 * arch32.cmake has the i386 ones): modify_ldt reading and failing to write (the kernel
 * returns its result as an unsigned int, so -EINVAL reaches a 64-bit caller as 4294967274),
 * set_thread_area and get_thread_area, which x86_64 lacks (ENOSYS). Elsewhere: exit 77.
 */
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
#if defined(__x86_64__) && defined(SYS_modify_ldt)
	static uint32_t desc[4] = { 0xffffffff, 0x1000, 0xfff, 0x51 };
	static unsigned char buf[16];

	syscall(SYS_modify_ldt, 0, buf, sizeof(buf));
	syscall(SYS_modify_ldt, 1, desc, sizeof(desc));
	syscall(SYS_modify_ldt, 1, desc, 8);
	syscall(SYS_set_thread_area, desc);
	syscall(SYS_get_thread_area, desc);
	return 0;
#else
	return 77;
#endif
}
