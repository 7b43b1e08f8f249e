/*
 * fam_keyctl.c: every keyctl operation with the same arguments, then the special keyrings,
 * ids, errnos and default-keyring values by name. The tracer injects each call's result
 * (tests/integration/misc72.cmake gives -e inject=keyctl:...): none reaches the kernel, so
 * no keyring of the machine changes. Run without the injection it would: do not.
 */
#include <sys/syscall.h>
#include <unistd.h>

static char buf[4096] = "abc\0def";

int main(void)
{
	long b = (long)buf;

	for (long op = 0; op < 40; op++)
		syscall(SYS_keyctl, op, 1, b, 4, 5);
	syscall(SYS_keyctl, 5, -3, 0x3f3f3f3f);	/* KEYCTL_SETPERM */
	syscall(SYS_keyctl, 0, -1, 1);			/* KEYCTL_GET_KEYRING_ID */
	syscall(SYS_keyctl, 4, 1, -1, -1);		/* KEYCTL_CHOWN */
	syscall(SYS_keyctl, 19, 1, 10, 9999, -2);	/* KEYCTL_REJECT, unknown errno */
	syscall(SYS_keyctl, 14, 99);			/* KEYCTL_SET_REQKEY_KEYRING */
	syscall(SYS_keyctl, 14, -1);
	syscall(SYS_keyctl, 22, -1, -5);		/* KEYCTL_GET_PERSISTENT */
	syscall(SYS_keyctl, 6, 1, b, 2);		/* KEYCTL_DESCRIBE, short buffer */
	syscall(SYS_keyctl, 6, 1, b, 100);
	return 0;
}
