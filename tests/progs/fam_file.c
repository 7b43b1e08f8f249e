/*
 * fam_file.c: the files-and-directories family, each call made directly (syscall(2)) so the
 * traced call is the one named, with arguments that succeed and ones that fail (ENOENT,
 * EEXIST, ENOTDIR, EBADF, EFAULT through an unreadable pointer).
 *
 * Everything it creates lives under /tmp/strc-fam-file, removed at start and end; a lock
 * on /tmp/strc-fam-file.lock keeps parallel runs apart. Calls that
 * print a struct whose fields vary between runs (inode numbers, times the harness does not
 * mask) are made on objects that stay put: /dev/null, /usr/include/linux/can, the root.
 */
#ifndef _GNU_SOURCE
#endif
#include <fcntl.h>
#include <linux/openat2.h>
#include <linux/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <stdint.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#define DIR_ "/tmp/strc-fam-file"
#define BAD ((void *)0xbadc0de)
#define STABLE_DIR "/usr/include/linux/can"

#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452
#endif

static char buf[8192];

/* Removes what any part of this program creates, by name: a directory walk would print
 * inode numbers that change from run to run. */
static void cleanup(void)
{
	static const char *const files[] = {
		"a", "b", "c", "c2", "c3", "l", "l2", "l3", "hard", "hard2", "hard3", "hard4",
		"fifo", "fifo2", "reg", "chr", "chr2", "blk", "sock", "plain",
	};
	static const char *const dirs_[] = { "d/e", "d/f", "d/rm", "d" };
	char path[256];

	syscall(SYS_chdir, "/");
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), DIR_ "/%s", files[i]);
		syscall(SYS_unlink, path);
	}
	for (size_t i = 0; i < sizeof(dirs_) / sizeof(dirs_[0]); i++) {
		snprintf(path, sizeof(path), DIR_ "/%s", dirs_[i]);
		syscall(SYS_rmdir, path);
	}
	syscall(SYS_rmdir, DIR_);
}

