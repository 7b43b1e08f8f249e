/*
 * fam_mountapi.c: the new mount API (fsopen, fsconfig, fsmount, fspick, move_mount,
 * open_tree, mount_setattr) with varied arguments and errors, traced in
 * tests/integration/decode2.cmake. It first moves to a mount namespace of its own, so
 * whatever succeeds (as root) changes nothing outside; unprivileged, the calls fail with
 * EPERM and those lines are compared instead.
 */
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/mount.h>

#define UNMAPPED ((void *)8)

static long call(long nr, long a, long b, long c, long d, long e)
{
	return syscall(nr, a, b, c, d, e);
}

static void fs_context(void)
{
	int fs = call(SYS_fsopen, (long)"tmpfs", FSOPEN_CLOEXEC, 0, 0, 0);
	int mnt;

	call(SYS_fsopen, (long)"nosuchfs", 0, 0, 0, 0);
	call(SYS_fsopen, (long)"tmpfs", 0x10, 0, 0, 0);
	call(SYS_fsopen, (long)UNMAPPED, 0, 0, 0, 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_STRING, (long)"size", (long)"1m", 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, (long)"ro", 0, 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_STRING, (long)"mode", (long)"0755", 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_BINARY, (long)"blob", (long)"abc", 3);
	call(SYS_fsconfig, fs, FSCONFIG_SET_PATH, (long)"source", (long)"/tmp", AT_FDCWD);
	call(SYS_fsconfig, fs, FSCONFIG_SET_PATH_EMPTY, (long)"source", (long)"", 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_FD, (long)"fd", 0, 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_FD, (long)"fd", 0, 1);
	call(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, (long)"ro", (long)"x", 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_STRING, (long)"a_long_key_name", (long)"a long value string", 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_BINARY, (long)"blob", (long)"abcdefghijkl", 12);
	call(SYS_fsconfig, fs, FSCONFIG_SET_BINARY, (long)"blob", (long)UNMAPPED, 12);
	call(SYS_fsconfig, fs, FSCONFIG_SET_STRING, (long)UNMAPPED, (long)UNMAPPED, 0);
	call(SYS_fsconfig, fs, FSCONFIG_SET_PATH, (long)"source", (long)"/a/long/path/name", 5);
	call(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, (long)"k", (long)"v", 7);
	call(SYS_fsconfig, fs, 99, (long)"k", (long)"v", 7);
	call(SYS_fsconfig, fs, 99, 0, 0, 0);
	call(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, 0, 0, 0);
	call(SYS_fsconfig, -1, FSCONFIG_CMD_RECONFIGURE, 0, 0, 0);
	mnt = call(SYS_fsmount, fs, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY | MOUNT_ATTR_NODEV, 0, 0);
	call(SYS_fsmount, fs, 0, MOUNT_ATTR_RELATIME, 0, 0);
	call(SYS_fsmount, -1, 0x2, 0x4000000, 0, 0);
	call(SYS_fsmount, -1, 0, MOUNT_ATTR_IDMAP | MOUNT_ATTR_NOSYMFOLLOW | 0x40, 0, 0);
	/* all three atime bits: MOUNT_ATTR__ATIME in strace 7.2, not its parts */
	call(SYS_fsmount, -1, 0, MOUNT_ATTR__ATIME | MOUNT_ATTR_NOEXEC | MOUNT_ATTR_NOSYMFOLLOW, 0, 0);
	call(SYS_move_mount, mnt, (long)"", AT_FDCWD, (long)"/mnt",
	     MOVE_MOUNT_F_EMPTY_PATH);
	call(SYS_move_mount, AT_FDCWD, (long)"/nonexistent", -1, (long)"/mnt",
	     MOVE_MOUNT_F_SYMLINKS | MOVE_MOUNT_T_AUTOMOUNTS);
	call(SYS_move_mount, -1, (long)UNMAPPED, -1, (long)"x", 0x1000);
	close(mnt);
	close(fs);
}

static void pick_and_tree(void)
{
	int fd = call(SYS_fspick, AT_FDCWD, (long)"/", FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT, 0, 0);
	struct mount_attr attr = {
		.attr_set = MOUNT_ATTR_NOSUID,
		.attr_clr = MOUNT_ATTR_NOEXEC,
		.propagation = MS_PRIVATE,
	};

	call(SYS_fspick, -1, (long)"", FSPICK_EMPTY_PATH, 0, 0);
	call(SYS_fspick, AT_FDCWD, (long)"/", 0x100, 0, 0);
	close(fd);
	fd = call(SYS_open_tree, AT_FDCWD, (long)"/tmp", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE, 0, 0);
	call(SYS_open_tree, -1, (long)"/tmp", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, 0, 0);
	call(SYS_open_tree, AT_FDCWD, (long)UNMAPPED, 0, 0, 0);
	call(SYS_mount_setattr, fd, (long)"", AT_EMPTY_PATH | AT_RECURSIVE, (long)&attr, sizeof(attr));
	attr.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_IDMAP;
	attr.userns_fd = 42;
	attr.propagation = 0;
	call(SYS_mount_setattr, fd, (long)"", AT_EMPTY_PATH, (long)&attr, sizeof(attr));
	call(SYS_mount_setattr, AT_FDCWD, (long)"/nonexistent", 0, (long)&attr, sizeof(attr));
	call(SYS_mount_setattr, AT_FDCWD, (long)"/", 0, (long)UNMAPPED, sizeof(attr));
	call(SYS_mount_setattr, AT_FDCWD, (long)"/", 0, (long)&attr, 8);
	call(SYS_mount_setattr, AT_FDCWD, (long)"/", 0, 0, 0);
	attr.attr_set = 0x40000000;
	attr.attr_clr = 0;
	attr.propagation = MS_SHARED | MS_REC;
	call(SYS_mount_setattr, AT_FDCWD, (long)"/", 0x4, (long)&attr, sizeof(attr));
	attr.attr_set = MOUNT_ATTR_NOATIME;
	attr.attr_clr = MOUNT_ATTR__ATIME | MOUNT_ATTR_NOSYMFOLLOW;
	attr.propagation = 0;
	call(SYS_mount_setattr, AT_FDCWD, (long)"/nonexistent", 0, (long)&attr, sizeof(attr));
	close(fd);
}

int main(void)
{
	unshare(CLONE_NEWNS);
	mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
	fs_context();
	pick_and_tree();
	return 0;
}
