/*
 * fam_mount.c: the container/mount family, traced in tests/integration/net.cmake. Runs
 * as root in a mount namespace of its own (unshare(CLONE_NEWNS) first), mounts a tmpfs
 * in the current directory and takes everything down again. The directory is relative:
 * compare.py runs each trace in a directory of its own, so parallel cases never share it.
 */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	const char *dir = "strc-fam-mount";
	struct utsname u;

	if (unshare(CLONE_NEWNS) < 0)
		return 0;
	unshare(CLONE_NEWUTS);
	unshare(0x1);
	mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL);
	mkdir(dir, 0700);
	mount("none", dir, "tmpfs", MS_NOSUID, "size=1m");
	mount("none", dir, "tmpfs", MS_REMOUNT | MS_NOSUID | MS_NODEV, "size=2m,mode=0755");
	mount("none", "/nonexistent", "tmpfs", 0, NULL);
	mount("none", dir, "nosuchfs", MS_RDONLY, "x");
	umount2(dir, MNT_DETACH);
	umount2(dir, 0x40);
	umount2("/nonexistent", MNT_FORCE | UMOUNT_NOFOLLOW);
	rmdir(dir);
	chroot("/nonexistent");
	syscall(SYS_pivot_root, "/nonexistent", "/nonexistent/old");
	sethostname("strc-test", 9);
	setdomainname("example", 7);
	uname(&u);
	setns(-1, CLONE_NEWNET);
	setns(-1, 0);
	return 0;
}