static void opens(void)
{
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_NO_SYMLINKS };
	struct open_how how2 = { .flags = O_WRONLY | O_CREAT | O_EXCL, .mode = 0600,
				 .resolve = RESOLVE_BENEATH | RESOLVE_IN_ROOT };
	struct open_how how3 = { .flags = O_RDONLY, .resolve = 0x80 };
	int fd;

	fd = syscall(SYS_open, DIR_ "/a", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	syscall(SYS_write, fd, "hello world\n", 12);
	syscall(SYS_close, fd);
	syscall(SYS_open, DIR_ "/a", O_WRONLY | O_CREAT | O_EXCL, 0644);
	syscall(SYS_open, DIR_ "/nonexistent", O_RDONLY);
	syscall(SYS_open, DIR_ "/a/x", O_RDONLY);
	syscall(SYS_open, BAD, O_RDONLY);
	fd = syscall(SYS_openat, AT_FDCWD, DIR_ "/d", O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
	syscall(SYS_close, fd);
	syscall(SYS_openat, 99, "x", O_RDWR | O_APPEND | O_NONBLOCK);
	syscall(SYS_openat, AT_FDCWD, DIR_, O_TMPFILE | O_RDWR, 0600);
	fd = syscall(SYS_openat2, AT_FDCWD, DIR_ "/a", &how, sizeof(how));
	syscall(SYS_close, fd);
	fd = syscall(SYS_openat2, AT_FDCWD, DIR_ "/b", &how2, sizeof(how2));
	syscall(SYS_close, fd);
	syscall(SYS_openat2, AT_FDCWD, DIR_ "/a", &how3, sizeof(how3));
	syscall(SYS_openat2, AT_FDCWD, DIR_ "/a", BAD, sizeof(how));
	syscall(SYS_openat2, AT_FDCWD, DIR_ "/a", &how, 8);
	fd = syscall(SYS_creat, DIR_ "/c", 0640);
	syscall(SYS_close, fd);
	syscall(SYS_creat, DIR_ "/nonexistent/c", 0640);
}

static void stats(void)
{
	struct stat st;
	struct statx stx;
	int fd;

	syscall(SYS_stat, "/dev/null", &st);
	syscall(SYS_stat, DIR_ "/nonexistent", &st);
	syscall(SYS_stat, DIR_ "/a/x", &st);
	syscall(SYS_stat, BAD, &st);
	syscall(SYS_stat, "/dev/null", BAD);
	syscall(SYS_lstat, "/dev/stdin", &st);
	syscall(SYS_lstat, STABLE_DIR, &st);
	fd = syscall(SYS_open, "/dev/null", O_RDONLY);
	syscall(SYS_fstat, fd, &st);
	syscall(SYS_fstat, 99, &st);
	syscall(SYS_fstat, fd, BAD);
	syscall(SYS_newfstatat, AT_FDCWD, STABLE_DIR "/raw.h", &st, 0);
	syscall(SYS_newfstatat, fd, "", &st, AT_EMPTY_PATH);
	syscall(SYS_newfstatat, AT_FDCWD, "/dev/stdin", &st, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_newfstatat, AT_FDCWD, DIR_ "/nonexistent", &st, AT_NO_AUTOMOUNT);
	syscall(SYS_statx, AT_FDCWD, "/dev/null", AT_STATX_SYNC_AS_STAT,
		STATX_BASIC_STATS, &stx);
	syscall(SYS_statx, AT_FDCWD, STABLE_DIR "/raw.h", AT_SYMLINK_NOFOLLOW | AT_STATX_FORCE_SYNC,
		STATX_TYPE | STATX_SIZE, &stx);
	syscall(SYS_statx, AT_FDCWD, DIR_ "/nonexistent", 0, STATX_ALL, &stx);
	syscall(SYS_close, fd);
}

static void statfses(void)
{
	struct statfs *sfs = (struct statfs *)buf;
	int fd;

	syscall(SYS_statfs, "/", sfs);
	syscall(SYS_statfs, "/dev", sfs);
	syscall(SYS_statfs, "/sys", sfs);
	syscall(SYS_statfs, DIR_ "/nonexistent", sfs);
	syscall(SYS_statfs, "/", BAD);
	fd = syscall(SYS_open, "/dev/null", O_RDONLY);
	syscall(SYS_fstatfs, fd, sfs);
	syscall(SYS_fstatfs, 99, sfs);
	syscall(SYS_close, fd);
}

static void accesses(void)
{
	syscall(SYS_access, DIR_ "/a", F_OK);
	syscall(SYS_access, DIR_ "/a", R_OK | W_OK);
	syscall(SYS_access, DIR_ "/nonexistent", X_OK);
	syscall(SYS_access, BAD, R_OK);
	syscall(SYS_faccessat, AT_FDCWD, DIR_ "/a", R_OK);
	syscall(SYS_faccessat, 99, "a", W_OK | X_OK);
	syscall(SYS_faccessat2, AT_FDCWD, DIR_ "/a", R_OK, AT_EACCESS);
	syscall(SYS_faccessat2, AT_FDCWD, DIR_ "/l", F_OK, AT_SYMLINK_NOFOLLOW | AT_EACCESS);
	syscall(SYS_faccessat2, AT_FDCWD, DIR_ "/a", 0x10, 0x4000);
}

static void links(void)
{
	syscall(SYS_symlink, "a", DIR_ "/l");
	syscall(SYS_symlink, "a", DIR_ "/l");
	syscall(SYS_symlinkat, "a-much-longer-target-name-that-goes-past-thirty-two", AT_FDCWD,
		DIR_ "/l2");
	syscall(SYS_symlinkat, "x", 99, "l3");
	syscall(SYS_readlink, DIR_ "/l", buf, sizeof(buf));
	syscall(SYS_readlink, DIR_ "/l2", buf, 10);
	syscall(SYS_readlink, DIR_ "/a", buf, sizeof(buf));
	syscall(SYS_readlink, DIR_ "/l", BAD, sizeof(buf));
	syscall(SYS_readlinkat, AT_FDCWD, DIR_ "/l2", buf, sizeof(buf));
	syscall(SYS_readlinkat, AT_FDCWD, DIR_ "/nonexistent", buf, sizeof(buf));
	syscall(SYS_link, DIR_ "/a", DIR_ "/hard");
	syscall(SYS_link, DIR_ "/a", DIR_ "/hard");
	syscall(SYS_link, DIR_ "/nonexistent", DIR_ "/hard2");
	syscall(SYS_linkat, AT_FDCWD, DIR_ "/l", AT_FDCWD, DIR_ "/hard2", AT_SYMLINK_FOLLOW);
	syscall(SYS_linkat, AT_FDCWD, "", AT_FDCWD, DIR_ "/hard3", AT_EMPTY_PATH);
	syscall(SYS_linkat, 99, "a", AT_FDCWD, DIR_ "/hard4", 0);
}

static void dirs(void)
{
	int fd;

	syscall(SYS_mkdir, DIR_ "/d", 0755);
	syscall(SYS_mkdir, DIR_ "/d", 0755);
	syscall(SYS_mkdir, DIR_ "/nonexistent/d", 0700);
	syscall(SYS_mkdirat, AT_FDCWD, DIR_ "/d/e", 01777);
	syscall(SYS_mkdirat, 99, "e", 0);
	syscall(SYS_mkdir, DIR_ "/d/rm", 0);
	syscall(SYS_rmdir, DIR_ "/d/rm");
	syscall(SYS_rmdir, DIR_ "/d/rm");
	syscall(SYS_rmdir, DIR_ "/a");
	fd = syscall(SYS_open, DIR_ "/d", O_RDONLY | O_DIRECTORY);
	syscall(SYS_mkdirat, fd, "f", 0711);
	syscall(SYS_unlinkat, fd, "f", AT_REMOVEDIR);
	syscall(SYS_unlinkat, fd, "f", 0);
	syscall(SYS_close, fd);
}

static void getdentses(void)
{
	int fd;

	fd = syscall(SYS_open, STABLE_DIR, O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents64, fd, buf, sizeof(buf));
	syscall(SYS_getdents64, fd, buf, sizeof(buf));
	syscall(SYS_lseek, fd, 0, SEEK_SET);
	syscall(SYS_getdents, fd, buf, sizeof(buf));
	syscall(SYS_lseek, fd, 0, SEEK_SET);
	syscall(SYS_getdents64, fd, buf, 100);
	syscall(SYS_getdents64, fd, buf, 10);
	syscall(SYS_getdents64, fd, BAD, sizeof(buf));
	syscall(SYS_getdents64, 99, buf, sizeof(buf));
	syscall(SYS_close, fd);
	fd = syscall(SYS_open, DIR_ "/a", O_RDONLY);
	syscall(SYS_getdents64, fd, buf, sizeof(buf));
	syscall(SYS_getdents, fd, buf, sizeof(buf));
	syscall(SYS_close, fd);
}

static void renames(void)
{
	syscall(SYS_rename, DIR_ "/c", DIR_ "/c2");
	syscall(SYS_rename, DIR_ "/c", DIR_ "/c2");
	syscall(SYS_renameat, AT_FDCWD, DIR_ "/c2", AT_FDCWD, DIR_ "/c");
	syscall(SYS_renameat, 99, "c", AT_FDCWD, "c");
	syscall(SYS_renameat2, AT_FDCWD, DIR_ "/c", AT_FDCWD, DIR_ "/a", RENAME_NOREPLACE);
	syscall(SYS_renameat2, AT_FDCWD, DIR_ "/c", AT_FDCWD, DIR_ "/a", RENAME_EXCHANGE);
	syscall(SYS_renameat2, AT_FDCWD, DIR_ "/c", AT_FDCWD, DIR_ "/a", RENAME_EXCHANGE);
	syscall(SYS_renameat2, AT_FDCWD, DIR_ "/c", AT_FDCWD, DIR_ "/c3", RENAME_WHITEOUT);
	syscall(SYS_renameat2, AT_FDCWD, DIR_ "/c", AT_FDCWD, DIR_ "/c3", 0);
	syscall(SYS_renameat2, AT_FDCWD, DIR_ "/c3", AT_FDCWD, DIR_ "/c", 0x10);
	syscall(SYS_rename, DIR_ "/c3", DIR_ "/c");
}

static void modes(void)
{
	int fd = syscall(SYS_open, DIR_ "/a", O_RDONLY);

	syscall(SYS_chmod, DIR_ "/a", 0600);
	syscall(SYS_chmod, DIR_ "/a", 04755);
	syscall(SYS_chmod, DIR_ "/nonexistent", 0);
	syscall(SYS_fchmod, fd, 02644);
	syscall(SYS_fchmod, 99, 0644);
	syscall(SYS_fchmodat, AT_FDCWD, DIR_ "/a", 0644);
	syscall(SYS_fchmodat, AT_FDCWD, DIR_ "/a/x", 0644);
	syscall(SYS_chown, DIR_ "/a", 0, 0);
	syscall(SYS_chown, DIR_ "/a", -1, 1000);
	syscall(SYS_chown, DIR_ "/nonexistent", 1, -1);
	syscall(SYS_lchown, DIR_ "/l", 0, 0);
	syscall(SYS_fchown, fd, -1, -1);
	syscall(SYS_fchown, 99, 0, 0);
	syscall(SYS_fchownat, AT_FDCWD, DIR_ "/l", 0, 0, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_fchownat, fd, "", 0, 0, AT_EMPTY_PATH);
	syscall(SYS_fchownat, AT_FDCWD, DIR_ "/a", 0, 0, 0);
	syscall(SYS_truncate, DIR_ "/a", 5);
	syscall(SYS_truncate, DIR_ "/nonexistent", 0);
	syscall(SYS_truncate, DIR_ "/a", -1);
	syscall(SYS_ftruncate, fd, 0);
	syscall(SYS_ftruncate, 99, 1234567890123LL);
	syscall(SYS_umask, 022);
	syscall(SYS_umask, 077);
	syscall(SYS_umask, 0);
	syscall(SYS_umask, 022);
	syscall(SYS_close, fd);
}

/* The *xattrat calls (Linux 6.13) are newer than strace 6.1 too: the xattrat argument. */
struct xargs {
	uint64_t value;
	uint32_t size, flags;
	uint64_t extra;
};

static void xattrats(void)
{
	static const char v[] = { 'f', 'o', 'o', 0, 'b', 'a', 'r' };
	struct xargs a = { (uintptr_t)v, sizeof(v), 0, 0 };
	char out[64], list[128];

	syscall(463, AT_FDCWD, DIR_ "/a", 0, "user.x", &a, 16);
	a.flags = XATTR_CREATE;
	syscall(463, AT_FDCWD, DIR_ "/a", AT_SYMLINK_NOFOLLOW, "user.x", &a, 16);
	a.flags = 0xfffffffc;
	syscall(463, AT_FDCWD, DIR_ "/a", 0, "user.y", &a, 16);
	a.flags = 0;
	a.extra = 0x1122;
	syscall(463, AT_FDCWD, DIR_ "/a", 0, "user.y", &a, 24);
	syscall(463, AT_FDCWD, DIR_ "/a", 0, "user.y", &a, 15);
	syscall(463, AT_FDCWD, DIR_ "/a", 1, "user.y", BAD, 16);
	a.value = (uintptr_t)out;
	a.size = sizeof(out);
	syscall(464, AT_FDCWD, DIR_ "/a", 0, "user.x", &a, 16);
	syscall(464, AT_FDCWD, DIR_ "/a", 0, "user.nothere", &a, 16);
	a.size = 0;
	syscall(464, AT_FDCWD, DIR_ "/a", 0, "user.x", &a, 16);
	int fd = syscall(SYS_open, DIR_ "/a", O_RDONLY);
	a.size = sizeof(out);
	syscall(464, fd, NULL, AT_EMPTY_PATH, "user.x", &a, 16);
	syscall(465, AT_FDCWD, DIR_ "/a", 0, list, sizeof(list));
	syscall(465, fd, "", AT_EMPTY_PATH, NULL, 0);
	syscall(466, AT_FDCWD, DIR_ "/a", 0, "user.x");
	syscall(466, AT_FDCWD, DIR_ "/a", 0x7, "user.x");
	syscall(SYS_close, fd);
}

/* fchmodat2 is newer than strace 6.1: its own case (fchmodat2 argument) */
static void fchmodat2s(void)
{
	syscall(SYS_fchmodat2, AT_FDCWD, DIR_ "/a", 0644, 0);
	syscall(SYS_fchmodat2, AT_FDCWD, DIR_ "/l", 0600, AT_SYMLINK_NOFOLLOW);
}

static void times(void)
{
	struct timespec ts[2] = { { 1000000000, 5 }, { 1234567890, 999999999 } };
	struct timespec now[2] = { { 0, UTIME_NOW }, { 0, UTIME_OMIT } };
	struct timeval tv[2] = { { 1000000000, 5 }, { 1234567890, 999999 } };
	struct utimbuf ub = { 1000000000, 1234567890 };
	int fd = syscall(SYS_open, DIR_ "/a", O_RDONLY);

	syscall(SYS_utimensat, AT_FDCWD, DIR_ "/a", ts, 0);
	syscall(SYS_utimensat, AT_FDCWD, DIR_ "/a", now, 0);
	syscall(SYS_utimensat, AT_FDCWD, DIR_ "/a", NULL, 0);
	syscall(SYS_utimensat, AT_FDCWD, DIR_ "/l", ts, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_utimensat, fd, NULL, now, 0);
	syscall(SYS_utimensat, AT_FDCWD, DIR_ "/a", BAD, 0);
	syscall(SYS_utimensat, AT_FDCWD, DIR_ "/nonexistent", ts, 0);
	syscall(SYS_utimes, DIR_ "/a", tv);
	syscall(SYS_utimes, DIR_ "/a", NULL);
	syscall(SYS_utimes, DIR_ "/a", BAD);
	syscall(SYS_futimesat, AT_FDCWD, DIR_ "/a", tv);
	syscall(SYS_futimesat, fd, NULL, NULL);
	syscall(SYS_utime, DIR_ "/a", &ub);
	syscall(SYS_utime, DIR_ "/a", NULL);
	syscall(SYS_utime, DIR_ "/nonexistent", &ub);
	syscall(SYS_close, fd);
}

static void cwds(void)
{
	int fd;

	syscall(SYS_chdir, DIR_);
	syscall(SYS_chdir, DIR_ "/nonexistent");
	syscall(SYS_chdir, DIR_ "/a");
	syscall(SYS_getcwd, buf, sizeof(buf));
	syscall(SYS_getcwd, buf, 5);
	syscall(SYS_getcwd, BAD, sizeof(buf));
	fd = syscall(SYS_open, DIR_ "/d", O_RDONLY | O_DIRECTORY);
	syscall(SYS_fchdir, fd);
	syscall(SYS_getcwd, buf, sizeof(buf));
	syscall(SYS_fchdir, 99);
	syscall(SYS_chdir, "/");
	syscall(SYS_close, fd);
}

static void xattrs(void)
{
	static const char val[] = "some value\0with a NUL";
	int fd = syscall(SYS_open, DIR_ "/a", O_RDONLY);

	syscall(SYS_setxattr, DIR_ "/a", "user.one", "1", 1, 0);
	syscall(SYS_setxattr, DIR_ "/a", "user.two", val, sizeof(val), XATTR_CREATE);
	syscall(SYS_setxattr, DIR_ "/a", "user.two", val, sizeof(val), XATTR_CREATE);
	syscall(SYS_setxattr, DIR_ "/a", "user.three", "a-value-longer-than-thirty-two-bytes!", 37,
		XATTR_REPLACE);
	syscall(SYS_setxattr, DIR_ "/nonexistent", "user.one", "1", 1, 0);
	syscall(SYS_setxattr, DIR_ "/a", "user.one", BAD, 4, 0);
	syscall(SYS_lsetxattr, DIR_ "/a", "user.three", "3", 1, 0);
	syscall(SYS_fsetxattr, fd, "user.four", "four", 4, 0);
	syscall(SYS_fsetxattr, 99, "user.four", "four", 4, 0);
	syscall(SYS_getxattr, DIR_ "/a", "user.one", buf, sizeof(buf));
	syscall(SYS_getxattr, DIR_ "/a", "user.two", buf, sizeof(buf));
	syscall(SYS_getxattr, DIR_ "/a", "user.two", NULL, 0);
	syscall(SYS_getxattr, DIR_ "/a", "user.two", buf, 2);
	syscall(SYS_getxattr, DIR_ "/a", "user.none", buf, sizeof(buf));
	syscall(SYS_lgetxattr, DIR_ "/a", "user.three", buf, sizeof(buf));
	syscall(SYS_fgetxattr, fd, "user.four", buf, sizeof(buf));
	syscall(SYS_fgetxattr, fd, "user.four", BAD, sizeof(buf));
	syscall(SYS_listxattr, DIR_ "/a", buf, sizeof(buf));
	syscall(SYS_listxattr, DIR_ "/a", NULL, 0);
	syscall(SYS_listxattr, DIR_ "/a", buf, 3);
	syscall(SYS_llistxattr, DIR_ "/l", buf, sizeof(buf));
	syscall(SYS_flistxattr, fd, buf, sizeof(buf));
	syscall(SYS_flistxattr, 99, buf, sizeof(buf));
	syscall(SYS_removexattr, DIR_ "/a", "user.one");
	syscall(SYS_removexattr, DIR_ "/a", "user.one");
	syscall(SYS_lremovexattr, DIR_ "/a", "user.two");
	syscall(SYS_fremovexattr, fd, "user.three");
	syscall(SYS_fremovexattr, fd, BAD);
	syscall(SYS_close, fd);
}

static void mknods(void)
{
	syscall(SYS_mknod, DIR_ "/fifo", S_IFIFO | 0644, 0);
	syscall(SYS_mknod, DIR_ "/fifo", S_IFIFO | 0644, 0);
	syscall(SYS_mknod, DIR_ "/reg", S_IFREG | 0600, 0);
	syscall(SYS_mknod, DIR_ "/chr", S_IFCHR | 0666, makedev(1, 3));
	syscall(SYS_mknod, DIR_ "/blk", S_IFBLK | 0660, makedev(8, 0x101));
	syscall(SYS_mknod, DIR_ "/sock", S_IFSOCK | 0755, 0);
	syscall(SYS_mknod, DIR_ "/plain", 0644, 0);
	syscall(SYS_mknodat, AT_FDCWD, DIR_ "/fifo2", S_IFIFO | 0600, 0);
	syscall(SYS_mknodat, AT_FDCWD, DIR_ "/chr2", S_IFCHR | S_ISUID | 0600, makedev(0, 0));
	syscall(SYS_mknodat, 99, "x", S_IFREG, 0);
	syscall(SYS_unlink, DIR_ "/fifo");
	syscall(SYS_unlink, DIR_ "/fifo");
	syscall(SYS_unlink, DIR_ "/d");
	syscall(SYS_unlink, BAD);
	syscall(SYS_unlinkat, AT_FDCWD, DIR_ "/reg", 0);
}

int main(int argc, char **argv)
{
	int all = argc < 2;

	/* the cases run in parallel and share the directory: one at a time */
	flock(open("/tmp/strc-fam-file.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0644), LOCK_EX);
	cleanup();
	syscall(SYS_mkdir, DIR_, 0755);
	if (all || !strcmp(argv[1], "basic")) {
		dirs();
		opens();
		links();
		accesses();
		renames();
		modes();
		times();
		cwds();
		xattrs();
		mknods();
	}
	if (all || !strcmp(argv[1], "stat")) {
		syscall(SYS_close, syscall(SYS_creat, DIR_ "/a", 0644));
		stats();
		statfses();
		getdentses();
	}
	if (all || !strcmp(argv[1], "fchmodat2")) {
		syscall(SYS_open, DIR_ "/a", O_WRONLY | O_CREAT, 0644);
		syscall(SYS_symlink, "a", DIR_ "/l");
		fchmodat2s();
	}
	if (!all && !strcmp(argv[1], "xattrat")) {
		syscall(SYS_close, syscall(SYS_creat, DIR_ "/a", 0644));
		xattrats();
	}
	cleanup();
	return 0;
}
